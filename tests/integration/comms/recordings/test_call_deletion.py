"""Deleting a call deletes its recordings: rows in the same transaction, blobs right after the
commit, and a queued job that removes any blob the immediate attempt missed (idempotent)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from callvault.comms.audio.stored import DELETE_BLOBS_JOB
from callvault.jobs.models import Job
from callvault.jobs.worker import Worker
from callvault.storage.encrypted import EncryptedBlobStore
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import (
    alice_call,
    blob_files,
    recording_rows,
    upload,
)
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def run_jobs(live: LiveServer) -> int:
    worker = Worker(live.container.db, live.container.jobs)
    ran = 0
    while worker.run_once():
        ran += 1
    return ran


def delete_jobs(live: LiveServer) -> list[tuple[str, dict[str, object]]]:
    with live.container.db.read() as s:
        rows = s.execute(select(Job.status, Job.payload).where(Job.kind == DELETE_BLOBS_JOB))
        return [(status, payload) for status, payload in rows]


def test_deleting_a_call_removes_its_recordings(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    doomed, kept = alice_call(live, o), alice_call(live, o)
    ids = [
        upload(api, doomed, audio.wav_bytes(0.5), party=p).json()["id"]
        for p in ("caller", "callee")
    ]
    keep = upload(api, kept, audio.wav_bytes(0.5)).json()["id"]
    assert len(blob_files(live)) == 3

    r = api.delete(f"/api/v1/calls/{doomed}")
    assert r.status_code == 200, r.text
    assert r.json()["removed"]["recordings"] == 2
    assert recording_rows(live) == 1
    names = {p.name for p in blob_files(live)}
    assert names == {keep}  # the blob directory holds the kept call's recording only
    for rid in ids:
        assert api.get(f"/api/v1/recordings/{rid}").status_code == 404
    jobs = delete_jobs(live)
    assert len(jobs) == 1 and sorted(jobs[0][1]["object_ids"]) == sorted(ids)  # type: ignore[arg-type]
    assert run_jobs(live) >= 1  # idempotent: the blobs are already gone
    assert {status for status, _ in delete_jobs(live)} == {"done"}
    assert api.get(f"/api/v1/recordings/{keep}/audio").status_code == 200


def test_job_removes_blobs_a_crash_left_after_the_commit(live: LiveServer) -> None:
    """If the process dies between the commit and the immediate deletion, the job does it."""
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    rid = upload(api, call_id, audio.wav_bytes(0.5)).json()["id"]
    blobs: EncryptedBlobStore = live.container.blobs
    original = EncryptedBlobStore.delete_many

    def crash(self: EncryptedBlobStore, **kw: object) -> int:
        raise OSError("process died")

    EncryptedBlobStore.delete_many = crash  # type: ignore[method-assign]
    try:
        assert api.delete(f"/api/v1/calls/{call_id}").status_code == 200
    finally:
        EncryptedBlobStore.delete_many = original  # type: ignore[method-assign]
    assert recording_rows(live) == 0
    assert [p.name for p in blob_files(live)] == [rid]  # orphan, but a job knows about it
    assert run_jobs(live) >= 1
    assert blob_files(live) == []
    assert not blobs.exists(workspace_id=o.owner.workspace_id, kind="recording", object_id=rid)


def test_bulk_deletion_removes_recordings_too(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    for _ in range(3):
        upload(api, alice_call(live, o), audio.wav_bytes(0.3))
    body = {"filter": {"user_id": o.alice.user_id}, "dry_run": True}
    count = api.post("/api/v1/calls/bulk-delete", json=body).json()["count"]
    assert count == 3
    r = api.post(
        "/api/v1/calls/bulk-delete", json={**body, "dry_run": False, "expected_count": count}
    )
    assert r.status_code == 200, r.text
    assert recording_rows(live) == 0 and blob_files(live) == []
