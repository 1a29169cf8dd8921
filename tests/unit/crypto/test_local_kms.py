"""The embedded KMS: versioned keys, context binding, retirement, tombstones, file safety."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from callvault.crypto.errors import (
    DecryptionFailed,
    KeyDestroyed,
    KeyExists,
    KeyNotFound,
    KeyringCorrupt,
    KeyringInsecure,
    KeyVersionRetired,
)
from callvault.crypto.kms import KmsProvider, workspace_ref
from callvault.crypto.local_kms import LocalFileKms

REF = "ws:0190f0a0-0000-7000-8000-000000000001"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "keys" / "keyring.json"


@pytest.fixture
def kms(path: Path) -> LocalFileKms:
    return LocalFileKms(path)


def test_is_a_kms_provider(kms: LocalFileKms) -> None:
    assert isinstance(kms, KmsProvider)
    assert workspace_ref("abc") == "ws:abc"
    with pytest.raises(ValueError, match="invalid KMS key ref"):
        workspace_ref("../etc")


def test_file_is_private(kms: LocalFileKms, path: Path) -> None:
    kms.create_key(REF)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_refuses_a_readable_keyring(kms: LocalFileKms, path: Path) -> None:
    kms.create_key(REF)
    os.chmod(path, 0o644)
    with pytest.raises(KeyringInsecure, match="chmod 600") as info:
        LocalFileKms(path)
    assert info.value.code == "keyring_insecure"
    os.chmod(path, 0o640)
    with pytest.raises(KeyringInsecure):
        LocalFileKms(path)
    os.chmod(path, 0o600)
    assert LocalFileKms(path).exists(REF)


def test_wrap_unwrap_binds_ref_version_and_context(kms: LocalFileKms) -> None:
    kms.create_key(REF)
    kms.create_key("system")
    version, blob = kms.wrap(REF, b"k" * 32, b"ctx")
    assert version == 1
    assert kms.unwrap(REF, 1, blob, b"ctx") == b"k" * 32
    with pytest.raises(DecryptionFailed):
        kms.unwrap(REF, 1, blob, b"other ctx")
    with pytest.raises(DecryptionFailed):
        kms.unwrap("system", 1, blob, b"ctx")
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(DecryptionFailed):
        kms.unwrap(REF, 1, bytes(tampered), b"ctx")
    with pytest.raises(DecryptionFailed):
        kms.unwrap(REF, 1, b"short", b"ctx")


def test_rotation_and_retirement(kms: LocalFileKms) -> None:
    kms.create_key(REF)
    _, old_blob = kms.wrap(REF, b"old", b"c")
    assert kms.rotate_key(REF) == 2
    assert kms.rotate_key(REF) == 3
    version, new_blob = kms.wrap(REF, b"new", b"c")
    assert version == 3
    assert kms.key_versions(REF) == [1, 2, 3]
    assert kms.unwrap(REF, 1, old_blob, b"c") == b"old"
    kms.retire_versions_below(REF, 3)
    assert kms.key_versions(REF) == [3]
    with pytest.raises(KeyVersionRetired):
        kms.unwrap(REF, 1, old_blob, b"c")
    assert kms.unwrap(REF, 3, new_blob, b"c") == b"new"
    kms.retire_versions_below(REF, 2)  # already below: nothing to do
    with pytest.raises(ValueError, match="newest"):
        kms.retire_versions_below(REF, 4)
    with pytest.raises(KeyNotFound):
        kms.unwrap(REF, 9, new_blob, b"c")
    # Retired material is gone from the file, not just hidden.
    doc = json.loads(kms.path.read_text())
    assert sorted(doc["keys"][REF]["versions"]) == ["3"]


def test_destroy_keeps_a_tombstone_forever(kms: LocalFileKms, path: Path) -> None:
    kms.create_key(REF)
    version, blob = kms.wrap(REF, b"dek", b"c")
    kms.destroy_key(REF)
    kms.destroy_key(REF)  # idempotent
    assert not kms.exists(REF)
    for call in (
        lambda: kms.unwrap(REF, version, blob, b"c"),
        lambda: kms.wrap(REF, b"x", b"c"),
        lambda: kms.rotate_key(REF),
        lambda: kms.key_versions(REF),
        lambda: kms.create_key(REF),
    ):
        with pytest.raises(KeyDestroyed) as info:
            call()
        assert info.value.code == "key_destroyed"
    doc = json.loads(path.read_text())
    assert doc["keys"][REF]["versions"] == {}
    assert doc["keys"][REF]["destroyed_at"]
    # Still refused after a restart.
    with pytest.raises(KeyDestroyed):
        LocalFileKms(path).create_key(REF)
    # A ref that never existed can be tombstoned up front.
    kms.destroy_key("ws:never")
    with pytest.raises(KeyDestroyed):
        kms.create_key("ws:never")


def test_missing_and_duplicate_keys(kms: LocalFileKms) -> None:
    assert not kms.exists(REF)
    with pytest.raises(KeyNotFound):
        kms.wrap(REF, b"x", b"c")
    with pytest.raises(KeyNotFound):
        kms.key_versions(REF)
    kms.create_key(REF)
    assert kms.exists(REF)
    with pytest.raises(KeyExists):
        kms.create_key(REF)


def test_second_instance_sees_changes(kms: LocalFileKms, path: Path) -> None:
    other = LocalFileKms(path)
    kms.create_key(REF)
    assert other.exists(REF)
    version, blob = kms.wrap(REF, b"dek", b"c")
    assert other.unwrap(REF, version, blob, b"c") == b"dek"
    assert other.rotate_key(REF) == 2
    assert kms.wrap(REF, b"x", b"c")[0] == 2
    other.destroy_key(REF)
    with pytest.raises(KeyDestroyed):
        kms.unwrap(REF, version, blob, b"c")


def test_corrupt_file_is_refused(path: Path) -> None:
    path.parent.mkdir(parents=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"{not json")
    os.close(fd)
    with pytest.raises(KeyringCorrupt):
        LocalFileKms(path)
    os.truncate(path, 0)
    with open(path, "w") as handle:
        json.dump({"format": "callvault.local-kms.v1", "keys": {REF: {"versions": {}}}}, handle)
    with pytest.raises(KeyringCorrupt):
        LocalFileKms(path)


def test_deleted_file_is_an_error_not_an_empty_keyring(kms: LocalFileKms, path: Path) -> None:
    kms.create_key(REF)
    path.unlink()
    with pytest.raises(KeyringCorrupt, match="disappeared"):
        kms.exists(REF)
