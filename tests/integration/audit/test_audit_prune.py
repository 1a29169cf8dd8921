"""Pruning the audit log from the front (audit-log retention): the chain still verifies from
its signed start, a deletion or edit after the prune still shows, a forged start shows, and a
prune refuses to erase entries that do not verify."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from callvault.audit import service as audit_service
from callvault.audit.models import AuditEvent, AuditHead
from callvault.audit.service import AuditChainBroken
from callvault.core.clock import utcnow
from callvault.wiring import Container
from tests.support.live import create_workspace


def record(c: Container, ws: str, n: int, tag: str) -> None:
    with c.db.write() as s:
        for i in range(n):
            c.audit.record(
                s, workspace_id=ws, actor_type="user", actor_id="u1", action=f"{tag}.{i}"
            )


def seqs(c: Container, ws: str) -> list[int]:
    with c.db.read() as s:
        stmt = select(AuditEvent.seq).where(AuditEvent.workspace_id == ws)
        return list(s.scalars(stmt.order_by(AuditEvent.seq)).all())


def problems(c: Container, ws: str) -> list[dict[str, object]]:
    with c.db.read() as s:
        return c.audit.verify(s, workspace_id=ws).problems


def aged_workspace(c: Container) -> tuple[str, int]:
    """A workspace whose first entries (creation + 5) are older than the returned cutoff's
    moment, followed by 4 newer ones; returns (workspace id, number of old entries)."""
    ws = create_workspace(c, "pruned").workspace_id
    record(c, ws, 5, "old")
    old = len(seqs(c, ws))
    return ws, old


def pruned_workspace(c: Container) -> tuple[str, int]:
    """An aged workspace with 4 newer entries, pruned of its old ones."""
    ws, old = aged_workspace(c)
    before = utcnow()
    record(c, ws, 4, "new")
    with c.db.write() as s:
        c.audit.prune(s, workspace_id=ws, before=before)
    return ws, old


def test_prune_removes_the_old_prefix_and_the_chain_still_verifies(container: Container) -> None:
    c = container
    ws, old = aged_workspace(c)
    before = utcnow()
    record(c, ws, 4, "new")
    other = create_workspace(c, "bystander").workspace_id
    other_seqs = seqs(c, other)
    with c.db.read() as s:
        assert audit_service.count_prunable(s, workspace_id=ws, before=before) == old
        expected = audit_service.prunable_ids(s, workspace_id=ws, before=before)
    with c.db.write() as s:
        assert c.audit.prune(s, workspace_id=ws, before=before, limit=2) == 2
    assert seqs(c, ws)[0] == 3 and problems(c, ws) == []
    with c.db.write() as s:
        assert c.audit.prune(s, workspace_id=ws, before=before, limit=100) == old - 2
        assert c.audit.prune(s, workspace_id=ws, before=before, limit=100) == 0
    with c.db.read() as s:
        left = set(s.scalars(select(AuditEvent.id).where(AuditEvent.workspace_id == ws)).all())
        head = s.get(AuditHead, ws)
        assert head is not None and head.start_seq == old + 1
    assert not left & set(expected) and len(left) == 4
    assert seqs(c, ws) == list(range(old + 1, old + 5)) and problems(c, ws) == []
    record(c, ws, 2, "after")  # appending continues the chain
    assert problems(c, ws) == [] and seqs(c, other) == other_seqs


def test_deleting_the_new_first_entry_or_editing_after_a_prune_shows(
    container: Container,
) -> None:
    c = container
    ws, old = pruned_workspace(c)
    with c.db.write() as s:
        s.execute(
            delete(AuditEvent).where(AuditEvent.workspace_id == ws, AuditEvent.seq == old + 1)
        )
    assert {"seq": old + 1, "problem": "missing", "until_seq": old + 1} in problems(c, ws)
    with c.db.write() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == old + 3)
            .values(action="innocent")
        )
    assert {"seq": old + 3, "problem": "modified"} in problems(c, ws)


def test_a_forged_start_shows(container: Container) -> None:
    """Moving the start forward (to hide deleted entries) without the key is caught."""
    c = container
    ws, old = pruned_workspace(c)
    with c.db.write() as s:
        s.execute(
            delete(AuditEvent).where(AuditEvent.workspace_id == ws, AuditEvent.seq <= old + 2)
        )
        third = s.scalars(
            select(AuditEvent).where(AuditEvent.workspace_id == ws, AuditEvent.seq == old + 3)
        ).one()
        s.execute(
            update(AuditHead)
            .where(AuditHead.workspace_id == ws)
            .values(start_seq=old + 3, start_hash=third.prev_hash)
        )
    assert {"seq": old + 3, "problem": "start_modified"} in problems(c, ws)
    # Never pruned, but a start was written anyway: also caught.
    fresh = create_workspace(c, "unpruned").workspace_id
    with c.db.write() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.workspace_id == fresh))
        s.execute(update(AuditHead).where(AuditHead.workspace_id == fresh).values(start_seq=2))
    assert {"seq": 2, "problem": "start_modified"} in problems(c, fresh)


def test_prune_refuses_to_erase_tampered_entries(container: Container) -> None:
    c = container
    ws, old = aged_workspace(c)
    before = utcnow()
    record(c, ws, 2, "new")
    with c.db.write() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.workspace_id == ws, AuditEvent.seq == 2)
            .values(actor_id="covered-up")
        )
    with c.db.write() as s, pytest.raises(AuditChainBroken) as caught:
        c.audit.prune(s, workspace_id=ws, before=before)
    assert {"seq": 2, "problem": "modified"} in caught.value.fields["problems"]
    with c.db.read() as s:
        count = s.scalar(select(func.count()).where(AuditEvent.workspace_id == ws))
    assert count == old + 2 and {"seq": 2, "problem": "modified"} in problems(c, ws)
