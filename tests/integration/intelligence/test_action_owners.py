"""Action-item owners with the call's party names hidden (the default): the stored notes keep
only a party reference, and the name behind it is rendered at display time for viewers who
may see it (those who read raw transcripts), never for others."""

from __future__ import annotations

from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.comms.calls.ingest import ingest_call_event
from callvault.comms.calls.schemas import CallEventIn
from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.schemas import ContactIn
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.intelligence import service as vi
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.schemas import NotesOut
from callvault.wiring import Container
from tests.integration.intelligence.helpers import office
from tests.support import factories as f
from tests.support.matrix import plain_call
from tests.support.vi_factories import seed_transcript

LINES = (
    ("caller", "Hello, my parcel is stuck at the depot since Monday."),
    ("callee", "I will email you the new delivery slot by Friday."),
    ("caller", "Okay, and I will send you the photos of the box tomorrow."),
)


def _call_from_contact(c: Container, ws: str, user_id: str) -> str:
    with c.db.write() as s:
        contact = contacts.create_contact(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            data=ContactIn(name="Rosalind Okafor", phones=["+14155550177"], shared=True),
        )
        event = CallEventIn.model_validate(
            {
                "type": "call.started",
                "external_call_id": f.unique("owners"),
                "occurred_at": utcnow(),
                "direction": "inbound",
                "caller": {"contact_id": contact.id},
                "callee": {"user_id": user_id},
            }
        )
        out = ingest_call_event(
            s, keyring=c.keyring, audit=c.audit, actor=Actor.system(ws), event=event
        )
    return out.call_id


def _notes(c: Container, actor: Actor, call_id: str) -> NotesOut:
    with c.db.write() as s:
        return vi.notes(
            s, keyring=c.keyring, audit=c.audit, actor=actor, source_type="call", source_id=call_id
        )


def _owners(notes: NotesOut) -> dict[str, str | None]:
    return {str(a.party): a.owner for a in notes.action_items}


def _user(ws: str, user_id: str, role: Role) -> Actor:
    return Actor(
        workspace_id=ws, actor_type="user", actor_id=user_id, role=role.value, user_id=user_id
    )


def test_owner_names_render_per_viewer(vi_container: Container) -> None:
    c = vi_container
    o = office(c)  # party names hidden: the default
    ws = o.owner.workspace_id
    call_id = _call_from_contact(c, ws, o.member.user_id)
    seed_transcript(c, ws, "call", call_id, LINES)

    admin = _owners(_notes(c, _user(ws, o.owner.user_id, Role.OWNER), call_id))
    assert admin == {"callee": "member user", "caller": "Rosalind Okafor"}

    # The member took the call and reads the redacted transcript, where both parties' names
    # are hidden: the notes do not undo that, so party labels only.
    member = _owners(_notes(c, _user(ws, o.member.user_id, Role.MEMBER), call_id))
    assert member == {"callee": None, "caller": None}


def test_no_side_no_name(vi_container: Container) -> None:
    """An external number has no name to render, for anyone."""
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = plain_call(c, ws, o.member.user_id)
    seed_transcript(c, ws, "call", call_id, LINES)
    admin = _owners(_notes(c, Actor.system(ws), call_id))
    assert admin == {"callee": "member user", "caller": None}


def test_a_redacted_third_party_owner_renders_for_raw_readers_only(
    vi_container: Container,
) -> None:
    """ "Our engineer, Sarah Collins, will come…" with names redacted: the stored notes point at
    the placeholder; a raw reader sees the engineer's name, a member the party label only."""
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = _call_from_contact(c, ws, o.member.user_id)
    lines = (
        ("caller", "Hello, the boiler has stopped again."),
        ("callee", "Our engineer, Sarah Collins, will come tomorrow morning."),
    )
    seed_transcript(c, ws, "call", call_id, lines, types=frozenset(EntityType))

    member = _notes(c, _user(ws, o.member.user_id, Role.MEMBER), call_id)
    assert [(a.what, a.owner, a.party) for a in member.action_items] == [
        ("have our engineer come", None, "callee")
    ]
    assert _raw_reads(c, call_id) == 0
    admin = _notes(c, _user(ws, o.owner.user_id, Role.OWNER), call_id)
    assert [(a.what, a.owner) for a in admin.action_items] == [
        ("have our engineer come", "Sarah Collins")
    ]
    assert _raw_reads(c, call_id) == 1  # raw words were shown: audited as a raw read


def _raw_reads(c: Container, call_id: str) -> int:
    with c.db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.object_id == call_id)).all()
    return sum(a == "transcript.read.raw" for a in actions)
