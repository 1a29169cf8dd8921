"""The embedded KMS's keyring file: private, refused when readable by others or corrupt, and
free of retired and destroyed material. The KmsProvider contract: test_kms_contract.py."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from callvault.crypto.errors import KeyringCorrupt, KeyringInsecure
from callvault.crypto.local_kms import LocalFileKms

REF = "ws:0190f0a0-0000-7000-8000-000000000001"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "keys" / "keyring.json"


@pytest.fixture
def kms(path: Path) -> LocalFileKms:
    return LocalFileKms(path)


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


def test_retired_material_leaves_the_file(kms: LocalFileKms) -> None:
    kms.create_key(REF)
    kms.rotate_key(REF)
    kms.rotate_key(REF)
    kms.retire_versions_below(REF, 3)
    doc = json.loads(kms.path.read_text())
    assert sorted(doc["keys"][REF]["versions"]) == ["3"]


def test_destroyed_material_leaves_the_file(kms: LocalFileKms, path: Path) -> None:
    kms.create_key(REF)
    kms.destroy_key(REF)
    doc = json.loads(path.read_text())
    assert doc["keys"][REF]["versions"] == {}
    assert doc["keys"][REF]["destroyed_at"]


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
