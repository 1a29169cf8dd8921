"""The product over S3 (cluster mode's blobs): a recording stored through the recordings
service lands in the bucket as ciphertext only, reads back whole, and once its workspace is
closed (keys destroyed first) even a copy of its ciphertext kept outside callvault (a bucket
version, a replica) cannot be opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callvault.comms.recordings.service import BLOB_KIND
from callvault.comms.recordings.upload import upload_recording
from callvault.core.context import Actor
from callvault.crypto.errors import KeyDestroyed
from callvault.storage.s3 import S3BlobStore
from callvault.wiring import Container
from tests.integration.governance.closure.helpers import close_now
from tests.support import audio
from tests.support import factories as f
from tests.support.live import create_workspace, scratch_container
from tests.support.matrix import call_with_user
from tests.support.s3_server import ACCESS_KEY, SECRET_KEY, S3Server, object_keys, unique_prefix

MARKER = b"PLAINTEXT-MARKER-in-the-recording-5c2e"


@pytest.fixture
def s3_container(
    database_url: str, data_dir: Path, s3_server: S3Server
) -> Iterator[tuple[Container, str]]:
    prefix = unique_prefix()
    with scratch_container(
        database_url,
        data_dir,
        blob_backend="s3",
        s3_endpoint_url=s3_server.endpoint,
        s3_bucket=s3_server.bucket,
        s3_region="us-east-1",
        s3_prefix=prefix,
        s3_access_key_id=ACCESS_KEY,
        s3_secret_access_key=SECRET_KEY,
        s3_addressing_style="path",
    ) as c:
        yield c, prefix


def test_recordings_in_the_bucket_are_ciphertext_and_die_with_their_keys(
    s3_container: tuple[Container, str], s3_server: S3Server
) -> None:
    c, prefix = s3_container
    assert isinstance(c.blobs.store, S3BlobStore)
    ws = create_workspace(c, "s3-closure")
    member = f.user_without_password(c, ws.workspace_id)
    wav = audio.wav_bytes(0.5, marker=MARKER)
    recording = upload_recording(
        c.db,
        blobs=c.blobs,
        audit=c.audit,
        actor=Actor.system(ws.workspace_id),
        call_id=call_with_user(c, ws.workspace_id, member),
        party=None,
        channel_map=None,
        chunks=[wav[i : i + 4096] for i in range(0, len(wav), 4096)],
    )
    client = s3_server.client()
    key = f"ws/{ws.workspace_id}/{BLOB_KIND}/{recording.id}"
    assert key in object_keys(client, s3_server.bucket, prefix)
    stored = client.get_object(Bucket=s3_server.bucket, Key=f"{prefix}/{key}")["Body"].read()
    assert MARKER not in stored
    assert wav[44:200] not in stored and b"RIFF" not in stored
    ids = {"workspace_id": ws.workspace_id, "kind": BLOB_KIND, "object_id": recording.id}
    with c.db.read() as session:
        assert b"".join(c.blobs.open_range(session, **ids)) == wav

    close_now(c, ws)
    # Keys destroyed, then rows and blobs purged: nothing of the workspace is left ...
    assert not [k for k in object_keys(client, s3_server.bucket, prefix) if ws.workspace_id in k]
    # ... and its ciphertext, put back as a bucket version or replica would keep it, stays shut.
    client.put_object(Bucket=s3_server.bucket, Key=f"{prefix}/{key}", Body=stored)
    with c.db.read() as session, pytest.raises(KeyDestroyed):
        b"".join(c.blobs.open_range(session, **ids))
