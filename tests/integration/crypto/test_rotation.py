"""Rotation re-wraps every DEK and retires old KEK versions without touching content, while
other threads keep sealing and opening."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from callvault.core.clock import utcnow
from callvault.crypto.errors import RotationIncomplete
from callvault.crypto.keyring import Keyring
from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.models import DataKey
from callvault.db.engine import Database

KW = {"kind": "note", "object_id": "n-1", "field": "body"}


def key_rows(db: Database, workspace: str) -> list[tuple[str, int, int, str]]:
    with db.read() as session:
        rows = session.execute(
            select(DataKey.purpose, DataKey.version, DataKey.kek_version, DataKey.status)
            .where(DataKey.workspace_id == workspace)
            .order_by(DataKey.purpose, DataKey.version)
        ).all()
    return [(r.purpose, r.version, r.kek_version, r.status) for r in rows]


def test_rotation_rewraps_and_retires(
    db: Database, kms: LocalFileKms, keyring: Keyring, workspace: str
) -> None:
    with db.read() as session:
        old = keyring.cipher(session, workspace).seal_text("before", **KW)

    report = keyring.rotate_workspace(db, workspace, batch_size=1)

    assert (report.workspace_id, report.kek_version, report.content_version) == (workspace, 2, 2)
    assert report.rewrapped == 2  # content v1 and the index key (v2 was wrapped under KEK v2)
    assert report.retired_below == 2
    assert kms.key_versions(f"ws:{workspace}") == [2]
    assert key_rows(db, workspace) == [
        ("content", 1, 2, "decrypt_only"),
        ("content", 2, 2, "active"),
        ("index", 1, 2, "active"),
    ]
    fresh = Keyring(LocalFileKms(kms.path), cache_ttl_seconds=0)
    with db.read() as session:
        cipher = fresh.cipher(session, workspace)
        assert cipher.content_version == 2
        new = cipher.seal_text("after", **KW)
        assert new[1:5] == (2).to_bytes(4, "big")
        assert cipher.open_text(old, **KW) == "before"
        assert cipher.open_text(new, **KW) == "after"

    keyring.rotate_workspace(db, workspace)
    assert kms.key_versions(f"ws:{workspace}") == [3]
    with db.read() as session:
        status = keyring.status(session, workspace)
        cipher = fresh.cipher(session, workspace)
        assert cipher.open_text(old, **KW) == "before"
        assert cipher.open_text(new, **KW) == "after"
    assert status.content_version == 3
    assert status.kek_versions == (3,)
    assert [(k.purpose, k.version, k.kek_version) for k in status.keys] == [
        ("content", 1, 3),
        ("content", 2, 3),
        ("content", 3, 3),
        ("index", 1, 3),
    ]


def test_reader_holding_a_stale_wrap_retries(
    db: Database, kms: LocalFileKms, workspace: str
) -> None:
    keyring = Keyring(kms, cache_ttl_seconds=0)
    with db.read() as session:
        sealed = keyring.cipher(session, workspace).seal_text("value", **KW)
    with db.read() as session:
        cipher = keyring.cipher(session, workspace)  # read the rows wrapped under KEK v1
        keyring.rotate_workspace(db, workspace)  # re-wrapped under v2; v1 destroyed
        assert kms.key_versions(f"ws:{workspace}") == [2]
        assert cipher.open_text(sealed, **KW) == "value"
        assert cipher.blind_index("x", field="f")


def test_rotation_while_writes_continue_loses_nothing(
    db: Database, kms: LocalFileKms, workspace: str
) -> None:
    # No cache: every operation unwraps, so readers do race the re-wrap and retirement.
    keyring = Keyring(kms, cache_ttl_seconds=0)
    written: list[tuple[str, bytes]] = []
    written_lock = threading.Lock()
    errors: list[BaseException] = []
    stop = threading.Event()
    opened = [0]

    def seal(n: int, session_factory: str) -> None:
        text = f"value {threading.get_ident()} {n}"
        ctx = db.write() if session_factory == "write" else db.read()
        with ctx as session:
            sealed = keyring.cipher(session, workspace).seal_text(text, **KW)
        with written_lock:
            written.append((text, sealed))

    def writer(kind: str) -> None:
        n = 0
        try:
            while not stop.is_set():
                seal(n, kind)
                n += 1
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        try:
            while not stop.is_set():
                with written_lock:
                    sample = written[-20:]
                with db.read() as session:
                    cipher = keyring.cipher(session, workspace)
                    # Hold the wraps just read a while: a rotation may retire their KEK first.
                    time.sleep(random.random() * 0.02)
                    for text, sealed in sample:
                        assert cipher.open_text(sealed, **KW) == text
                        opened[0] += 1
        except BaseException as exc:
            errors.append(exc)

    for n in range(20):
        seal(n, "write")
    threads = [
        threading.Thread(target=writer, args=("write",)),
        threading.Thread(target=writer, args=("read",)),
        threading.Thread(target=reader),
        threading.Thread(target=reader),
    ]
    for thread in threads:
        thread.start()
    try:
        reports = []
        for _ in range(4):
            time.sleep(0.1)
            reports.append(keyring.rotate_workspace(db, workspace, batch_size=1))
        time.sleep(0.1)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    for n in range(20):
        seal(1000 + n, "write")

    assert errors == []
    assert [r.content_version for r in reports] == [2, 3, 4, 5]
    assert kms.key_versions(f"ws:{workspace}") == [5]
    versions = {int.from_bytes(sealed[1:5], "big") for _, sealed in written}
    assert versions == {1, 2, 3, 4, 5}
    assert opened[0] > 0
    fresh = Keyring(LocalFileKms(kms.path), cache_ttl_seconds=0)
    with db.read() as session:
        cipher = fresh.cipher(session, workspace)
        for text, sealed in written:
            assert cipher.open_text(sealed, **KW) == text


def test_rotate_due(
    db: Database, kms: LocalFileKms, keyring: Keyring, make_workspace: Callable[[], str]
) -> None:
    old, recent, shredded = make_workspace(), make_workspace(), make_workspace()
    long_ago = utcnow() - timedelta(days=100)
    with db.write() as session:
        session.execute(
            update(DataKey)
            .where(DataKey.workspace_id.in_([old, shredded]))
            .values(created_at=long_ago)
        )
        keyring.system_key(session, "audit-chain")
        session.execute(
            update(DataKey).where(DataKey.workspace_id == "system").values(created_at=long_ago)
        )
    # Keys destroyed but rows not purged yet (a closure in progress): skipped, not an error.
    kms.destroy_key(f"ws:{shredded}")

    reports = keyring.rotate_due(db, max_age=timedelta(days=90))

    assert [r.workspace_id for r in reports] == [old]
    assert kms.key_versions(f"ws:{old}") == [2]
    assert kms.key_versions(f"ws:{recent}") == [1]
    assert keyring.rotate_due(db, max_age=timedelta(days=90)) == []


def test_rotate_due_reports_failures_and_goes_on(
    db: Database,
    kms: LocalFileKms,
    keyring: Keyring,
    make_workspace: Callable[[], str],
) -> None:
    broken, fine = sorted([make_workspace(), make_workspace()])
    with db.write() as session:
        session.execute(update(DataKey).values(created_at=utcnow() - timedelta(days=91)))
        # A wrapped key corrupted in the database: that workspace cannot rotate.
        session.execute(
            update(DataKey)
            .where(DataKey.workspace_id == broken, DataKey.purpose == "index")
            .values(wrapped=b"\x00" * 60)
        )
    with pytest.raises(RotationIncomplete) as info:
        keyring.rotate_due(db, max_age=timedelta(days=90))
    assert info.value.fields["failed"] == {broken: "decryption_failed"}
    assert info.value.fields["rotated"] == [fine]
    assert kms.key_versions(f"ws:{fine}") == [2]
