"""Record, list, export and verify audit entries.

Entries are written in the same transaction as the change they describe, so there is never
a change without its audit entry (nor an entry for a change that rolled back). Reads of
sensitive content, which change nothing, are committed before the content is returned,
through one group-commit writer per process (`record_read`, ADR 0015).
"""

from __future__ import annotations

import builtins
import json
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Unpack, cast

from sqlalchemy import ColumnElement, Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.anchor import AnchorStore, Checkpoint, CheckpointKind, fold
from callvault.audit.chain import (
    GENESIS,
    derive_workspace_key,
    head_mac,
    linked_rows,
    start_mac,
)
from callvault.audit.commit_anchor import CommitAnchor
from callvault.audit.entry import AuditEntry, EntryArgs
from callvault.audit.group_commit import GroupCommitWriter
from callvault.audit.models import AuditEvent, AuditHead
from callvault.audit.schemas import AuditEntryOut
from callvault.audit.verification import VerifyReport, chain_start, check_rows, verify_chain
from callvault.audit.writer_link import RemoteAuditWriter
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.db.engine import Database, is_write_session

SYSTEM_KEY_NAME = "audit-chain"
_KIND = "audit_event"
_HEADS = cast(Table, AuditHead.__table__)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    actor_id: str | None = None
    # the action and its family ("user" = "user" and every "user.…"), or a prefix ending in "."
    action: str | None = None
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


class AuditLog:
    """The audit log service; one instance per process, wired with the keyring and the
    anchor store that holds checkpoints of every chain outside the database."""

    def __init__(self, keyring: Keyring, anchor: AnchorStore, db: Database) -> None:
        self._keyring = keyring
        self._chain_keys: dict[str, bytes] = {}
        self.anchor = CommitAnchor(anchor)
        self._db = db
        self._group: GroupCommitWriter | None = None  # started by the first audited read
        self._group_lock = threading.Lock()
        # In a web process of a multi-process serve: the serve's one writer, in its audit
        # process (writer_link.py), instead of a writer thread of this process's own.
        self._remote: RemoteAuditWriter | None = None

    def use_writer_at(self, path: str) -> None:
        """Send the entries of audited reads to the audit process listening at `path`."""
        self._remote = RemoteAuditWriter(path)

    def _chain_key(self, session: Session, workspace_id: str) -> bytes:
        # The system secret's material never changes (rotation only re-wraps it), so the
        # derived per-workspace keys are cached for the life of the process.
        key = self._chain_keys.get(workspace_id)
        if key is None:
            system = self._keyring.system_key(session, SYSTEM_KEY_NAME)
            key = self._chain_keys[workspace_id] = derive_workspace_key(system, workspace_id)
        return key

    def record(self, session: Session, **args: Unpack[EntryArgs]) -> str:
        """Append one entry to the workspace's chain (in the caller's transaction)."""
        return self.append(session, args["workspace_id"], [AuditEntry.of(**args)])[0]

    def record_read(
        self,
        session: Session,
        *,
        workspace_id: str,
        action: str,
        actor: Actor,
        object_type: str | None = None,
        object_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Audit a read of sensitive content; the entry is committed when this returns, so
        call it before handing the content out (AuditUnavailable: refuse the read).

        From a read session the entry goes through the process's group-commit writer
        (ADR 0015). A write session already holds the write lock (SQLite) or may hold the
        chain's head (PostgreSQL), which the writer would wait for while this thread waits
        for the writer: there the entry joins the caller's transaction, as `record` does."""
        entry = AuditEntry.of(
            workspace_id=workspace_id,
            action=action,
            actor=actor,
            object_type=object_type,
            object_id=object_id,
            details=details,
        )
        if is_write_session(session):
            self.append(session, workspace_id, [entry])
        else:
            self._write_committed(entry)

    def record_read_outside(self, **args: Unpack[EntryArgs]) -> None:
        """`record_read` for a caller that holds no transaction at all (a list page whose
        rows are read and whose session has ended): straight to the group-commit writer,
        without opening a session only to show that it is not a write one."""
        self._write_committed(AuditEntry.of(**args))

    def submit_read_outside(self, **args: Unpack[EntryArgs]) -> Future[None]:
        """`record_read_outside` without the wait: the future resolves once the entry is
        committed. The caller must not hand the content out before then; an async route
        awaits it with `committed_async`, holding no pool thread meanwhile."""
        entry = AuditEntry.of(**args)
        if self._remote is not None:
            return self._remote.submit(entry)
        return self.group_writer().submit(entry)

    def _write_committed(self, entry: AuditEntry) -> None:
        if self._remote is not None:
            self._remote.write(entry)
        else:
            self.group_writer().write(entry)

    def append(
        self, session: Session, workspace_id: str, entries: Sequence[AuditEntry]
    ) -> builtins.list[str]:
        """Append entries to one workspace's chain, in order, in the session's transaction;
        returns their ids."""
        key = self._chain_key(session, workspace_id)
        head = self._lock_head(session, workspace_id, key)
        ids, rows, seq, digest = self._chain_rows(
            session, workspace_id, key, head.seq, head.entry_hash, entries
        )
        # One multi-row INSERT, without an ORM object per entry.
        session.execute(insert(AuditEvent), rows)
        head.seq, head.entry_hash = seq, digest
        head.head_mac = head_mac(key, workspace_id, seq, digest)
        session.flush()
        self.anchor.touch(session, workspace_id)
        return ids

    def append_batch(
        self, session: Session, workspace_id: str, entries: Sequence[AuditEntry]
    ) -> Checkpoint:
        """The group-commit writer's append (ADR 0015): `append` in Core statements only
        (no ORM head object, no flush, no head re-read at commit) and returns the new head,
        which the writer anchors itself once its transaction has committed. Every statement
        here runs while the writer holds the write lock (SQLite) or the head row
        (PostgreSQL) that the writers of the other processes wait for, so the fewer round
        trips and Python work inside, the shorter they wait. The context is sealed
        before the head is locked: it does not depend on the chain."""
        key = self._chain_key(session, workspace_id)
        cipher = self._keyring.cipher(session, workspace_id)
        sealed = [self._seal_context(cipher, entry) for entry in entries]
        locked = select(_HEADS.c.seq, _HEADS.c.entry_hash).where(
            _HEADS.c.workspace_id == workspace_id
        )
        found = session.execute(locked.with_for_update()).one_or_none()
        if found is None:  # the workspace's first entry ever
            created = self._lock_head(session, workspace_id, key)
            seq, prev = created.seq, created.entry_hash
        else:
            seq, prev = found
        rows, seq, digest = linked_rows(workspace_id, key, seq, prev, entries, sealed)
        session.execute(insert(AuditEvent), rows)
        session.execute(
            update(_HEADS)
            .where(_HEADS.c.workspace_id == workspace_id)
            .values(seq=seq, entry_hash=digest, head_mac=head_mac(key, workspace_id, seq, digest))
        )
        return Checkpoint(workspace_id, seq, digest, CheckpointKind.HEAD)

    def _chain_rows(
        self,
        session: Session,
        workspace_id: str,
        key: bytes,
        seq: int,
        prev: str,
        entries: Sequence[AuditEntry],
    ) -> tuple[builtins.list[str], builtins.list[dict[str, Any]], int, str]:
        cipher = self._keyring.cipher(session, workspace_id)
        sealed = [self._seal_context(cipher, entry) for entry in entries]
        rows, seq, prev = linked_rows(workspace_id, key, seq, prev, entries, sealed)
        return [row["id"] for row in rows], rows, seq, prev

    @staticmethod
    def _seal_context(cipher: WorkspaceCipher, entry: AuditEntry) -> tuple[str, bytes]:
        event_id = new_id()  # the seal binds to it, so it is known before the insert
        context = {"ip": entry.ip, "user_agent": entry.user_agent, "details": entry.details}
        sealed = cipher.seal(
            json.dumps(context, separators=(",", ":")).encode(),
            kind=_KIND,
            object_id=event_id,
            field="context",
        )
        return event_id, sealed

    def group_writer(self, *, linger: float = 0.0) -> GroupCommitWriter:
        """This process's writer of audited reads (made on first use, again after a fork;
        `linger` applies when this call makes it: the serve's audit process asks first)."""
        writer = self._group
        if writer is None or writer.pid != os.getpid():  # none yet, or inherited by a fork
            with self._group_lock:
                writer = self._group
                if writer is None or writer.pid != os.getpid():
                    writer = self._group = GroupCommitWriter(
                        self._db.url, self.append_batch, self.anchor.anchor, linger=linger
                    )
        return writer

    def close(self) -> None:
        """Commit the audited reads still queued and stop the writer (process shutdown)."""
        writer = self._group
        if writer is not None and writer.pid == os.getpid():
            writer.close()
        self._group = None
        if self._remote is not None:
            self._remote.close()

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

    def entries(
        self,
        session: Session,
        *,
        workspace_id: str,
        after_seq: int = 0,
        through_seq: int | None = None,
        actions: Iterable[str] | None = None,
        since: datetime | None = None,
        limit: int = 1000,
    ) -> builtins.list[AuditEntryOut]:
        """Oldest first, details opened: entries after `after_seq` (and up to `through_seq`),
        of these actions only and at or after `since` when given. For readers that follow
        the log (anomaly alerts), which remember the last sequence number they saw. An action
        ending in "." stands for every action it starts."""
        stmt = select(AuditEvent).where(
            AuditEvent.workspace_id == workspace_id, AuditEvent.seq > after_seq
        )
        if through_seq is not None:
            stmt = stmt.where(AuditEvent.seq <= through_seq)
        if actions is not None:
            wanted = set(actions)
            exact = sorted(a for a in wanted if not a.endswith("."))
            prefixes = sorted(a for a in wanted if a.endswith("."))
            stmt = stmt.where(
                or_(
                    AuditEvent.action.in_(exact),
                    *(AuditEvent.action.startswith(p, autoescape=True) for p in prefixes),
                )
            )
        if since is not None:
            stmt = stmt.where(AuditEvent.occurred_at >= since)
        rows = session.scalars(stmt.order_by(AuditEvent.seq).limit(limit)).all()
        return [self._entry(session, row) for row in rows]

    def head_seq(self, session: Session, *, workspace_id: str) -> int:
        """The newest sequence number of the workspace's chain (0: no entry yet)."""
        head = session.get(AuditHead, workspace_id)
        return head.seq if head is not None else 0

    @staticmethod
    def _filtered(workspace_id: str, f: AuditFilter) -> Any:
        stmt = select(AuditEvent).where(AuditEvent.workspace_id == workspace_id)
        if f.actor_id:
            stmt = stmt.where(AuditEvent.actor_id == f.actor_id)
        if f.action:
            if f.action.endswith("."):
                stmt = stmt.where(AuditEvent.action.startswith(f.action, autoescape=True))
            else:  # the action, or its family ("sign_in" finds "sign_in.failure" too)
                stmt = stmt.where(
                    or_(
                        AuditEvent.action == f.action,
                        AuditEvent.action.startswith(f.action + ".", autoescape=True),
                    )
                )
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
        """Walk one workspace's chain and hold it to its anchored checkpoints: any edited,
        removed, reordered or rolled-back entry shows as a problem."""
        read = self.anchor.store.read(workspace_id)
        report = verify_chain(
            session,
            key=self._chain_key(session, workspace_id),
            workspace_id=workspace_id,
            anchored=fold(read).get(workspace_id),
            batch=batch,
        )
        for _ in read.rejected:
            report.add("anchor_forged")
        return report

    def verify_all(
        self, session: Session, *, workspace_ids: Iterable[str]
    ) -> builtins.list[VerifyReport]:
        """Every chain: of each workspace that exists (workspace_ids), each chain in the
        database and each anchored one. A workspace without a chain fails, and so does an
        anchored one that is gone without a recorded closure."""
        read = self.anchor.store.read()
        anchored = fold(read)
        existing = set(workspace_ids)
        ids = existing | set(self.workspaces(session)) | set(anchored)
        reports: dict[str, VerifyReport] = {}
        for ws in sorted(ids):
            chain = anchored.get(ws)
            if chain is not None and chain.closed:
                reports[ws] = VerifyReport(workspace_id=ws, closed=True)
            elif ws in existing or session.get(AuditHead, ws) is not None:
                key = self._chain_key(session, ws)
                reports[ws] = verify_chain(session, key=key, workspace_id=ws, anchored=chain)
            elif chain is not None and chain.seqs:
                reports[ws] = VerifyReport(workspace_id=ws)
                reports[ws].add("vanished", chain.newest)
            # else: anchored empty (not in a restored backup): nothing to hold it to
        for ws in read.rejected:
            reports.setdefault(ws, VerifyReport(workspace_id=ws)).add("anchor_forged")
        return list(reports.values())

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
        start = chain_start(key, head, report)
        _seq, last_hash = check_rows(key, rows, *start, report)
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

    def anchor_closed(self, workspace_id: str) -> None:
        """Record outside the database that this workspace was closed (its keys destroyed):
        from now on its audit log is purged on purpose. Idempotent; call it after the
        keys' destruction committed and before its rows are purged."""
        self.anchor.anchor([Checkpoint(workspace_id, 0, GENESIS, CheckpointKind.CLOSED)])
