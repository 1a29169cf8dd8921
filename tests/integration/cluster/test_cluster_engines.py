"""Two nodes of one cluster that share no file at all: records in the same database, blobs
and audit anchors in one S3-compatible bucket (a real SeaweedFS), key-encryption keys in
one Vault-compatible KMS (a real OpenBao), events and caches through one Redis. A file sent
through one node is read whole through the other; the bucket holds only ciphertext; both
nodes report every engine ready; closing the workspace on one shreds it for both."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from callvault.audit.anchor import CheckpointKind
from callvault.audit.s3_anchor import FOLDER
from callvault.core.permissions import Role
from callvault.crypto.kms import workspace_ref
from callvault.crypto.vault_kms import VaultTransitKms
from callvault.storage.s3 import S3BlobStore
from tests.integration.comms.chat.helpers import API, upload
from tests.integration.governance.closure.helpers import close_now
from tests.support.cluster_engines import shared_engines
from tests.support.live import (
    LiveServer,
    add_user,
    create_workspace,
    live_server,
    scratch_container,
    sign_in,
)
from tests.support.openbao_server import OpenBao
from tests.support.s3_server import S3Server, object_keys

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client


@pytest.fixture
def engines_nodes(
    database_url: str,
    tmp_path: Path,
    redis_url: str,
    redis_prefix: str,
    s3_server: S3Server,
    openbao: OpenBao,
) -> Iterator[tuple[LiveServer, LiveServer, str]]:
    common: dict[str, object] = {
        **shared_engines(s3_server, openbao),
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
    }
    blobs_under = str(common["s3_prefix"])
    with ExitStack() as stack:
        lives = []
        for name in ("node-1", "node-2"):
            data_dir = tmp_path / name
            data_dir.mkdir()
            c = stack.enter_context(scratch_container(database_url, data_dir, **common))
            assert isinstance(c.blobs.store, S3BlobStore)
            assert isinstance(c.keyring.kms, VaultTransitKms)
            lives.append(stack.enter_context(live_server(c)))
        yield lives[0], lives[1], blobs_under


def test_a_file_sent_through_one_node_is_read_through_the_other(
    engines_nodes: tuple[LiveServer, LiveServer, str], s3_server: S3Server
) -> None:
    one, two, blobs_under = engines_nodes
    for node in (one, two):
        ready = node.client().get("/readyz")
        assert ready.status_code == 200, ready.text
        checks = ready.json()["checks"]
        assert checks["blob_store"] and checks["keyring"] and checks["cluster_store"], checks
        # Neither node has a keyring file or a blob directory of its own.
        data_dir = node.container.settings.data_dir
        assert not (data_dir / "keyring.json").exists() and not (data_dir / "blobs").exists()

    owner = create_workspace(one.container, "cluster-engines")
    member = add_user(one.container, owner, Role.MEMBER)
    r = one.client(sign_in(one, owner)).post(
        f"{API}/conversations", json={"kind": "group", "member_ids": [member.user_id]}
    )
    assert r.status_code == 201, r.text
    conversation = r.json()["id"]
    secret = b"Q3 figures: revenue 4,812,000; do not forward. " * 4000  # ~190 KB
    sent = upload(one.client(owner.token), conversation, secret, filename="q3.txt")
    assert sent.status_code == 201, sent.text
    attachment = sent.json()["attachment"]["id"]

    got = two.client(sign_in(two, member)).get(f"{API}/attachments/{attachment}")
    assert got.status_code == 200 and got.content == secret

    client = s3_server.client()
    keys = blob_keys(client, s3_server.bucket, blobs_under)
    assert len(keys) == 1, keys
    stored = client.get_object(Bucket=s3_server.bucket, Key=f"{blobs_under}/{keys[0]}")
    ciphertext = stored["Body"].read()
    assert b"do not forward" not in ciphertext and len(ciphertext) >= len(secret)

    # Closing the workspace on node 1 destroys its transit key in the shared KMS: node 2,
    # whose key cache held it a moment ago, can no longer open what any copy of the bucket
    # still holds.
    close_now(one.container, owner)
    ref = workspace_ref(owner.workspace_id)
    assert not two.container.keyring.kms.exists(ref)
    assert two.container.keyring.is_destroyed(owner.workspace_id)
    assert blob_keys(client, s3_server.bucket, blobs_under) == []
    # The audit anchors stay (ADR 0049): node 2 reads the closure node 1 anchored.
    anchored = two.container.audit.anchor.store.read(owner.workspace_id)
    assert anchored.rejected == [] and anchored.checkpoints[-1].kind is CheckpointKind.CLOSED


def blob_keys(client: S3Client, bucket: str, prefix: str) -> list[str]:
    """The blobs' keys, without the audit anchors beside them."""
    return [k for k in object_keys(client, bucket, prefix) if not k.startswith(f"{FOLDER}/")]
