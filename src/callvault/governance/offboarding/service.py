"""Offboard a user: disable them and revoke every session and token at once, then, as the
admin chose, reassign their data to a colleague or delete it. What happens per data type:

| data                        | reassign                               | delete                 |
|-----------------------------|----------------------------------------|------------------------|
| sessions, API tokens        | revoked                                | revoked                |
| personal contacts           | owner becomes the successor            | deleted                |
| voicemail messages          | moved to the successor's mailbox       | deleted (and blobs)    |
| voicemail greeting          | deleted (it is the leaver's voice)     | deleted                |
| group-chat seats            | successor joins, leaver leaves         | leaver leaves          |
| chat messages they wrote    | kept, still theirs (history)           | deleted (and files)    |
| direct (1:1) conversations  | kept for the other person              | kept, minus their msgs |
| calls they were on          | kept: business records (retention)     | kept                   |

Each domain's part is a hand-over step it registers (wiring.py, ADR 0012); the rows above
after the tokens are what comms' steps do. The user row stays (disabled), so history keeps
its author. Every step only acts on what is still there, so re-running an interrupted or
finished offboarding is safe; each run ends with a receipt, the audit entry
`user.offboard`, with the counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import InvalidInput, NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.offboarding.schemas import OffboardIn, OffboardOut
from callvault.identity import lifecycle
from callvault.identity import service as identity
from callvault.realtime.bus import Bus
from callvault.storage.encrypted import EncryptedBlobStore


class Handover(Protocol):
    """What a hand-over step did in the offboarding's transaction, and what it still does
    once that transaction is committed (live events, deletions in their own transactions)."""

    @property
    def counts(self) -> dict[str, int]: ...

    def after_commit(self, db: Database, bus: Bus) -> dict[str, int]: ...


class HandoverStep(Protocol):
    """A domain's step for a leaver's data: reassign it to `successor`, or delete it when
    None. Domains register theirs in wiring (ADR 0012); re-running must be safe."""

    def __call__(
        self,
        session: Session,
        *,
        audit: AuditLog,
        blobs: EncryptedBlobStore,
        actor: Actor,
        user_id: str,
        successor: str | None,
    ) -> Handover: ...


def _successor(session: Session, keyring: Keyring, actor: Actor, user_id: str, to: str) -> str:
    try:
        heir = identity.get_user(session, keyring=keyring, actor=actor, user_id=to)
    except NotFound:
        raise InvalidInput("No such user in this workspace.", field="reassign_to") from None
    if heir.id == user_id or heir.status != "active":
        raise InvalidInput(
            "reassign_to must be another, active user of this workspace.", field="reassign_to"
        )
    return heir.id


def offboard_user(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    blobs: EncryptedBlobStore,
    bus: Bus,
    steps: Sequence[HandoverStep],
    actor: Actor,
    user_id: str,
    plan: OffboardIn,
) -> OffboardOut:
    """Disable, revoke, then reassign or delete the user's data (see the module's table)."""
    require(actor.role, actor.scopes, Permission.USERS_OFFBOARD)
    counts: dict[str, int] = {}
    successor: str | None = None
    with db.write() as s:
        identity.get_user_row(s, actor, user_id)  # 404 for another workspace's user
        if plan.mode == "reassign":
            assert plan.reassign_to is not None
            successor = _successor(s, keyring, actor, user_id, plan.reassign_to)
        revoked = lifecycle.disable_and_revoke(
            s, audit=audit, actor=actor, user_id=user_id, reason="offboarded"
        )
        counts.update(sessions_revoked=revoked.sessions, tokens_revoked=revoked.tokens)
        handed = [
            step(s, audit=audit, blobs=blobs, actor=actor, user_id=user_id, successor=successor)
            for step in steps
        ]
        for done in handed:
            counts.update(done.counts)
    for done in handed:  # committed: live connections learn of it, deletions follow
        counts.update(done.after_commit(db, bus))
    completed = utcnow()
    details: dict[str, Any] = {"mode": plan.mode, "reassign_to": successor, "counts": counts}
    with db.write() as s:
        receipt = audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="user.offboard",
            object_type="user",
            object_id=user_id,
            details=details,
        )
    return OffboardOut(
        user_id=user_id,
        mode=plan.mode,
        reassign_to=successor,
        receipt_id=receipt,
        completed_at=completed,
        counts=counts,
    )
