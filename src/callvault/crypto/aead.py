"""AES-256-GCM sealing of single fields (the small secrets stored in database rows).

Sealed format (version 1)::

    0xC1 | u32 DEK version (big-endian) | 96-bit random nonce | ciphertext || 128-bit tag

The associated data is the 5-byte header followed by the canonical encoding of workspace id,
object kind, object id and field name: a ciphertext copied to another row, field or workspace,
or given another DEK version, fails to open.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from callvault.crypto.context import encode_context
from callvault.crypto.errors import DecryptionFailed

FORMAT_V1 = 0xC1
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_SIZE = 32
_HEADER = struct.Struct(">BI")
_LENGTH = struct.Struct(">I")  # a part's length prefix in `encode_context`
HEADER_SIZE = _HEADER.size
OVERHEAD = HEADER_SIZE + NONCE_SIZE + TAG_SIZE
MAX_VERSION = 2**32 - 1


def field_aad(*, workspace_id: str, kind: str, object_id: str, field: str) -> bytes:
    """The associated data binding a sealed field to its place; every part must be non-empty."""
    for name, value in (
        ("workspace_id", workspace_id),
        ("kind", kind),
        ("object_id", object_id),
        ("field", field),
    ):
        if not value:
            raise ValueError(f"{name} must not be empty in a field context")
    return encode_context("callvault.field.v1", workspace_id, kind, object_id, field)


def field_aad_for(*, workspace_id: str, kind: str, field: str) -> Callable[[str], bytes]:
    """`field_aad` for many objects of one kind and field: the parts shared by every object
    are checked and encoded once (the encoding is a concatenation of length-prefixed parts,
    so the bytes are exactly `field_aad`'s)."""
    field_aad(workspace_id=workspace_id, kind=kind, object_id="-", field=field)  # checks
    prefix = encode_context("callvault.field.v1", workspace_id, kind)
    suffix = encode_context(field)  # one length-prefixed part, like every other
    pack = _LENGTH.pack

    def aad(object_id: str) -> bytes:
        if not object_id:
            raise ValueError("object_id must not be empty in a field context")
        raw = object_id.encode("utf-8")
        return prefix + pack(len(raw)) + raw + suffix

    return aad


def new_aead(key: bytes) -> AESGCM:
    if len(key) != KEY_SIZE:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    return AESGCM(key)


def seal(aead: AESGCM, version: int, plaintext: bytes, aad: bytes) -> bytes:
    """Seal plaintext under the DEK of the given version with a fresh random nonce."""
    if not 1 <= version <= MAX_VERSION:
        raise ValueError("DEK version out of range")
    header = _HEADER.pack(FORMAT_V1, version)
    nonce = os.urandom(NONCE_SIZE)
    return header + nonce + aead.encrypt(nonce, plaintext, header + aad)


def sealed_version(sealed: bytes) -> int:
    """The DEK version a sealed value names; raises DecryptionFailed if it is not one."""
    if len(sealed) < OVERHEAD:
        raise DecryptionFailed("sealed value is too short")
    fmt, version = _HEADER.unpack_from(sealed)
    if fmt != FORMAT_V1:
        raise DecryptionFailed("sealed value has an unknown format")
    if version < 1:
        raise DecryptionFailed("sealed value names an invalid key version")
    return int(version)


def open_sealed(aead: AESGCM, sealed: bytes, aad: bytes) -> bytes:
    """Open a sealed value with the DEK its header names (the caller picked `aead` by it)."""
    sealed_version(sealed)
    return open_checked(aead, sealed, aad)


def open_checked(aead: AESGCM, sealed: bytes, aad: bytes) -> bytes:
    """`open_sealed` for a value whose header the caller has just read with `sealed_version`
    (to pick `aead`): a page's openers check each header once, not twice."""
    header = bytes(sealed[:HEADER_SIZE])
    nonce = bytes(sealed[HEADER_SIZE : HEADER_SIZE + NONCE_SIZE])
    try:
        return aead.decrypt(nonce, sealed[HEADER_SIZE + NONCE_SIZE :], header + aad)
    except InvalidTag:
        raise DecryptionFailed(
            "sealed value failed authentication (tampered, or not sealed for this place)"
        ) from None
