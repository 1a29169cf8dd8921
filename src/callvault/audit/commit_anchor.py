"""Anchors the heads a transaction advanced, once, right after it commits.

`AuditLog.record` marks the workspace on the session; just before the (outermost) commit
the head rows are read as that commit will store them (a rolled-back savepoint's entry is
not there any more), and right after it the checkpoints go to the anchor store in one
call. Only after the commit: anchoring an entry that then rolled back would make `verify`
fail for a log nobody touched. A crash between the two loses that checkpoint, which only
weakens verification (ADR 0010). Group commits can reuse `checkpoints`/`anchor` as is.
"""

from __future__ import annotations

import logging

from sqlalchemy import event
from sqlalchemy.orm import Session

from callvault.audit.anchor import AnchorStore, Checkpoint, CheckpointKind
from callvault.audit.models import AuditHead

log = logging.getLogger(__name__)


class CommitAnchor:
    """Per-process: collects touched workspaces per session, anchors them at commit."""

    def __init__(self, store: AnchorStore) -> None:
        self.store = store
        self._pending_key = ("audit-anchor-pending", id(self))
        self._ready_key = ("audit-anchor-ready", id(self))

    def touch(
        self, session: Session, workspace_id: str, kind: CheckpointKind = CheckpointKind.HEAD
    ) -> None:
        """Anchor this workspace's head when the session's transaction commits."""
        pending: dict[str, CheckpointKind] | None = session.info.get(self._pending_key)
        if pending is None:
            pending = session.info[self._pending_key] = {}
            event.listen(session, "before_commit", self._before_commit)
            event.listen(session, "after_commit", self._after_commit)
        if pending.get(workspace_id) is not CheckpointKind.RESTORED:
            pending[workspace_id] = kind

    def checkpoints(self, session: Session, pending: dict[str, CheckpointKind]) -> list[Checkpoint]:
        """The heads as the transaction will commit them."""
        found = []
        for ws, kind in sorted(pending.items()):
            head = session.get(AuditHead, ws)  # identity map; reloaded after a savepoint rollback
            if head is not None:
                found.append(Checkpoint(ws, head.seq, head.entry_hash, kind))
        return found

    def anchor(self, checkpoints: list[Checkpoint]) -> None:
        """Append committed checkpoints; a failure is logged, never raised: the change is
        committed already, and a missing checkpoint only weakens verification."""
        if not checkpoints:
            return
        try:
            self.store.append(checkpoints)
        except Exception as exc:
            log.error("audit anchor append failed: %s", type(exc).__name__)

    def _before_commit(self, session: Session) -> None:
        if session.in_nested_transaction():
            return  # a savepoint release: the outer transaction may still roll back
        pending: dict[str, CheckpointKind] = session.info[self._pending_key]
        # Always replaced: what a failed commit left here must never be anchored later.
        session.info[self._ready_key] = self.checkpoints(session, pending)
        pending.clear()

    def _after_commit(self, session: Session) -> None:
        if session.in_nested_transaction():
            return
        self.anchor(session.info.pop(self._ready_key, []))
