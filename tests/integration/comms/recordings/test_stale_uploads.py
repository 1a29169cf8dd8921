"""Uploads whose process died mid-stream (a row still 'uploading', maybe a blob) are swept by
the scheduled job; recent uploads (possibly still arriving) are left alone."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from callvault.comms.recordings.deletion import SWEEP_JOB as RECORDINGS_SWEEP
from callvault.comms.recordings.models import UPLOADING, Recording
from callvault.comms.voicemail.deletion import SWEEP_JOB as VOICEMAIL_SWEEP
from callvault.comms.voicemail.models import VoicemailGreeting, VoicemailMessage
from callvault.core.clock import utcnow
from callvault.jobs.queue import enqueue
from callvault.jobs.worker import Worker
from callvault.wiring import Container
from tests.integration.comms.calls.helpers import seed, started
from tests.support import audio
from tests.support import factories as f
from tests.support.live import create_workspace


def count(c: Container, model: type) -> int:
    with c.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_sweeps_remove_stale_uploads_and_their_blobs(container: Container) -> None:
    c = container
    ws = create_workspace(c, "sweep")
    user = f.user_without_password(c, ws.workspace_id)
    call_id = seed(c, ws.workspace_id, [started(f.unique("x"))])[0]
    old, recent = utcnow() - timedelta(days=2), utcnow()
    rows: list[tuple[str, str]] = []
    with c.db.write() as s:
        for created in (old, recent):
            items = [
                (
                    "recording",
                    Recording(
                        workspace_id=ws.workspace_id,
                        call_id=call_id,
                        state=UPLOADING,
                        uploaded_by="t",
                        created_at=created,
                    ),
                ),
                (
                    "voicemail",
                    VoicemailMessage(
                        workspace_id=ws.workspace_id,
                        user_id=user,
                        state=UPLOADING,
                        received_at=created,
                        created_at=created,
                    ),
                ),
                (
                    "voicemail_greeting",
                    VoicemailGreeting(
                        workspace_id=ws.workspace_id,
                        user_id=user,
                        state=UPLOADING,
                        created_at=created,
                    ),
                ),
            ]
            for kind, row in items:
                s.add(row)
                s.flush()
                rows.append((kind, row.id))
        for kind, object_id in rows:  # the bytes that had arrived before the crash
            c.blobs.put(
                s,
                workspace_id=ws.workspace_id,
                kind=kind,
                object_id=object_id,
                chunks=[audio.wav_bytes(0.1)],
            )
        enqueue(s, kind=RECORDINGS_SWEEP, payload={})
        enqueue(s, kind=VOICEMAIL_SWEEP, payload={})
    worker = Worker(c.db, c.jobs)
    while worker.run_once():
        pass
    assert (count(c, Recording), count(c, VoicemailMessage), count(c, VoicemailGreeting)) == (
        1,
        1,
        1,
    )
    present = [c.blobs.exists(workspace_id=ws.workspace_id, kind=k, object_id=i) for k, i in rows]
    assert present == [False, False, False, True, True, True]
