"""Every anchor store (the embedded file; the cluster's bucket, MAC'd with the local key file
or in OpenBao): appends from several processes at once all land whole and in each writer's
order, an entry that fails its MAC or a replaced key is reported, a power cut's NUL tail is
not; the file store's files are private; the bucket's objects are locked where the bucket
can; and the checkpoints fold into the view `verify` holds chains to."""

from __future__ import annotations

import json
import multiprocessing
import os
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from callvault.audit.anchor import AnchorRead, AnchorUnavailable, Checkpoint, CheckpointKind, fold
from callvault.audit.file_anchor import FileAnchorStore
from callvault.audit.s3_anchor import FOLDER, S3AnchorStore
from callvault.crypto.vault_hmac import BATCH
from tests.support.anchor_stores import KINDS, StoreSpec, VaultSpec
from tests.support.openbao_server import OpenBao
from tests.support.openbao_server import unique_prefix as key_prefix
from tests.support.s3_server import S3Server, new_bucket, unique_prefix

WRITERS = 4
# Each append to the bucket is a request (and a Vault call): fewer, the same interleaving.
APPENDS = {"file": 200, "s3-local": 12, "s3-vault": 12}


@pytest.fixture(params=KINDS)
def spec(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreSpec]:
    path = tmp_path / "audit-anchors.jsonl"
    if request.param == "file":
        yield StoreSpec("file", path)
        return
    server: S3Server = request.getfixturevalue("s3_server")
    vault = None
    if request.param == "s3-vault":
        bao: OpenBao = request.getfixturevalue("openbao")
        vault = VaultSpec(bao.url, bao.root_token, bao.ca_file, key_prefix())
    yield StoreSpec(request.param, path, server.endpoint, server.bucket, unique_prefix(), vault)


def _append_many(spec: StoreSpec, writer: int) -> None:
    store = spec.open()
    for i in range(APPENDS[spec.kind]):
        # Two workspaces per call, as one transaction touching two would.
        store.append(
            [Checkpoint(f"ws-{writer}", i + 1, f"{i:064x}"), Checkpoint("shared", i, "f" * 64)]
        )


def test_concurrent_writers_append_whole_entries(spec: StoreSpec) -> None:
    spec.open()  # the key exists before the writers start, as after `init`
    if spec.kind == "file":  # processes: the file's appends rely on the kernel's O_APPEND
        ctx = multiprocessing.get_context("spawn")
        procs = [ctx.Process(target=_append_many, args=(spec, w)) for w in range(WRITERS)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=60)
            assert p.exitcode == 0
    else:  # each append is its own request: threads interleave them as processes would
        with ThreadPoolExecutor(WRITERS) as pool:
            list(pool.map(lambda w: _append_many(spec, w), range(WRITERS)))
    appends = APPENDS[spec.kind]
    store = spec.open()
    read = store.read()
    assert read.rejected == []
    assert len(read.checkpoints) == WRITERS * appends * 2
    for w in range(WRITERS):
        mine = [cp.seq for cp in read.checkpoints if cp.workspace_id == f"ws-{w}"]
        assert mine == list(range(1, appends + 1))  # each writer's own order is kept
        assert [cp.seq for cp in store.read(f"ws-{w}").checkpoints] == mine
    assert len(store.read("shared").checkpoints) == WRITERS * appends
    if spec.kind == "file":
        assert spec.path.stat().st_mode & 0o777 == 0o600
        assert spec.path.with_suffix(".key").stat().st_mode & 0o777 == 0o600
    else:  # one object per workspace per append
        assert len(spec.object_names()) == WRITERS * appends * 2


def _forge(spec: StoreSpec) -> None:
    """What someone with write access to the anchor (not its key) can do: edit an entry
    ("ws-a" seq 3 -> 2), and leave a power cut's tail (file) or copy a genuine object to
    another workspace (bucket)."""
    if spec.kind == "file":
        lines = spec.path.read_text().splitlines()
        edited = json.loads(lines[0]) | {"seq": 2}
        with spec.path.open("a") as f:
            f.write(json.dumps(edited) + "\n")
            f.write("\x00" * 64 + "\n")  # a power cut's tail: not an attack
        return
    [genuine] = spec.object_names()
    body = spec.get_object(genuine)
    edited = body | {"checkpoints": [[2, "a" * 64, "head"]]}
    ws, rest = genuine.split("/")
    stamp = rest.split("-")[0]
    spec.put_object(f"{ws}/{stamp}-{'0' * 16}.json", edited)
    spec.put_object(f"ws-b/{rest}", body | {"ws": "ws-b"})


def test_forged_entries_and_a_replaced_key_are_rejected(spec: StoreSpec) -> None:
    store = spec.open()
    store.append([Checkpoint("ws-a", 3, "a" * 64)])
    _forge(spec)
    read = store.read()
    assert [cp.seq for cp in read.checkpoints] == [3]
    assert read.rejected == (["ws-a"] if spec.kind == "file" else ["ws-a", "ws-b"])
    assert store.read("ws-c").checkpoints == [] and store.read("ws-c").rejected == []
    # A new key: every old entry now fails.
    if spec.vault is not None:
        spec = StoreSpec(
            spec.kind,
            spec.path,
            spec.endpoint,
            spec.bucket,
            spec.prefix,
            VaultSpec(spec.vault.url, spec.vault.token, spec.vault.ca_file, key_prefix()),
        )
    else:
        spec.path.with_suffix(".key").unlink()
    assert spec.open().read().rejected.count("ws-a") == 2


def test_a_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "audit-anchors.jsonl"
    FileAnchorStore(path)
    os.chmod(path.with_suffix(".key"), 0o644)
    with pytest.raises(AnchorUnavailable):
        FileAnchorStore(path)


def test_objects_in_a_locked_bucket_cannot_be_deleted(s3_server: S3Server, tmp_path: Path) -> None:
    bucket = f"locked-{uuid.uuid4().hex[:8]}"
    client = s3_server.client()
    new_bucket(client, bucket, ObjectLockEnabledForBucket=True)
    spec = StoreSpec("s3-local", tmp_path / "a.jsonl", s3_server.endpoint, bucket, "inst")
    store = spec.open_s3(lock_days=30)
    assert store.object_lock
    store.append([Checkpoint("ws-a", 1, "a" * 64)])
    [name] = spec.object_names()
    key = f"inst/{FOLDER}/{name}"
    retention = client.get_object_retention(Bucket=bucket, Key=key)["Retention"]
    assert retention["Mode"] == "COMPLIANCE"
    until = retention["RetainUntilDate"]
    assert timedelta(days=29) < until - datetime.now(UTC) <= timedelta(days=30)
    version = client.head_object(Bucket=bucket, Key=key)["VersionId"]
    with pytest.raises(ClientError):
        client.delete_object(Bucket=bucket, Key=key, VersionId=version)
    with pytest.raises(ClientError):  # never overwritten either
        client.put_object(Bucket=bucket, Key=key, Body=b"{}", IfNoneMatch="*")
    assert [cp.seq for cp in store.read().checkpoints] == [1]


def test_refused_credentials_stop_the_start(s3_server: S3Server, tmp_path: Path) -> None:
    spec = StoreSpec("s3-local", tmp_path / "a.jsonl", s3_server.endpoint, "no-such-bucket")
    with pytest.raises(AnchorUnavailable, match="'no-such-bucket': failed to list"):
        spec.open_s3()
    # Later, a bucket that stopped answering leaves verify without a verdict, never "ok".
    store = S3AnchorStore(s3_server.client(), "no-such-bucket", mac=spec.mac())
    with pytest.raises(AnchorUnavailable, match="failed to list"):
        store.read("ws-a")


def test_vault_macs_go_in_batches_vault_accepts(openbao: OpenBao) -> None:
    key = openbao.kms().hmac_key("anchor")
    try:
        messages = [f"checkpoint {i}".encode() for i in range(2 * BATCH + 1)]
        macs = key.sign(messages)
        pairs = list(zip(messages, macs, strict=True))
        assert key.verify(pairs) == [True] * len(messages)
        pairs[BATCH] = (b"edited", macs[BATCH])
        pairs[3] = (messages[3], "vault:v1:AAAA")
        pairs[4] = (messages[4], "not a mac")
        valid = key.verify(pairs)
        assert [i for i, ok in enumerate(valid) if not ok] == [3, 4, BATCH]
    finally:
        key.client.close()


def test_fold_restarts_at_a_restore_and_ends_at_a_closure() -> None:
    head, restored, closed = CheckpointKind.HEAD, CheckpointKind.RESTORED, CheckpointKind.CLOSED
    chains = fold(
        AnchorRead(
            checkpoints=[
                Checkpoint("a", 5, "h5"),
                Checkpoint("a", 7, "h7"),
                Checkpoint("a", 7, "x7"),  # the same seq twice: rolled back and rewritten
                Checkpoint("b", 9, "h9"),
                Checkpoint("b", 4, "r4", restored),
                Checkpoint("b", 5, "r5", head),
                Checkpoint("c", 2, "h2"),
                Checkpoint("c", 0, "0", closed),
                Checkpoint("c", 3, "h3"),
            ]
        )
    )
    assert chains["a"].seqs == {5: "h5", 7: "h7"} and chains["a"].forks == [7]
    assert chains["b"].seqs == {4: "r4", 5: "r5"} and chains["b"].forks == []
    assert chains["b"].restored and chains["b"].newest == 5
    assert chains["c"].closed and chains["c"].newest == 2
