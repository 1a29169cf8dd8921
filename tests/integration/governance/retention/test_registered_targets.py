"""Governance purges what domains register and nothing else: a target on a table it has never
heard of (a stand-in for a new domain's data) is counted by the preview and sweep health and
purged, rows and blobs, by the sweep; wiring registers a target for every data type."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest
from sqlalchemy import DateTime, String, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from callvault.core.clock import utcnow
from callvault.core.ids import new_id
from callvault.governance.retention import health, service
from callvault.governance.retention.sweep import run_sweep
from callvault.governance.retention.targets import PurgeTargets
from callvault.retention_clock.data_types import DataType
from callvault.retention_clock.purge_target import Condition, PurgeTarget, PurgeTools
from callvault.wiring import Container, retention_targets
from tests.integration.governance.retention import helpers as h

BLOB_KIND = "probe_item"


class ProbeBase(DeclarativeBase):
    pass


class ProbeItem(ProbeBase):
    """A test-only table: what a new domain (billing, say) would own."""

    __tablename__ = "retention_probe_items"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _expired(_ws: str, limit: datetime) -> Condition:
    return ProbeItem.created_at < limit


def _purge(s: Session, t: PurgeTools, ws: str, ids: Sequence[str]) -> int:
    result = s.execute(delete(ProbeItem).where(ProbeItem.workspace_id == ws, ProbeItem.id.in_(ids)))
    t.blobs.delete_many(workspace_id=ws, kind=BLOB_KIND, object_ids=ids)
    return int(result.rowcount)  # type: ignore[attr-defined]


PROBE = PurgeTarget(DataType.CHAT_MESSAGES, ProbeItem.id, ProbeItem.workspace_id, _expired, _purge)


def _item(c: Container, workspace_id: str, age: timedelta) -> str:
    with c.db.write() as s:
        item = ProbeItem(workspace_id=workspace_id, created_at=utcnow() - age)
        s.add(item)
        s.flush()
        c.blobs.put(
            s, workspace_id=workspace_id, kind=BLOB_KIND, object_id=item.id, chunks=[b"invoice"]
        )
        return item.id


def _left(c: Container) -> set[str]:
    with c.db.read() as s:
        return set(s.scalars(select(ProbeItem.id)).all())


def test_a_registered_target_is_previewed_counted_and_purged(container: Container) -> None:
    c = container
    ProbeBase.metadata.create_all(c.db.engine)
    s, other = h.shop(c), h.shop(c, "bystander")
    old, new = _item(c, s.workspace_id, timedelta(days=40)), _item(c, s.workspace_id, timedelta())
    elsewhere = _item(c, other.workspace_id, timedelta(days=40))  # no policy there
    h.set_policy(c, s, chat_messages=30, chat_attachments=30)

    # The wired registry knows nothing of the table: nothing of it is counted or purged.
    run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)
    assert _left(c) == {old, new, elsewhere}

    targets = PurgeTargets([PROBE])
    with c.db.read() as r:
        shown = service.preview(r, actor=s.admin, targets=targets, changes={})
        past = health.sweep_status(r, actor=s.admin, targets=targets).items_past_retention
    assert shown.would_delete["chat_messages"] == 1 and shown.total == 1
    assert past["chat_messages"] == 1

    purged = run_sweep(c.db, c.blobs, c.audit, targets=targets)
    assert purged == {s.workspace_id: {"chat_messages": 1}}
    assert _left(c) == {new, elsewhere}
    assert h.blob_names(c) >= {new, elsewhere} and old not in h.blob_names(c)
    with c.db.read() as r:
        assert health.sweep_status(r, actor=s.admin, targets=targets).total_past_retention == 0


def test_wiring_registers_one_target_per_data_type(container: Container) -> None:
    assert retention_targets().missing() == []
    assert [t.data_type for t in container.retention_targets.swept()][-1] is DataType.AUDIT_LOG
    with pytest.raises(ValueError, match="registered"):
        container.retention_targets.register(PROBE)
    with pytest.raises(ValueError, match="expires with"):  # a child must follow its parents
        PurgeTargets([dataclasses.replace(PROBE, data_type=DataType.RECORDINGS)])
