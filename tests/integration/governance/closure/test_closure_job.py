"""The closure job: keys destroyed first, then every row and blob of the workspace purged,
resumable when killed midway; the other workspace untouched; a receipt without personal data."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import MetaData, func, select

from callvault.core.clock import utcnow
from callvault.crypto.errors import KeyDestroyed
from callvault.crypto.kms import workspace_ref
from callvault.governance.closure.completion import CLOSURE_JOB, complete_due_closures
from callvault.governance.closure.service import list_closures
from callvault.storage.encrypted import EncryptedBlobStore
from callvault.wiring import Container
from tests.integration.governance.closure.helpers import request, seeded_workspace
from tests.support.live import PASSWORD


def owned_rows(c: Container, workspace_id: str) -> dict[str, int]:
    meta = MetaData()
    out: dict[str, int] = {}
    with c.db.read() as s:
        meta.reflect(bind=s.connection())
        for table in meta.sorted_tables:
            col = table.c.get("workspace_id")
            if table.name == "workspaces":
                col = table.c.id
            if col is None or table.name == "workspace_closures":
                continue
            n = s.execute(select(func.count()).select_from(table).where(col == workspace_id))
            out[table.name] = int(n.scalar_one())
    return {k: v for k, v in out.items() if v}


class FailingBlobs(EncryptedBlobStore):
    """Dies where a killed worker would: after the rows, before the blobs."""

    def delete_workspace(self, workspace_id: str) -> int:
        raise RuntimeError("killed")


def test_keys_first_then_rows_and_blobs_resumably(container: Container) -> None:
    c = container
    assert CLOSURE_JOB in c.jobs and any(s.kind == CLOSURE_JOB for s in c.schedules)
    closing = seeded_workspace(c, "closing-job")
    kept = seeded_workspace(c, "kept-job")
    a, b = closing.ws.workspace_id, kept.ws.workspace_id
    request(c, closing.ws)
    before_a, before_b = owned_rows(c, a), owned_rows(c, b)
    blob_root = c.settings.effective_blob_dir / "ws"
    assert (blob_root / a).is_dir()
    # Not due yet: nothing happens.
    assert complete_due_closures(c.db, keyring=c.keyring, blobs=c.blobs, audit=c.audit) == []
    later = utcnow() + timedelta(days=8)
    failing = FailingBlobs(c.blobs.store, c.keyring)
    with pytest.raises(RuntimeError, match="killed"):
        complete_due_closures(
            c.db, keyring=c.keyring, blobs=failing, audit=c.audit, now=later, batch_size=2
        )
    # Killed after the shred and the rows: the keys are gone, the receipt is half written.
    with pytest.raises(KeyDestroyed):
        c.keyring.kms.key_versions(workspace_ref(a))
    [half] = list_closures_of(c, a)
    assert half["status"] == "purging" and half["keys_destroyed_at"] is not None
    assert (blob_root / a).is_dir()

    [receipt] = complete_due_closures(
        c.db, keyring=c.keyring, blobs=c.blobs, audit=c.audit, now=later
    )
    assert receipt.status == "closed" and receipt.completed_at is not None
    assert owned_rows(c, a) == {}
    assert not (blob_root / a).exists()
    # The counts add up exactly, batches and the kill notwithstanding (data_keys went with
    # the shred, before the purge counted).
    expected = {k: v for k, v in before_a.items() if k != "data_keys"}
    assert {k: v for k, v in receipt.counts.items() if k != "blobs"} == expected
    assert receipt.counts["blobs"] >= 1  # the recording
    # The other workspace is exactly as it was; running the job again does nothing.
    assert owned_rows(c, b) == before_b
    assert (blob_root / b).is_dir()
    assert (
        complete_due_closures(c.db, keyring=c.keyring, blobs=c.blobs, audit=c.audit, now=later)
        == []
    )
    # The receipt names no one: the slug is only a keyed hash.
    [final] = list_closures_of(c, a)
    assert "closing-job" not in str(final) and final["slug_hash"]
    assert PASSWORD not in str(final)


def list_closures_of(c: Container, workspace_id: str) -> list[dict[str, Any]]:
    with c.db.read() as s:
        return [r.model_dump() for r in list_closures(s, workspace_id=workspace_id)]
