"""Voice-intelligence test helpers (the container fixture is in conftest.py): a workspace
with voice intelligence on, calls with generated speech, and draining the job queue."""

from __future__ import annotations

from dataclasses import dataclass

from callvault.comms.recordings.schemas import Party
from callvault.comms.recordings.upload import upload_recording
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.intelligence import config
from callvault.intelligence.schemas import SettingsIn
from callvault.jobs.worker import Worker
from callvault.wiring import Container
from tests.support.live import Member, add_user, create_workspace
from tests.support.matrix import plain_call

# A short support call: the caller on channel 0, the agent on channel 1.
TURNS: tuple[tuple[int, str], ...] = (
    (0, "Hi, I have been on hold for forty minutes and I want a refund."),
    (1, "I am sorry about that. I will send you the refund confirmation by Friday."),
    (0, "My card number is 4111 1111 1111 1111."),
    (1, "Thank you. Are you still looking at Zentrix?"),
)


@dataclass(frozen=True)
class Office:
    owner: Member
    member: Member


def office(c: Container, slug: str = "vi-office", *, party_names_kept: bool = False) -> Office:
    """party_names_kept: the workspace keeps the call's parties' names in transcripts and
    notes (hidden by default)."""
    owner = create_workspace(c, slug)
    member = add_user(c, owner, Role.MEMBER)
    with c.db.write() as s:
        config.update_settings(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(owner.workspace_id),
            data=SettingsIn(enabled=True, redact_party_names=False if party_names_kept else None),
        )
    return Office(owner=owner, member=member)


def call_to(c: Container, workspace_id: str, user_id: str) -> str:
    return plain_call(c, workspace_id, user_id)


def upload_call_audio(c: Container, workspace_id: str, call_id: str, wav: bytes) -> str:
    out = upload_recording(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(workspace_id),
        call_id=call_id,
        party=None,
        channel_map=[Party.CALLER, Party.CALLEE],
        chunks=[wav],
        hooks=c.recording_hooks,
    )
    return out.id


def drain(c: Container, *, limit: int = 50) -> int:
    """Run queued jobs in this thread until none is ready; how many ran."""
    worker = Worker(c.db, c.jobs)
    ran = 0
    while ran < limit and worker.run_once():
        ran += 1
    return ran
