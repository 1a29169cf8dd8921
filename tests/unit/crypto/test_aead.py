"""Field sealing: round trips, and every kind of tampering or misplacement fails to open."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from callvault.crypto import aead
from callvault.crypto.context import encode_context
from callvault.crypto.errors import DecryptionFailed

WS = "0190f0a0-0000-7000-8000-000000000001"
OTHER_WS = "0190f0a0-0000-7000-8000-000000000002"
PLACE = {"workspace_id": WS, "kind": "contact", "object_id": "obj-1", "field": "phone"}


@pytest.fixture
def cipher() -> AESGCM:
    return aead.new_aead(os.urandom(32))


def test_round_trip_and_format(cipher: AESGCM) -> None:
    sealed = aead.seal(cipher, 7, b"+44 20 7946 0000", aead.field_aad(**PLACE))
    assert sealed[0] == aead.FORMAT_V1
    assert aead.sealed_version(sealed) == 7
    assert len(sealed) == len(b"+44 20 7946 0000") + aead.OVERHEAD
    assert aead.open_sealed(cipher, sealed, aead.field_aad(**PLACE)) == b"+44 20 7946 0000"


def test_nonces_are_fresh(cipher: AESGCM) -> None:
    ad = aead.field_aad(**PLACE)
    assert aead.seal(cipher, 1, b"same", ad) != aead.seal(cipher, 1, b"same", ad)


def test_empty_plaintext(cipher: AESGCM) -> None:
    ad = aead.field_aad(**PLACE)
    assert aead.open_sealed(cipher, aead.seal(cipher, 1, b"", ad), ad) == b""


@pytest.mark.parametrize(
    "change",
    [
        {"workspace_id": OTHER_WS},
        {"kind": "user"},
        {"object_id": "obj-2"},
        {"field": "email"},
    ],
)
def test_copied_to_another_place_fails(cipher: AESGCM, change: dict[str, str]) -> None:
    sealed = aead.seal(cipher, 1, b"secret", aead.field_aad(**PLACE))
    with pytest.raises(DecryptionFailed) as info:
        aead.open_sealed(cipher, sealed, aead.field_aad(**{**PLACE, **change}))
    assert info.value.code == "decryption_failed"


def test_every_tampered_byte_fails(cipher: AESGCM) -> None:
    ad = aead.field_aad(**PLACE)
    sealed = aead.seal(cipher, 1, b"top secret value", ad)
    for i in range(len(sealed)):
        tampered = bytearray(sealed)
        tampered[i] ^= 0x01
        with pytest.raises(DecryptionFailed):
            aead.open_sealed(cipher, bytes(tampered), ad)


def test_truncated_and_malformed(cipher: AESGCM) -> None:
    ad = aead.field_aad(**PLACE)
    sealed = aead.seal(cipher, 1, b"value", ad)
    for bad in (b"", sealed[:10], sealed[: aead.OVERHEAD - 1], sealed[:-1]):
        with pytest.raises(DecryptionFailed):
            aead.open_sealed(cipher, bad, ad)
    with pytest.raises(DecryptionFailed):
        aead.sealed_version(b"\x00" * 40)
    with pytest.raises(DecryptionFailed):
        aead.sealed_version(bytes([aead.FORMAT_V1, 0, 0, 0, 0]) + b"\x00" * 40)


def test_wrong_key_fails() -> None:
    ad = aead.field_aad(**PLACE)
    sealed = aead.seal(aead.new_aead(os.urandom(32)), 1, b"value", ad)
    with pytest.raises(DecryptionFailed):
        aead.open_sealed(aead.new_aead(os.urandom(32)), sealed, ad)


def test_context_encoding_is_injective() -> None:
    assert encode_context("l", "ab", "c") != encode_context("l", "a", "bc")
    assert encode_context("l", "a|b") != encode_context("l", "a", "b")
    assert encode_context("l", 1) != encode_context("l", "1", "")
    assert encode_context("x", "a") != encode_context("y", "a")
    assert aead.field_aad(workspace_id="w", kind="k:o", object_id="f", field="x") != (
        aead.field_aad(workspace_id="w", kind="k", object_id="o:f", field="x")
    )


def test_empty_context_parts_are_refused() -> None:
    with pytest.raises(ValueError, match="field"):
        aead.field_aad(workspace_id=WS, kind="contact", object_id="1", field="")
    with pytest.raises(ValueError, match="32-byte"):
        aead.new_aead(b"short")


@pytest.mark.parametrize("object_id", ["obj-1", "é" * 40, "0190f0a0-0000-7000-8000-00000000000f"])
def test_field_aad_for_many_objects_is_field_aad(object_id: str) -> None:
    shared = {"workspace_id": WS, "kind": "call", "field": "caller_number"}
    aad = aead.field_aad_for(**shared)
    assert aad(object_id) == aead.field_aad(**shared, object_id=object_id)
    assert aad(object_id) != aead.field_aad(**shared, object_id=object_id + "x")


def test_field_aad_for_refuses_empty_parts() -> None:
    with pytest.raises(ValueError, match="kind"):
        aead.field_aad_for(workspace_id=WS, kind="", field="notes")
    with pytest.raises(ValueError, match="object_id"):
        aead.field_aad_for(workspace_id=WS, kind="call", field="notes")("")
