"""Record, list, export and verify audit entries.

Entries are written in the same transaction as the change they describe, so there is never
a change without its audit entry (nor an entry for a change that rolled back).
"""

from __future__ import annotations

import builtins
import dataclasses
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.chain import (
    GENESIS,
    ChainFields,
    derive_workspace_key,
    entry_hash,
    head_mac,
    start_mac,
)
from callvault.audit.models import AuditEvent, AuditHead
from callvault.audit.schemas import AuditEntryOut
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring

SYSTEM_KEY_NAME = "audit-chain"
_KIND = "audit_event"


@dataclass(frozen=True, slots=True)
class AuditFilter:
    actor_id: str | None = None
    action: str | None = None  # exact, or a prefix ending in "." ("user." = all user actions)
    object_type: str | None = None
    object_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


class AuditChainBroken(CallvaultError):
    """Pruning stopped: the entries it would remove do not verify (evidence is kept)."""

    code = "audit_chain_broken"
    status = 409


def prunable(workspace_id: str, before: datetime) -> ColumnElement[bool]:
    """The chain's expired prefix: entries older than `before` that come before the first
    entry that is not (in chain order: a clock that stepped back never leaves a hole)."""
    # In chain order, stopping at the first match: it walks the (workspace_id, seq) index
    # over the expired prefix only (occurred_at has no index of its own).
    first_kept = (
        select(AuditEvent.seq)
        .where(AuditEvent.workspace_id == workspace_id, AuditEvent.occurred_at >= before)
        .order_by(AuditEvent.seq)
        .limit(1)
        .scalar_subquery()
    )
    return and_(
        AuditEvent.workspace_id == workspace_id,
        AuditEvent.occurred_at < before,
        or_(first_kept.is_(None), AuditEvent.seq < first_kept),
    )


def count_prunable(session: Session, *, workspace_id: str, before: datetime) -> int:
    """How many entries a prune with this cutoff would remove."""
    stmt = select(func.count(AuditEvent.id)).where(prunable(workspace_id, before))
    return int(session.scalar(stmt) or 0)


def prunable_ids(
    session: Session, *, workspace_id: str, before: datetime, limit: int | None = None
) -> list[str]:
    """The entries a prune with this cutoff would remove, oldest first."""
    stmt = select(AuditEvent.id).where(prunable(workspace_id, before)).order_by(AuditEvent.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt).all())


def _fields(row: AuditEvent) -> ChainFields:
    return ChainFields(
        seq=row.seq,
        occurred_at=row.occurred_at,
        actor_type=row.actor_type,
        actor_id=row.actor_id,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id,
        context_sealed=row.context_sealed,
        prev_hash=row.prev_hash,
    )


def _check(
    key: bytes, rows: Any, expected_seq: int, prev: str, problems: list[dict[str, Any]]
) -> tuple[int, str]:
    """Check rows (in seq order) continue the chain at (expected_seq, prev); append what is
    wrong to problems and return where the next row must continue."""
    for row in rows:
        if row.seq != expected_seq:
            problems.append({"seq": expected_seq, "problem": "missing", "until_seq": row.seq - 1})
        if row.prev_hash != prev:
            problems.append({"seq": row.seq, "problem": "chain_broken"})
        if entry_hash(key, _fields(row)) != row.entry_hash:
            problems.append({"seq": row.seq, "problem": "modified"})
        prev, expected_seq = row.entry_hash, row.seq + 1
    return expected_seq, prev


@dataclass(slots=True)
class VerifyReport:
    workspace_id: str
    entries: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class AuditLog:
    """The audit log service; one instance per process, wired with the keyring."""

    def __init__(self, keyring: Keyring) -> None:
        self._keyring = keyring
        self._chain_keys: dict[str, bytes] = {}

    def _chain_key(self, session: Session, workspace_id: str) -> bytes:
        # The system secret's material never changes (rotation only re-wraps it), so the
        # derived per-workspace keys are cached for the life of the process.
        key = self._chain_keys.get(workspace_id)
        if key is None:
            system = self._keyring.system_key(session, SYSTEM_KEY_NAME)
            key = self._chain_keys[workspace_id] = derive_workspace_key(system, workspace_id)
        return key

    def record(
        self,
        session: Session,
        *,
        workspace_id: str,
        action: str,
        actor: Actor | None = None,
        actor_type: str | None = None,
        actor_id: str | None = None,
        object_type: str | None = None,
        object_id: str | None = None,
        ip: str | None = None,
        user_agent: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> str:
        """Append one entry to the workspace's chain (in the caller's transaction)."""
        if actor is not None:
            actor_type, actor_id = actor.actor_type, actor.actor_id
            ip = ip or actor.ip
            user_agent = user_agent or actor.user_agent
        key = self._chain_key(session, workspace_id)
        head = self._lock_head(session, workspace_id, key)
        event_id = new_id()  # the seal binds to it, so it is known before the insert
        context = {"ip": ip, "user_agent": user_agent, "details": details or {}}
        sealed = self._keyring.cipher(session, workspace_id).seal(
            json.dumps(context, separators=(",", ":")).encode(),
            kind=_KIND,
            object_id=event_id,
            field="context",
        )
        fields = ChainFields(
            seq=head.seq + 1,
            occurred_at=utcnow(),
            actor_type=actor_type or "system",
            actor_id=actor_id or "system",
            action=action,
            object_type=object_type,
            object_id=object_id,
            context_sealed=sealed,
            prev_hash=head.entry_hash,
        )
        digest = entry_hash(key, fields)
        session.add(
            AuditEvent(
                id=event_id,
                workspace_id=workspace_id,
                entry_hash=digest,
                **dataclasses.asdict(fields),
            )
        )
        head.seq = fields.seq
        head.entry_hash = digest
        head.head_mac = head_mac(key, workspace_id, fields.seq, digest)
        session.flush()
        return event_id

    def _lock_head(self, session: Session, workspace_id: str, key: bytes) -> AuditHead:
        # FOR UPDATE serialises appends per workspace on PostgreSQL; SQLite writers are
        # already serialised by BEGIN IMMEDIATE.
        stmt = select(AuditHead).where(AuditHead.workspace_id == workspace_id).with_for_update()
        head = session.scalars(stmt).one_or_none()
        if head is not None:
            return head
        try:
            with session.begin_nested():
                session.add(
                    AuditHead(
                        workspace_id=workspace_id,
                        seq=0,
                        entry_hash=GENESIS,
                        head_mac=head_mac(key, workspace_id, 0, GENESIS),
                    )
                )
        except IntegrityError:
            pass  # another transaction created it first
        return session.scalars(stmt).one()

    def list(
        self,
        session: Session,
        *,
        workspace_id: str,
        filters: AuditFilter,
        limit: int = 100,
        before_seq: int | None = None,
    ) -> list[AuditEntryOut]:
        """Newest first; page with before_seq (the smallest seq of the previous page)."""
        stmt = self._filtered(workspace_id, filters)
        if before_seq is not None:
            stmt = stmt.where(AuditEvent.seq < before_seq)
        rows = session.scalars(stmt.order_by(AuditEvent.seq.desc()).limit(limit)).all()
        return [self._entry(session, row) for row in rows]

    def export(
        self, session: Session, *, workspace_id: str, filters: AuditFilter, batch: int = 500
    ) -> Iterator[AuditEntryOut]:
        """Oldest first, streamed in batches so memory stays flat for any log size."""
        after = 0
        while True:
            stmt = self._filtered(workspace_id, filters).where(AuditEvent.seq > after)
            rows = session.scalars(stmt.order_by(AuditEvent.seq).limit(batch)).all()
            if not rows:
                return
            for row in rows:
                yield self._entry(session, row)
            after = rows[-1].seq

    @staticmethod
    def _filtered(workspace_id: str, f: AuditFilter) -> Any:
        stmt = select(AuditEvent).where(AuditEvent.workspace_id == workspace_id)
        if f.actor_id:
            stmt = stmt.where(AuditEvent.actor_id == f.actor_id)
        if f.action:
            if f.action.endswith("."):
                stmt = stmt.where(AuditEvent.action.startswith(f.action, autoescape=True))
            else:
                stmt = stmt.where(AuditEvent.action == f.action)
        if f.object_type:
            stmt = stmt.where(AuditEvent.object_type == f.object_type)
        if f.object_id:
            stmt = stmt.where(AuditEvent.object_id == f.object_id)
        if f.since:
            stmt = stmt.where(AuditEvent.occurred_at >= f.since)
        if f.until:
            stmt = stmt.where(AuditEvent.occurred_at < f.until)
        return stmt

    def _entry(self, session: Session, row: AuditEvent) -> AuditEntryOut:
        try:
            raw = self._keyring.cipher(session, row.workspace_id).open(
                row.context_sealed, kind=_KIND, object_id=row.id, field="context"
            )
            ctx: dict[str, Any] = json.loads(raw)
            readable = True
        except CallvaultError:
            ctx, readable = {}, False  # keys destroyed (closed workspace) or tampered entry
        return AuditEntryOut(
            id=row.id,
            seq=row.seq,
            occurred_at=row.occurred_at,
            actor_type=row.actor_type,
            actor_id=row.actor_id,
            action=row.action,
            object_type=row.object_type,
            object_id=row.object_id,
            ip=ctx.get("ip"),
            user_agent=ctx.get("user_agent"),
            details=ctx.get("details") if readable else None,
            readable=readable,
        )

    def verify(self, session: Session, *, workspace_id: str, batch: int = 1000) -> VerifyReport:
        """Walk the chain: any edited, removed or reordered entry shows as a problem."""
        key = self._chain_key(session, workspace_id)
        report = VerifyReport(workspace_id=workspace_id)
        head = session.get(AuditHead, workspace_id)
        expected_seq, prev = self._start(key, head, report)
        last_seq = expected_seq - 1
        while True:
            stmt = (
                select(AuditEvent)
                .where(AuditEvent.workspace_id == workspace_id, AuditEvent.seq >= expected_seq)
                .order_by(AuditEvent.seq)
                .limit(batch)
            )
            rows = session.scalars(stmt).all()
            if not rows:
                break
            report.entries += len(rows)
            expected_seq, prev = _check(key, rows, expected_seq, prev, report.problems)
            last_seq = expected_seq - 1
        if head is None:
            if last_seq:
                report.problems.append({"seq": last_seq, "problem": "head_missing"})
        elif head.head_mac != head_mac(key, workspace_id, head.seq, head.entry_hash):
            report.problems.append({"seq": head.seq, "problem": "head_modified"})
        elif head.seq != last_seq or head.entry_hash != prev:
            report.problems.append(
                {"seq": last_seq + 1, "problem": "missing", "until_seq": head.seq}
            )
        return report

    @staticmethod
    def _start(key: bytes, head: AuditHead | None, report: VerifyReport) -> tuple[int, str]:
        """Where the chain starts: 1 from GENESIS, or where a prune signed it starts."""
        if head is None or (head.start_mac is None and head.start_seq == 1):
            return 1, GENESIS
        signed = start_mac(key, head.workspace_id, head.start_seq, head.start_hash)
        if head.start_mac != signed:
            report.problems.append({"seq": head.start_seq, "problem": "start_modified"})
            return 1, GENESIS
        return head.start_seq, head.start_hash

    def prune(
        self, session: Session, *, workspace_id: str, before: datetime, limit: int = 1000
    ) -> int:
        """Remove up to `limit` of the oldest entries older than `before` (see prune_entries)."""
        ids = prunable_ids(session, workspace_id=workspace_id, before=before, limit=limit)
        return self.prune_entries(session, workspace_id=workspace_id, ids=ids)

    def prune_entries(self, session: Session, *, workspace_id: str, ids: Sequence[str]) -> int:
        """Remove these entries from the front of the chain and sign its new start. They must
        continue the chain from its current start and verify: a prune never erases evidence
        of tampering, nor leaves a hole (AuditChainBroken, nothing removed)."""
        if not ids:
            return 0
        key = self._chain_key(session, workspace_id)
        head = self._lock_head(session, workspace_id, key)
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.workspace_id == workspace_id, AuditEvent.id.in_(ids))
            .order_by(AuditEvent.seq)
        ).all()
        if not rows:
            return 0
        report = VerifyReport(workspace_id=workspace_id)
        start = self._start(key, head, report)
        _seq, last_hash = _check(key, rows, *start, report.problems)
        if report.problems:
            raise AuditChainBroken(
                "The audit entries past retention do not verify; none were removed.",
                problems=report.problems[:10],
            )
        last_seq = rows[-1].seq
        session.execute(
            delete(AuditEvent).where(
                AuditEvent.workspace_id == workspace_id, AuditEvent.seq <= last_seq
            )
        )
        head.start_seq, head.start_hash = last_seq + 1, last_hash
        head.start_mac = start_mac(key, workspace_id, last_seq + 1, last_hash)
        session.flush()
        return len(rows)

    def workspaces(self, session: Session) -> builtins.list[str]:
        return list(session.scalars(select(AuditHead.workspace_id)).all())
