"""The names of a source's own parties, hidden in its transcript by default: the users and
contacts on a call (caller ID linked to a contact included), a voicemail's mailbox owner
and caller. Read as the system; the names are only used to find them in the text."""

from __future__ import annotations

from sqlalchemy.orm import Session

from callvault.comms.calls.facts import call_parties
from callvault.comms.contacts.service import contact_names
from callvault.comms.voicemail.service import message_parties
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.crypto.keyring import Keyring
from callvault.identity import service as identity


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
