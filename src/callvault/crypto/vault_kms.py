"""A `KmsProvider` over a Vault-compatible transit secrets engine (OpenBao, HashiCorp Vault).

Each ref is one transit key (aes256-gcm96, ``derived``: every wrap's context is the key
derivation context, so a blob opens only with the context it was made with). Root keys never
leave Vault; callvault sends data keys to be wrapped and unwrapped. Names: vault_names.py.

Transit "upserts": an encrypt for a missing key creates it. Every wrap therefore reads the key
first, and the token's policy should not grant ``create`` on ``encrypt/`` (README), so a wrap
racing a destroy can never bring the key back.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from callvault.crypto.errors import (
    DecryptionFailed,
    KeyDestroyed,
    KeyExists,
    KeyNotFound,
    KeyVersionRetired,
    KmsUnavailable,
)
from callvault.crypto.kms import validate_ref
from callvault.crypto.vault_client import VaultClient, errors_text
from callvault.crypto.vault_hmac import VaultHmacKey
from callvault.crypto.vault_names import (
    key_name,
    purpose_key_name,
    tombstone_name,
    validate_prefix,
)

_MOUNT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_/-]{0,127}")
_CIPHERTEXT = re.compile(r"vault:v([1-9][0-9]*):([A-Za-z0-9+/=]+)")
_KEY_SPEC = {"type": "aes256-gcm96", "derived": True}


def validate_mount(mount: str) -> str:
    mount = mount.strip("/")
    if not _MOUNT.fullmatch(mount) or "//" in mount:
        raise ValueError(f"invalid transit mount path {mount!r}")
    return mount


class VaultTransitKms:
    """Versioned KEKs in one transit mount, under one name prefix per installation."""

    def __init__(self, client: VaultClient, *, mount: str = "transit", prefix: str = "callvault"):
        self.client = client
        self.mount = validate_mount(mount)
        self.prefix = validate_prefix(prefix)

    def close(self) -> None:
        self.client.close()

    def check(self) -> None:
        """Start-up check: Vault answers, the token is valid and transit is mounted at
        `mount`; KmsUnavailable with one clear message otherwise."""
        self.client.check_token()
        status, body = self.client.call(
            "GET", f"{self.mount}/keys/{self._name('system')}", retry=True
        )
        if status == 404 and body.get("errors"):  # "no handler for route": nothing mounted
            raise KmsUnavailable(self._unmounted(), mount=self.mount)
        if status not in (200, 404):
            raise KmsUnavailable(
                f"transit at {self.mount!r} answered {status}: {errors_text(body)}"
            )

    def hmac_key(self, purpose: str) -> VaultHmacKey:
        """The installation's MAC key for this purpose ("anchor"), created if missing; it
        never leaves Vault (ADR 0049)."""
        key = VaultHmacKey(
            self.client, mount=self.mount, name=purpose_key_name(self.prefix, purpose)
        )
        key.ensure()
        return key

    # -- KmsProvider -------------------------------------------------------------------------

    def create_key(self, ref: str) -> None:
        validate_ref(ref)
        if self._tombstoned(ref):
            raise KeyDestroyed("a destroyed key is never re-created", ref=ref)
        if self._read(ref) is not None:
            raise KeyExists("the key already exists", ref=ref)
        self._expect(self._post(f"keys/{self._name(ref)}", _KEY_SPEC), "create", ref)
        if self._tombstoned(ref):  # destroyed while we created it: the tombstone wins
            self._delete(self._name(ref))
            raise KeyDestroyed("a destroyed key is never re-created", ref=ref)

    def rotate_key(self, ref: str) -> int:
        self._live(ref)
        status, body = self.client.call(
            "POST", f"{self.mount}/keys/{self._name(ref)}/rotate", {}, retry=False
        )
        if status == 200 and "latest_version" in (body.get("data") or {}):
            return int(body["data"]["latest_version"])
        self._expect((status, body), "rotate", ref)
        return int(self._live(ref)["latest_version"])  # servers that answer 204

    def wrap(self, ref: str, plaintext: bytes, context: bytes) -> tuple[int, bytes]:
        self._live(ref)  # never let transit's upsert create a key here
        status, body = self._post(
            f"encrypt/{self._name(ref)}", {"plaintext": _b64(plaintext), "context": _b64(context)}
        )
        self._expect((status, body), "wrap", ref)
        match = _CIPHERTEXT.fullmatch(str((body.get("data") or {}).get("ciphertext", "")))
        if match is None:
            raise KmsUnavailable("transit returned a ciphertext of an unknown form", ref=ref)
        return int(match.group(1)), base64.b64decode(match.group(2))

    def unwrap(self, ref: str, version: int, blob: bytes, context: bytes) -> bytes:
        key = self._live(ref)
        if version < int(key["min_decryption_version"]):
            raise KeyVersionRetired("key version was retired", ref=ref, version=version)
        if str(version) not in (key.get("keys") or {}):
            raise KeyNotFound("unknown key version", ref=ref, version=version)
        status, body = self._post(
            f"decrypt/{self._name(ref)}",
            {"ciphertext": f"vault:v{version}:{_b64(blob)}", "context": _b64(context)},
        )
        if status == 400:  # bad tag, wrong context, truncated: Vault says no more than that
            raise DecryptionFailed("wrapped key failed authentication", ref=ref)
        self._expect((status, body), "unwrap", ref)
        return base64.b64decode((body.get("data") or {}).get("plaintext") or "")

    def retire_versions_below(self, ref: str, version: int) -> None:
        key = self._live(ref)
        # Done once the material is trimmed; a retirement stopped between the two steps
        # below is finished by the next call.
        if version <= max(int(key["min_available_version"]), 1):
            return
        if version > int(key["latest_version"]):
            raise ValueError("cannot retire the newest key version")
        name = self._name(ref)
        if version > int(key["min_decryption_version"]):
            self._expect(
                self._post(
                    f"keys/{name}/config",
                    {"min_decryption_version": version, "min_encryption_version": version},
                ),
                "retire",
                ref,
            )
        # trim deletes the versions' material from storage: config alone only hides them.
        self._expect(
            self._post(f"keys/{name}/trim", {"min_available_version": version}), "trim", ref
        )

    def destroy_key(self, ref: str) -> None:
        """Tombstone first, then delete: a crash in between leaves a key that every call
        already treats as destroyed, and the retried destroy deletes it."""
        validate_ref(ref)
        self._expect(self._post(f"keys/{tombstone_name(self.prefix, ref)}", {}), "destroy", ref)
        name = self._name(ref)
        status, body = self._post(f"keys/{name}/config", {"deletion_allowed": True})
        if status == 400 and "no existing key" in errors_text(body):
            return  # already deleted, or never made
        self._expect((status, body), "destroy", ref)
        self._delete(name)

    def key_versions(self, ref: str) -> list[int]:
        key = self._live(ref)
        low = int(key["min_decryption_version"])
        return sorted(v for v in map(int, key.get("keys") or {}) if v >= low)

    def exists(self, ref: str) -> bool:
        validate_ref(ref)
        return self._read(ref) is not None and not self._tombstoned(ref)

    # -- internals ---------------------------------------------------------------------------

    def _unmounted(self) -> str:
        return (
            f"no transit secrets engine is mounted at {self.mount!r} on {self.client.url} "
            f"(`bao secrets enable -path={self.mount} transit`, or set vault_transit_mount)"
        )

    def _name(self, ref: str) -> str:
        return key_name(self.prefix, ref)

    def _post(self, path: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        # Every POST here is safe to repeat (config, trim, create and delete are idempotent;
        # a repeated encrypt only makes another valid blob); only rotate is not retried.
        return self.client.call("POST", f"{self.mount}/{path}", payload, retry=True)

    def _read(self, ref: str) -> dict[str, Any] | None:
        return self._read_name(self._name(ref), ref)

    def _read_name(self, name: str, ref: str) -> dict[str, Any] | None:
        status, body = self.client.call("GET", f"{self.mount}/keys/{name}", retry=True)
        if status == 404 and body.get("errors"):  # not a missing key: no transit mount here
            raise KmsUnavailable(self._unmounted(), mount=self.mount)
        if status == 404:
            return None
        self._expect((status, body), "read", ref)
        data = body.get("data")
        if not isinstance(data, dict):
            raise KmsUnavailable("transit returned a key without data", ref=ref)
        return data

    def _tombstoned(self, ref: str) -> bool:
        return self._read_name(tombstone_name(self.prefix, ref), ref) is not None

    def _live(self, ref: str) -> dict[str, Any]:
        validate_ref(ref)
        key = self._read(ref)
        # The tombstone is read even for a key that exists: a destroy stopped between its
        # tombstone and its delete has still destroyed the key.
        if self._tombstoned(ref):
            raise KeyDestroyed("the key was destroyed", ref=ref)
        if key is None:
            raise KeyNotFound("no such key", ref=ref)
        return key

    def _delete(self, name: str) -> None:
        status, body = self.client.call("DELETE", f"{self.mount}/keys/{name}", retry=True)
        if status not in (200, 204) and "not found" not in errors_text(body):
            raise KmsUnavailable(f"transit refused to delete a key ({status}: {errors_text(body)})")

    @staticmethod
    def _expect(answer: tuple[int, dict[str, Any]], what: str, ref: str) -> None:
        status, body = answer
        if status not in (200, 204):
            raise KmsUnavailable(
                f"transit refused to {what} the key ({status}: {errors_text(body)})", ref=ref
            )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
