"""Who is on a source, read as the system:
- `party_names`: the names of a source's own parties, hidden in its transcript by default:
  the users and contacts on a call (caller ID linked to a contact included), a voicemail's
  mailbox owner and caller; only used to find them in the text.
- `speaker_names`: the user or contact on the call's caller and callee side, by name, so
  notes name the person who owes an action ("Priya Raman"), not the channel ("callee"). An
  external number, a deleted user or contact, or a voicemail gives no name for that side; a
  lookup never fails the stage.
- `business_sides`: the side a workspace user is on when the other side is not one (a call
  with a customer), so redaction can tell the business's own numbers from the customer's."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.comms.calls.facts import call_parties
from callvault.comms.calls.models import Call
from callvault.comms.contacts.models import Contact
from callvault.comms.contacts.service import contact_names, contact_out
from callvault.comms.voicemail.service import message_parties
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.crypto.keyring import Keyring
from callvault.identity import service as identity

SIDES = ("caller", "callee")


def party_names(
    session: Session, keyring: Keyring, *, workspace_id: str, source_type: str, source_id: str
) -> tuple[str, ...]:
    users: list[str] = []
    contacts: list[str] = []
    if source_type == "call":
        parties = call_parties(session, workspace_id=workspace_id, call_id=source_id)
        if parties is not None:
            users, contacts = list(parties.user_ids), list(parties.contact_ids)
    else:
        got = message_parties(session, workspace_id=workspace_id, message_id=source_id)
        if got is not None:
            users = [got[0]]
            contacts = [got[1]] if got[1] else []
    system = Actor.system(workspace_id, reason="intelligence")
    names: list[str] = []
    for user_id in users:
        try:
            names.append(
                identity.get_user(session, keyring=keyring, actor=system, user_id=user_id).name
            )
        except NotFound:
            continue  # removed since the call: nothing to hide
    names += contact_names(
        session, keyring=keyring, workspace_id=workspace_id, contact_ids=contacts
    )
    return tuple(dict.fromkeys(n for n in names if n.strip()))


def speaker_names(
    session: Session, keyring: Keyring, *, workspace_id: str, source_type: str, source_id: str
) -> dict[str, str]:
    """Speaker label ("caller", "callee") -> the name of the user or contact on that side."""
    if source_type != "call":
        return {}
    call = session.get(Call, source_id)
    if call is None or call.workspace_id != workspace_id:
        return {}
    system = Actor.system(workspace_id, reason="intelligence")
    out: dict[str, str] = {}
    for side in SIDES:
        user_id = getattr(call, f"{side}_user_id")
        contact_id = getattr(call, f"{side}_contact_id")
        name: str | None = None
        if user_id:
            try:
                name = identity.get_user(
                    session, keyring=keyring, actor=system, user_id=user_id
                ).name
            except NotFound:
                name = None
        elif contact_id:
            contact = session.get(Contact, contact_id)
            if contact is not None and contact.workspace_id == workspace_id:
                name = contact_out(keyring.cipher(session, workspace_id), contact).name
        if name and name.strip():
            out[side] = name.strip()
    return out


def business_sides(
    session: Session, *, workspace_id: str, source_type: str, source_id: str
) -> frozenset[str]:
    """The call's side with a workspace user on it, where the other side has none; nothing
    for a call between two users (either may say anyone's data) or a voicemail."""
    if source_type != "call":
        return frozenset()
    call = session.get(Call, source_id)
    if call is None or call.workspace_id != workspace_id:
        return frozenset()
    users = {side for side in SIDES if getattr(call, f"{side}_user_id")}
    return frozenset(users) if len(users) == 1 else frozenset()


def side_of(speaker: str) -> str:
    """The call side of a transcript's speaker label ("caller_2" is the caller too)."""
    return speaker.split("_")[0]


def for_speakers(names: dict[str, str], speakers: list[str]) -> dict[str, str]:
    """The names keyed by the transcript's speaker labels."""
    return {s: names[side_of(s)] for s in speakers if side_of(s) in names}
