"""The keyring on real databases: sealing, blind indexes, system keys, shredding, status."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from callvault.core.ids import new_id
from callvault.crypto.errors import DecryptionFailed, KeyDestroyed, KeyExists, WorkspaceKeysMissing
from callvault.crypto.keyring import Keyring
from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.models import DataKey
from callvault.db.engine import Database

KW = {"kind": "contact", "object_id": "c-1", "field": "phone"}


def test_create_workspace_keys(db: Database, kms: LocalFileKms, keyring: Keyring) -> None:
    workspace_id = new_id()
    with db.write() as session:
        keyring.create_workspace_keys(session, workspace_id)
    assert kms.key_versions(f"ws:{workspace_id}") == [1]
    with db.read() as session:
        rows = session.execute(
            select(DataKey.purpose, DataKey.version, DataKey.kek_version, DataKey.status)
            .where(DataKey.workspace_id == workspace_id)
            .order_by(DataKey.purpose)
        ).all()
        sizes = session.scalars(
            select(func.length(DataKey.wrapped)).where(DataKey.workspace_id == workspace_id)
        ).all()
        status = keyring.status(session, workspace_id)
    assert [tuple(r) for r in rows] == [("content", 1, 1, "active"), ("index", 1, 1, "active")]
    assert sizes == [12 + 32 + 16] * 2  # wrapped (nonce, key, tag), never raw
    assert status.kek_versions == (1,)
    assert status.content_version == 1
    assert status.content_age is not None and status.content_age.total_seconds() < 60
    assert not status.destroyed
    with db.write() as session, pytest.raises(KeyExists):
        keyring.create_workspace_keys(session, workspace_id)


def test_seal_and_open(db: Database, keyring: Keyring, make_workspace: Callable[[], str]) -> None:
    ws1, ws2 = make_workspace(), make_workspace()
    with db.read() as session:
        cipher = keyring.cipher(session, ws1)
        sealed = cipher.seal_text("+44 20 7946 0000", **KW)
        assert cipher.open_text(sealed, **KW) == "+44 20 7946 0000"
        assert cipher.open(cipher.seal(b"\x00\xff", **KW), **KW) == b"\x00\xff"
        with pytest.raises(DecryptionFailed):
            cipher.open(sealed, kind="contact", object_id="c-2", field="phone")
        with pytest.raises(DecryptionFailed):
            cipher.open(sealed, kind="contact", object_id="c-1", field="email")
        # Copied into another workspace's row, it fails under that workspace's key and AAD.
        with pytest.raises(DecryptionFailed):
            keyring.cipher(session, ws2).open(sealed, **KW)
        tampered = bytearray(sealed)
        tampered[-3] ^= 4
        with pytest.raises(DecryptionFailed):
            cipher.open(bytes(tampered), **KW)


def test_page_opener_opens_each_value_in_its_own_place(
    db: Database, keyring: Keyring, make_workspace: Callable[[], str]
) -> None:
    """The per-page opener (one setup for a list page) keeps every binding of `open`:
    object id, field, workspace, and values sealed under older key versions."""
    ws1, ws2 = make_workspace(), make_workspace()
    with db.read() as session:
        cipher = keyring.cipher(session, ws1)
        sealed = {
            f"c-{i}": cipher.seal_text(f"+4420794600{i:02d}", **KW | {"object_id": f"c-{i}"})
            for i in range(3)
        }
    keyring.rotate_workspace(db, ws1)
    with db.read() as session:
        cipher = keyring.cipher(session, ws1)
        sealed["c-new"] = cipher.seal_text("new", **KW | {"object_id": "c-new"})
        open_phone = cipher.text_opener(kind="contact", field="phone")
        assert [open_phone(k, v) for k, v in sealed.items()] == [
            "+442079460000",
            "+442079460001",
            "+442079460002",
            "new",
        ]
        with pytest.raises(DecryptionFailed):
            open_phone("c-1", sealed["c-0"])  # moved to another row
        with pytest.raises(DecryptionFailed):
            cipher.text_opener(kind="contact", field="email")("c-0", sealed["c-0"])
        with pytest.raises(DecryptionFailed):
            keyring.cipher(session, ws2).text_opener(kind="contact", field="phone")(
                "c-0", sealed["c-0"]
            )


def test_unknown_key_version_fails_fast_inside_a_write(
    db: Database, keyring: Keyring, workspace: str
) -> None:
    with db.write() as session:
        cipher = keyring.cipher(session, workspace)
        sealed = bytearray(cipher.seal(b"value", **KW))
        sealed[1:5] = (9).to_bytes(4, "big")  # names DEK version 9, which does not exist
        with pytest.raises(DecryptionFailed, match="does not exist"):
            cipher.open(bytes(sealed), **KW)


def test_blind_index(db: Database, keyring: Keyring, make_workspace: Callable[[], str]) -> None:
    ws1, ws2 = make_workspace(), make_workspace()
    with db.read() as session:
        first = keyring.cipher(session, ws1).blind_index("a@example.com", field="user.email")
        again = (
            Keyring(keyring.kms)
            .cipher(session, ws1)
            .blind_index("a@example.com", field="user.email")
        )
        other = keyring.cipher(session, ws2).blind_index("a@example.com", field="user.email")
    assert first == again != other
    keyring.rotate_workspace(db, ws1)
    with db.read() as session:
        after = keyring.cipher(session, ws1).blind_index("a@example.com", field="user.email")
    assert after == first  # look-ups survive rotation


def test_stream_keys(db: Database, keyring: Keyring, workspace: str) -> None:
    with db.read() as session:
        cipher = keyring.cipher(session, workspace)
        version, key = cipher.stream_key()
        assert version == 1 and len(key) == 32
        assert cipher.stream_key_for(1) == key
        with pytest.raises(DecryptionFailed):
            cipher.stream_key_for(2)


def test_missing_workspace(db: Database, keyring: Keyring) -> None:
    with db.read() as session, pytest.raises(WorkspaceKeysMissing) as info:
        keyring.cipher(session, new_id())
    assert info.value.code == "workspace_keys_missing"


def test_shred_makes_everything_unreadable(
    db: Database, kms: LocalFileKms, keyring: Keyring, make_workspace: Callable[[], str]
) -> None:
    workspace, survivor = make_workspace(), make_workspace()
    with db.read() as session:
        early = keyring.cipher(session, workspace)
        sealed = early.seal_text("private", **KW)
        kept = keyring.cipher(session, survivor).seal_text("kept", **KW)
    # Another process (its own keyring and cache) has the workspace keys cached.
    elsewhere = Keyring(LocalFileKms(kms.path))
    with db.read() as session:
        assert elsewhere.cipher(session, workspace).open_text(sealed, **KW) == "private"
    with db.read() as session:
        backup = session.execute(
            select(DataKey.kek_version, DataKey.wrapped).where(DataKey.workspace_id == workspace)
        ).all()

    with db.write() as session:
        keyring.shred_workspace(session, workspace)

    with db.read() as session:
        with pytest.raises(KeyDestroyed) as info:
            keyring.cipher(session, workspace)
        assert info.value.code == "key_destroyed"
        with pytest.raises(KeyDestroyed):
            early.open_text(sealed, **KW)  # a cipher obtained before the shred
        with pytest.raises(KeyDestroyed):
            Keyring(LocalFileKms(kms.path)).cipher(session, workspace)
        assert (
            session.scalar(
                select(func.count()).select_from(DataKey).where(DataKey.workspace_id == workspace)
            )
            == 0
        )
        assert keyring.status(session, workspace).destroyed
        assert keyring.cipher(session, survivor).open_text(kept, **KW) == "kept"
    # A database backup taken before the shred is useless: its wrapped DEKs cannot be unwrapped.
    for row in backup:
        with pytest.raises(KeyDestroyed):
            kms.unwrap(f"ws:{workspace}", row.kek_version, row.wrapped, b"")
    with pytest.raises(KeyDestroyed):
        keyring.rotate_workspace(db, workspace)
    with db.write() as session, pytest.raises(KeyDestroyed):
        keyring.create_workspace_keys(session, workspace)


def test_system_key_is_stable(db: Database, kms: LocalFileKms, keyring: Keyring) -> None:
    with db.write() as session:
        first = keyring.system_key(session, "audit-chain")
    assert len(first) == 32
    with db.read() as session:
        assert keyring.system_key(session, "audit-chain") == first
        assert Keyring(LocalFileKms(kms.path)).system_key(session, "audit-chain") == first
    with db.write() as session:
        assert keyring.system_key(session, "sign-in-throttle") != first
    with pytest.raises(ValueError, match="invalid system key name"):
        keyring.system_key(session, "Bad Name")
    report = keyring.rotate_system(db)
    assert report.workspace_id == "system" and report.rewrapped == 2
    assert kms.key_versions("system") == [2]
    with db.read() as session:
        assert Keyring(LocalFileKms(kms.path)).system_key(session, "audit-chain") == first


def test_system_key_race_between_keyrings(db: Database, kms: LocalFileKms) -> None:
    """Keyrings with their own KMS handles (as separate processes have) race to create it."""
    barrier = threading.Barrier(6)
    results: list[bytes] = []
    errors: list[BaseException] = []

    def create() -> None:
        keyring = Keyring(LocalFileKms(kms.path))
        try:
            barrier.wait()
            with db.write() as session:
                results.append(keyring.system_key(session, "race"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=create) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    with db.read() as session:
        count = session.scalar(
            select(func.count()).select_from(DataKey).where(DataKey.purpose == "system:race")
        )
    assert count == 1


class Abort(Exception):
    pass


def test_keys_from_a_rolled_back_transaction_are_never_served(
    db: Database, keyring: Keyring
) -> None:
    lost: list[bytes] = []

    def abandoned_system_key() -> None:
        with db.write() as session:
            lost.append(keyring.system_key(session, "audit-chain"))
            assert keyring.system_key(session, "audit-chain") == lost[0]  # same transaction
            raise Abort

    with pytest.raises(Abort):
        abandoned_system_key()
    with db.write() as session:
        kept = keyring.system_key(session, "audit-chain")
    assert kept != lost[0]
    with db.read() as session:
        assert keyring.system_key(session, "audit-chain") == kept

    workspace_id = new_id()

    def abandoned_workspace() -> None:
        with db.write() as session:
            keyring.create_workspace_keys(session, workspace_id)
            keyring.cipher(session, workspace_id).seal(b"x", **KW)  # unwraps, caches the DEK
            raise Abort

    with pytest.raises(Abort):
        abandoned_workspace()
    with db.write() as session:  # retried under the same id
        keyring.create_workspace_keys(session, workspace_id)
        sealed = keyring.cipher(session, workspace_id).seal(b"kept", **KW)
    with db.read() as session:
        assert Keyring(keyring.kms).cipher(session, workspace_id).open(sealed, **KW) == b"kept"
