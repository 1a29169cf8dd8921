"""A MAC key that never leaves Vault: transit's `hmac` and `verify` endpoints (ADR 0049).

One non-exportable transit key per purpose (``<prefix>.<purpose>``, vault_names.py), made on
first use. Callers send messages and get ``vault:vN:…`` MACs back, or send (message, MAC)
pairs and learn which hold; batches are one request each. Whoever holds the token can ask
for MACs while they hold it, but nobody, the servers included, can copy the key away.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from typing import Any

from callvault.crypto.errors import KmsUnavailable
from callvault.crypto.vault_client import VaultClient, errors_text

# Vault's own MAC form; anything else cannot be genuine and is never sent.
_MAC = re.compile(r"vault:v[1-9][0-9]{0,9}:[A-Za-z0-9+/]+={0,2}")
# Vault refuses a JSON body of more than 1000 strings (max_request_json_strings): a verify
# item is four (two keys, two values).
BATCH = 200


class VaultHmacKey:
    """HMAC-SHA256 under one transit key (created non-exportable when missing)."""

    def __init__(self, client: VaultClient, *, mount: str, name: str) -> None:
        self.client = client
        self.mount = mount
        self.name = name

    def ensure(self) -> None:
        """Create the key unless it exists (start-up); KmsUnavailable if Vault refuses."""
        status, body = self.client.call("GET", f"{self.mount}/keys/{self.name}", retry=True)
        if status == 200:
            return
        if status == 404 and not body.get("errors"):
            status, body = self.client.call(
                "POST",
                f"{self.mount}/keys/{self.name}",
                {"type": "aes256-gcm96", "exportable": False, "allow_plaintext_backup": False},
                retry=True,
            )
            if status in (200, 204):
                return
        raise KmsUnavailable(
            f"transit at {self.mount!r} refused the MAC key {self.name!r} "
            f"({status}: {errors_text(body)})"
        )

    def sign(self, messages: Sequence[bytes]) -> list[str]:
        """One MAC per message, in order."""
        macs: list[str] = []
        for start in range(0, len(messages), BATCH):
            batch = [{"input": _b64(m)} for m in messages[start : start + BATCH]]
            results = self._batch("hmac", batch)
            for item in results:
                mac = item.get("hmac") if isinstance(item, dict) else None
                if not isinstance(mac, str) or not _MAC.fullmatch(mac):
                    raise KmsUnavailable(f"transit returned no MAC for {self.name!r}")
                macs.append(mac)
        return macs

    def verify(self, pairs: Sequence[tuple[bytes, str]]) -> list[bool]:
        """Whether each MAC is this key's MAC of its message."""
        valid = [bool(_MAC.fullmatch(mac)) for _, mac in pairs]
        sent = [i for i, ok in enumerate(valid) if ok]
        for start in range(0, len(sent), BATCH):
            chunk = sent[start : start + BATCH]
            batch = [{"input": _b64(pairs[i][0]), "hmac": pairs[i][1]} for i in chunk]
            results = self._batch("verify", batch)
            for i, item in zip(chunk, results, strict=True):
                valid[i] = isinstance(item, dict) and item.get("valid") is True
        return valid

    def _batch(self, endpoint: str, batch: list[dict[str, str]]) -> list[Any]:
        # Both are pure functions of the key: safe to repeat after a lost connection.
        status, body = self.client.call(
            "POST", f"{self.mount}/{endpoint}/{self.name}", {"batch_input": batch}, retry=True
        )
        results = (body.get("data") or {}).get("batch_results")
        # A batch whose every item failed (e.g. MACs of an unknown key version) answers 400
        # with the per-item errors: still an answer about each item.
        if status in (200, 400) and isinstance(results, list) and len(results) == len(batch):
            return results
        raise KmsUnavailable(
            f"transit refused to {endpoint} with {self.name!r} ({status}: {errors_text(body)})"
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
