"""The port to key-encryption-key (KEK) providers, modelled on HashiCorp Vault transit.

A provider holds named, versioned root keys that never leave it; callvault only asks it to wrap
and unwrap data keys. Refs name one key per workspace (``"ws:<workspace_id>"``) and one for
system secrets (``"system"``). The embedded provider is `callvault.crypto.local_kms.LocalFileKms`;
cluster mode's is `callvault.crypto.vault_kms.VaultTransitKms` (OpenBao/Vault transit, ADR 0047);
cloud KMSs (AWS, Google Cloud) would implement the same protocol.
"""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

SYSTEM_REF = "system"
_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._-]{0,127}")


def workspace_ref(workspace_id: str) -> str:
    """The KMS key ref that holds a workspace's root key."""
    return validate_ref(f"ws:{workspace_id}")


def validate_ref(ref: str) -> str:
    if not _REF.fullmatch(ref):
        raise ValueError(f"invalid KMS key ref {ref!r}")
    return ref


@runtime_checkable
class KmsProvider(Protocol):
    """Versioned KEKs by ref. Errors: KeyNotFound, KeyExists, KeyDestroyed, KeyVersionRetired,
    DecryptionFailed (all from callvault.crypto.errors)."""

    def create_key(self, ref: str) -> None:
        """Create version 1. KeyExists if live; KeyDestroyed if ever destroyed (refs are never
        reused, so a shredded workspace can never be brought back by a stray create)."""
        ...

    def rotate_key(self, ref: str) -> int:
        """Add a new version, used by every later wrap; return its number."""
        ...

    def wrap(self, ref: str, plaintext: bytes, context: bytes) -> tuple[int, bytes]:
        """Encrypt plaintext under the newest version, bound to context; return (version, blob)."""
        ...

    def unwrap(self, ref: str, version: int, blob: bytes, context: bytes) -> bytes:
        """Decrypt a blob wrapped under version with the same context."""
        ...

    def retire_versions_below(self, ref: str, version: int) -> None:
        """Destroy the material of every version below `version` (which must exist)."""
        ...

    def destroy_key(self, ref: str) -> None:
        """Crypto-shred: destroy all material, keep a tombstone. Idempotent once destroyed."""
        ...

    def key_versions(self, ref: str) -> list[int]:
        """Live versions, ascending. KeyDestroyed for a tombstone, KeyNotFound if never made."""
        ...

    def exists(self, ref: str) -> bool:
        """True when the key is live (neither missing nor destroyed)."""
        ...
