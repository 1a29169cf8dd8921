"""Separate processes (as `serve` and `worker` are) share one keyring file and one database."""

from __future__ import annotations

import json
import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.models import DataKey
from callvault.db.engine import Database

pytestmark = pytest.mark.slow

PROCESSES = 4
KEYS_EACH = 8


def _kms_worker(path: str, n: int, barrier: Barrier) -> None:
    kms = LocalFileKms(path)
    barrier.wait()
    for i in range(KEYS_EACH):
        kms.create_key(f"ws:p{n}-k{i}")
        kms.rotate_key("ws:shared")
        version, blob = kms.wrap(f"ws:p{n}-k{i}", b"dek-%d-%d" % (n, i), b"ctx")
        assert kms.unwrap(f"ws:p{n}-k{i}", version, blob, b"ctx") == b"dek-%d-%d" % (n, i)


def _system_key_worker(url: str, path: str, barrier: Barrier, out: str) -> None:
    from callvault.crypto.keyring import Keyring

    db = Database.connect(url)
    keyring = Keyring(LocalFileKms(path))
    barrier.wait()
    with db.write() as session:
        key = keyring.system_key(session, "race")
    Path(out).write_text(key.hex())
    db.dispose()


def _run(target: object, args_list: list[tuple[object, ...]]) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=target, args=args) for args in args_list]  # type: ignore[arg-type]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0


def test_processes_create_and_rotate_in_one_keyring(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    kms = LocalFileKms(path)
    kms.create_key("ws:shared")
    barrier = multiprocessing.get_context("spawn").Barrier(PROCESSES)
    _run(_kms_worker, [(str(path), n, barrier) for n in range(PROCESSES)])

    reloaded = LocalFileKms(path)
    for n in range(PROCESSES):
        for i in range(KEYS_EACH):
            assert reloaded.key_versions(f"ws:p{n}-k{i}") == [1]
    # Every rotation from every process survived: none was lost to a concurrent write.
    assert reloaded.key_versions("ws:shared") == list(range(1, PROCESSES * KEYS_EACH + 2))
    doc = json.loads(path.read_text())
    assert len(doc["keys"]) == PROCESSES * KEYS_EACH + 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_processes_racing_for_a_system_key_get_one(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    barrier = multiprocessing.get_context("spawn").Barrier(PROCESSES)
    outs = [tmp_path / f"out-{n}" for n in range(PROCESSES)]
    _run(_system_key_worker, [(db.url, str(path), barrier, str(out)) for out in outs])
    keys = {out.read_text() for out in outs}
    assert len(keys) == 1
    with db.read() as session:
        count = session.scalar(
            select(func.count()).select_from(DataKey).where(DataKey.purpose == "system:race")
        )
    assert count == 1
    assert LocalFileKms(path).key_versions("system") == [1]
