"""What authenticates the cluster anchor's objects (ADR 0049): a MAC key the database never
holds. A port, so the audit side depends on no KMS: Vault transit's HMAC (the key never
leaves Vault; crypto/vault_hmac.py) fits it as is, and the embedded HMAC key file beside the
keyring (file_anchor.py) through `LocalAnchorMac`."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from callvault.audit.file_anchor import load_or_create_key

_LOCAL = "hmac-sha256:"


class AnchorMac(Protocol):
    def sign(self, messages: Sequence[bytes]) -> list[str]:
        """One MAC per message, in order."""
        ...

    def verify(self, pairs: Sequence[tuple[bytes, str]]) -> list[bool]:
        """Whether each (message, MAC) pair holds."""
        ...


class LocalAnchorMac:
    """HMAC-SHA256 under the anchor key file (mode 0600, made on first use)."""

    def __init__(self, key_path: Path) -> None:
        self._key = load_or_create_key(key_path)

    def sign(self, messages: Sequence[bytes]) -> list[str]:
        return [_LOCAL + self._mac(m) for m in messages]

    def verify(self, pairs: Sequence[tuple[bytes, str]]) -> list[bool]:
        return [
            mac.startswith(_LOCAL)
            and hmac.compare_digest(mac[len(_LOCAL) :].encode(), self._mac(m).encode())
            for m, mac in pairs
        ]

    def _mac(self, message: bytes) -> str:
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()
