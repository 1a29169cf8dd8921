"""The KmsProvider contract, run against every provider: the embedded keyring file and Vault
transit on a real OpenBao server (versioned keys, context binding, retirement, tombstones)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from callvault.crypto.errors import (
    DecryptionFailed,
    KeyDestroyed,
    KeyExists,
    KeyNotFound,
    KeyVersionRetired,
)
from callvault.crypto.kms import KmsProvider, workspace_ref
from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.vault_kms import VaultTransitKms
from tests.support.openbao_server import OpenBao, unique_prefix

REF = "ws:0190f0a0-0000-7000-8000-000000000001"


@dataclass
class Provider:
    kms: KmsProvider
    # Another instance over the same keys (another process, or this one after a restart).
    reopen: Callable[[], KmsProvider]


@pytest.fixture(params=["local", "vault"])
def provider(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Provider]:
    if request.param == "local":
        path = tmp_path / "keys" / "keyring.json"
        yield Provider(LocalFileKms(path), lambda: LocalFileKms(path))
        return
    bao: OpenBao = request.getfixturevalue("openbao")
    prefix = unique_prefix()
    opened: list[VaultTransitKms] = []

    def reopen() -> KmsProvider:
        opened.append(bao.kms(prefix))
        return opened[-1]

    first = reopen()
    try:
        yield Provider(first, reopen)
    finally:
        for kms in opened:
            kms.close()


def test_is_a_kms_provider(provider: Provider) -> None:
    assert isinstance(provider.kms, KmsProvider)
    assert workspace_ref("abc") == "ws:abc"
    with pytest.raises(ValueError, match="invalid KMS key ref"):
        workspace_ref("../etc")


def test_wrap_unwrap_binds_ref_version_and_context(provider: Provider) -> None:
    kms = provider.kms
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


def test_rotation_and_retirement(provider: Provider) -> None:
    kms = provider.kms
    kms.create_key(REF)
    _, old_blob = kms.wrap(REF, b"old", b"c")
    assert kms.rotate_key(REF) == 2
    assert kms.rotate_key(REF) == 3
    version, new_blob = kms.wrap(REF, b"new", b"c")
    assert version == 3
    assert kms.key_versions(REF) == [1, 2, 3]
    assert kms.unwrap(REF, 1, old_blob, b"c") == b"old"
    with pytest.raises(DecryptionFailed):  # a blob under version 1 is not one of version 3
        kms.unwrap(REF, 3, old_blob, b"c")
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
    assert provider.reopen().key_versions(REF) == [3]


def test_destroy_keeps_a_tombstone_forever(provider: Provider) -> None:
    kms = provider.kms
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
        lambda: kms.retire_versions_below(REF, 1),
        lambda: kms.create_key(REF),
    ):
        with pytest.raises(KeyDestroyed) as info:
            call()
        assert info.value.code == "key_destroyed"
    # Still refused after a restart.
    with pytest.raises(KeyDestroyed):
        provider.reopen().create_key(REF)
    # A ref that never existed can be tombstoned up front.
    kms.destroy_key("ws:never")
    with pytest.raises(KeyDestroyed):
        kms.create_key("ws:never")


def test_missing_and_duplicate_keys(provider: Provider) -> None:
    kms = provider.kms
    assert not kms.exists(REF)
    with pytest.raises(KeyNotFound):
        kms.wrap(REF, b"x", b"c")
    with pytest.raises(KeyNotFound):
        kms.key_versions(REF)
    with pytest.raises(KeyNotFound):
        kms.rotate_key(REF)
    kms.create_key(REF)
    assert kms.exists(REF)
    with pytest.raises(KeyExists):
        kms.create_key(REF)


def test_second_instance_sees_changes(provider: Provider) -> None:
    kms, other = provider.kms, provider.reopen()
    kms.create_key(REF)
    assert other.exists(REF)
    version, blob = kms.wrap(REF, b"dek", b"c")
    assert other.unwrap(REF, version, blob, b"c") == b"dek"
    assert other.rotate_key(REF) == 2
    assert kms.wrap(REF, b"x", b"c")[0] == 2
    other.destroy_key(REF)
    with pytest.raises(KeyDestroyed):
        kms.unwrap(REF, version, blob, b"c")
