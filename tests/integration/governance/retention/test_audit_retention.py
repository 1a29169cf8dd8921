"""Audit-log retention: the sweep prunes entries older than the policy from the front of the
workspace's chain (preview, sweep and health agree), the chain still verifies, and another
workspace's log is untouched."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from callvault.audit import chain as audit_chain
from callvault.audit.models import AuditEvent
from callvault.audit.service import AuditFilter
from callvault.core.clock import utcnow
from callvault.governance.retention import health, service
from callvault.governance.retention.sweep import run_sweep
from callvault.retention_clock.cutoff import current_policy
from callvault.retention_clock.data_types import DataType as T
from callvault.wiring import Container
from tests.integration.governance.retention import helpers as h


def entry_ids(c: Container, ws: str) -> list[str]:
    with c.db.read() as s:
        stmt = select(AuditEvent.id).where(AuditEvent.workspace_id == ws)
        return list(s.scalars(stmt.order_by(AuditEvent.seq)).all())


def test_the_sweep_prunes_audit_entries_past_the_policy(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = container
    long_ago = utcnow() - timedelta(days=400)

    def then() -> datetime:
        return long_ago

    with monkeypatch.context() as m:  # a workspace whose first year of history is old
        m.setattr(audit_chain, "utcnow", then)  # where entries are stamped
        s = h.shop(c)
        h.message(c, s)
    old = entry_ids(c, s.workspace_id)
    other = h.shop(c, "bystander")
    other_before = entry_ids(c, other.workspace_id)
    h.message(c, s)  # recent history
    with c.db.read() as r:
        shown = service.preview(
            r, actor=s.admin, targets=c.retention_targets, changes={"audit_log": 365}
        )
    assert shown.would_delete["audit_log"] == len(old) and shown.total == len(old)
    h.set_policy(c, s, audit_log=365)
    with c.db.read() as r:
        policy = current_policy(r, s.workspace_id)
        ids = service.preview_ids(
            r, workspace_id=s.workspace_id, targets=c.retention_targets, policy=policy
        )
        assert health.sweep_status(
            r, actor=s.admin, targets=c.retention_targets
        ).items_past_retention["audit_log"] == len(old)
    assert ids[T.AUDIT_LOG] == old

    purged = run_sweep(
        c.db, c.blobs, c.audit, targets=c.retention_targets, batch=3
    )  # several batches
    assert purged == {s.workspace_id: {"audit_log": len(old)}}
    left = entry_ids(c, s.workspace_id)
    assert not set(old) & set(left) and left
    assert entry_ids(c, other.workspace_id)[: len(other_before)] == other_before
    with c.db.read() as r:
        assert c.audit.verify(r, workspace_id=s.workspace_id).ok
        status = health.sweep_status(r, actor=s.admin, targets=c.retention_targets)
        assert status.items_past_retention["audit_log"] == 0 and status.healthy
        swept = c.audit.list(
            r, workspace_id=s.workspace_id, filters=AuditFilter(action="retention.sweep")
        )
    assert swept[0].details == {"removed": {"audit_log": len(old)}}
    assert run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets) == {}  # nothing twice
