"""A workspace's view of its keys: seal and open fields, blind indexes, blob stream keys."""

from __future__ import annotations

import threading
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from callvault.crypto import aead
from callvault.crypto.blind_index import blind_index
from callvault.crypto.models import Purpose

# (purpose, version) -> DEK material; raises KeyDestroyed, DecryptionFailed for unknown versions.
MaterialSource = Callable[[str, int], bytes]


def derive_subkey(dek: bytes, label: str) -> bytes:
    """Separate keys per use from one DEK, so field AEAD and blob streams never share a key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode()).derive(dek)


class WorkspaceCipher:
    """Obtained from `Keyring.cipher` for one transaction; thread-safe; new writes use the
    newest active content key, reads use the version the ciphertext names."""

    def __init__(
        self,
        *,
        workspace_id: str,
        content_version: int,
        index_version: int,
        material: MaterialSource,
        check_alive: Callable[[], None],
    ) -> None:
        self._workspace_id = workspace_id
        self._content_version = content_version
        self._index_version = index_version
        self._material = material
        self._check_alive = check_alive
        self._lock = threading.Lock()
        self._field_aeads: dict[int, AESGCM] = {}
        self._stream_keys: dict[int, bytes] = {}
        self._index_key: bytes | None = None

    @property
    def workspace_id(self) -> str:
        return self._workspace_id

    @property
    def content_version(self) -> int:
        """The DEK version new ciphertexts are sealed under."""
        return self._content_version

    def seal(self, plaintext: bytes, *, kind: str, object_id: str, field: str) -> bytes:
        """Seal bytes for one field of one object in this workspace."""
        version = self._content_version
        ad = self._aad(kind, object_id, field)
        return aead.seal(self._field_aead(version), version, plaintext, ad)

    def open(self, sealed: bytes, *, kind: str, object_id: str, field: str) -> bytes:
        """Open what `seal` produced for the same kind, object id and field."""
        version = aead.sealed_version(sealed)
        ad = self._aad(kind, object_id, field)
        return aead.open_sealed(self._field_aead(version), sealed, ad)

    def seal_text(self, text: str, *, kind: str, object_id: str, field: str) -> bytes:
        return self.seal(text.encode("utf-8"), kind=kind, object_id=object_id, field=field)

    def open_text(self, sealed: bytes, *, kind: str, object_id: str, field: str) -> str:
        raw = self.open(sealed, kind=kind, object_id=object_id, field=field)
        return raw.decode("utf-8")

    def text_opener(self, *, kind: str, field: str) -> Callable[[str, bytes], str]:
        """`open_text` for many objects of one kind and field (a page of a list): the
        liveness check, the associated data's shared parts and each version's AEAD are set
        up once per page instead of once per value; every value is still opened under its
        own object id, so a ciphertext moved to another row fails exactly as before."""
        self._check_alive()
        aad = aead.field_aad_for(workspace_id=self._workspace_id, kind=kind, field=field)
        by_version: dict[int, AESGCM] = {}

        def open_text(object_id: str, sealed: bytes) -> str:
            version = aead.sealed_version(sealed)
            cipher = by_version.get(version)
            if cipher is None:
                cipher = by_version[version] = self._field_aead(version)
            return aead.open_checked(cipher, sealed, aad(object_id)).decode("utf-8")

        return open_text

    def blind_index(self, value: str, *, field: str) -> str:
        """Stable keyed index of a (normalised) value for exact look-ups."""
        self._check_alive()
        with self._lock:
            key = self._index_key
        if key is None:
            key = self._material(Purpose.INDEX, self._index_version)
            with self._lock:
                self._index_key = key
        return blind_index(key, workspace_id=self._workspace_id, field=field, value=value)

    def stream_key(self) -> tuple[int, bytes]:
        """(version, key) to encrypt a new blob with."""
        version = self._content_version
        return version, self.stream_key_for(version)

    def stream_key_for(self, version: int) -> bytes:
        """The blob stream key of a DEK version (named in the blob's header)."""
        self._check_alive()
        with self._lock:
            key = self._stream_keys.get(version)
        if key is None:
            dek = self._material(Purpose.CONTENT, version)
            key = derive_subkey(dek, "callvault.blob-stream.v1")
            with self._lock:
                self._stream_keys[version] = key
        return key

    def _field_aead(self, version: int) -> AESGCM:
        self._check_alive()
        with self._lock:
            cipher = self._field_aeads.get(version)
        if cipher is None:
            key = derive_subkey(self._material(Purpose.CONTENT, version), "callvault.field.v1")
            cipher = aead.new_aead(key)
            with self._lock:
                self._field_aeads[version] = cipher
        return cipher

    def _aad(self, kind: str, object_id: str, field: str) -> bytes:
        return aead.field_aad(
            workspace_id=self._workspace_id, kind=kind, object_id=object_id, field=field
        )
