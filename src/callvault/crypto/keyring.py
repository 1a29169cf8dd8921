"""The keyring: workspace data keys wrapped by KMS keys, unwrapped lazily and cached briefly.

Each workspace has a KMS key (``ws:<id>``) and DEK rows in ``data_keys``: versioned content
keys (the newest active one seals, older ones are decrypt-only) and one blind-index key that is
never rotated. System secrets (the audit chain key…) are DEKs under the ``system`` KMS key.
Unwrapped DEKs, and with invalidation epochs each workspace's cipher, stay in memory for
`cache_ttl_seconds`; with epochs, any change to a workspace's keys committed in any process
(rotation, shred) voids them at once (ADR 0017). Without epochs, the TTL alone bounds how long
another process may keep reading a workspace after it was shredded elsewhere.
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.errors import (
    KeyDestroyed,
    KeyExists,
    KeyNotFound,
    RotationIncomplete,
    WorkspaceKeysMissing,
)
from callvault.crypto.kms import SYSTEM_REF, KmsProvider, workspace_ref
from callvault.crypto.models import (
    SYSTEM_PURPOSE_PREFIX,
    SYSTEM_SCOPE,
    DataKey,
    DataKeyStatus,
    Purpose,
)
from callvault.crypto.rotation import RotationReport, due_workspaces, rotate_scope
from callvault.crypto.unwrap import (
    CommittedKeys,
    DekCache,
    MaterialSource,
    WrappedKey,
    dek_context,
    load_keys,
    session_engine,
)
from callvault.db.engine import Database
from callvault.epochs.cache import StampedCache
from callvault.epochs.port import Epochs

log = logging.getLogger(__name__)

DEK_BYTES = 32
_SYSTEM_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,55}")


@dataclass(frozen=True, slots=True)
class DataKeyInfo:
    purpose: str
    version: int
    kek_version: int
    status: str
    created_at: datetime
    age: timedelta


@dataclass(frozen=True, slots=True)
class WorkspaceKeyStatus:
    """Admin summary of a workspace's keys (no material)."""

    workspace_id: str
    destroyed: bool
    kek_versions: tuple[int, ...]
    content_version: int | None
    content_age: timedelta | None
    keys: tuple[DataKeyInfo, ...]


class Keyring:
    """Envelope encryption for workspaces and system secrets over a `KmsProvider`."""

    def __init__(
        self,
        kms: KmsProvider,
        *,
        cache_ttl_seconds: float = 60,
        epochs: Epochs | None = None,
        max_cached_workspaces: int = 1024,
    ) -> None:
        self.kms = kms
        self._epochs = epochs
        self._cache = DekCache(cache_ttl_seconds, epochs)
        # Ciphers are only cached where an epoch can void them in every process at once: give
        # epochs only with `epochs.commit_watch` installed on the database (wiring.build).
        self._ciphers: StampedCache[tuple[str, str], WorkspaceCipher] | None = None
        if epochs is not None and cache_ttl_seconds > 0:
            self._ciphers = StampedCache(
                epochs, ttl=cache_ttl_seconds, max_entries=max_cached_workspaces
            )
        self._committed = CommittedKeys()
        self._shredded: set[str] = set()
        self._lock = threading.Lock()

    def close(self) -> None:
        self._committed.close()

    # -- workspaces ------------------------------------------------------------------------

    def create_workspace_keys(self, session: Session, workspace_id: str) -> None:
        """Create the workspace's KMS key, its first content DEK and its blind-index key."""
        _check_workspace_id(workspace_id)
        if load_keys(session, workspace_id):
            raise KeyExists("the workspace already has data keys", workspace_id=workspace_id)
        ref = workspace_ref(workspace_id)
        with contextlib.suppress(KeyExists):  # made by an attempt that rolled back
            self.kms.create_key(ref)
        for purpose in (Purpose.CONTENT, Purpose.INDEX):
            self._add_key(session, workspace_id, ref, purpose, 1)

    def cipher(self, session: Session, workspace_id: str) -> WorkspaceCipher:
        """The workspace's cipher (KeyDestroyed once shredded). With epochs it is shared by
        every transaction of this process until the workspace's keys change anywhere."""
        _check_workspace_id(workspace_id)
        self._check_alive(workspace_id)
        if self._ciphers is None:
            return self._new_cipher(session, workspace_id, load_keys(session, workspace_id))
        key = (str(session_engine(session).url), workspace_id)
        cached = self._ciphers.get(key)
        if cached is not None:
            return cached
        stamp = self._ciphers.stamp(workspace_id)  # before the read: see StampedCache
        keys = self._committed.load(session, workspace_id)
        if not keys:
            # Created or changed by the caller's own transaction (a new workspace), or gone:
            # what the caller sees is not cached.
            return self._new_cipher(session, workspace_id, load_keys(session, workspace_id))
        cipher = self._new_cipher(session, workspace_id, keys)
        self._ciphers.put(key, workspace_id, cipher, stamp)
        return cipher

    def _new_cipher(
        self, session: Session, workspace_id: str, keys: list[WrappedKey]
    ) -> WorkspaceCipher:
        ref = workspace_ref(workspace_id)
        if not keys:
            self._raise_missing(ref, workspace_id)
        active = [
            k.version
            for k in keys
            if k.purpose == Purpose.CONTENT and k.status == DataKeyStatus.ACTIVE
        ]
        index = [k.version for k in keys if k.purpose == Purpose.INDEX]
        if not active or not index:
            raise WorkspaceKeysMissing(
                "the workspace lacks an active content key or an index key",
                workspace_id=workspace_id,
            )
        source = self._source(session, workspace_id, ref, keys)
        return WorkspaceCipher(
            workspace_id=workspace_id,
            content_version=max(active),
            index_version=max(index),
            material=source.material,
            check_alive=lambda: self._check_alive(workspace_id),
        )

    def shred_workspace(self, session: Session, workspace_id: str) -> None:
        """Crypto-shred: destroy the KMS key first, then the wrapped DEKs and cached keys."""
        _check_workspace_id(workspace_id)
        self.kms.destroy_key(workspace_ref(workspace_id))
        with self._lock:
            self._shredded.add(workspace_id)
        self._cache.drop_scope(workspace_id)
        if self._epochs is not None:
            # The KMS key is gone now, whatever becomes of this transaction: void every
            # process's cached keys at once (the deletion below bumps again on commit).
            self._epochs.bump([workspace_id])
        session.execute(delete(DataKey).where(DataKey.workspace_id == workspace_id))
        log.info("workspace keys destroyed", extra={"workspace_id": workspace_id})

    def is_destroyed(self, workspace_id: str) -> bool:
        """True only when the KMS holds a tombstone for the workspace's key (a key that is
        merely missing, say under the wrong keyring file, is not destroyed)."""
        _check_workspace_id(workspace_id)
        with self._lock:
            if workspace_id in self._shredded:
                return True
        try:
            self.kms.key_versions(workspace_ref(workspace_id))
        except KeyDestroyed:
            return True
        except KeyNotFound:
            return False
        return False

    def status(self, session: Session, workspace_id: str) -> WorkspaceKeyStatus:
        """Versions and ages of the workspace's keys, for an admin view."""
        _check_workspace_id(workspace_id)
        try:
            kek_versions = tuple(self.kms.key_versions(workspace_ref(workspace_id)))
        except KeyDestroyed:
            return WorkspaceKeyStatus(workspace_id, True, (), None, None, ())
        except KeyNotFound:
            kek_versions = ()
        now = utcnow()
        rows = sorted(load_keys(session, workspace_id), key=lambda k: (k.purpose, k.version))
        keys = tuple(
            DataKeyInfo(
                purpose=k.purpose,
                version=k.version,
                kek_version=k.kek_version,
                status=k.status,
                created_at=k.created_at,
                age=now - k.created_at,
            )
            for k in rows
        )
        content = [k for k in keys if k.purpose == Purpose.CONTENT]
        newest = max(content, key=lambda k: k.version) if content else None
        return WorkspaceKeyStatus(
            workspace_id=workspace_id,
            destroyed=False,
            kek_versions=kek_versions,
            content_version=newest.version if newest else None,
            content_age=newest.age if newest else None,
            keys=keys,
        )

    # -- rotation --------------------------------------------------------------------------

    def rotate_workspace(
        self, db: Database, workspace_id: str, *, batch_size: int = 200
    ) -> RotationReport:
        """New KEK and content DEK versions, re-wrap every DEK, retire the old KEK versions.

        Content is never touched; sealing and opening go on meanwhile (readers holding a wrap
        made under a retired KEK version re-read it)."""
        _check_workspace_id(workspace_id)
        self._check_alive(workspace_id)
        ref = workspace_ref(workspace_id)
        with db.read() as session:
            if not load_keys(session, workspace_id, Purpose.CONTENT):
                self._raise_missing(ref, workspace_id)
        return rotate_scope(
            db,
            self.kms,
            scope=workspace_id,
            ref=ref,
            new_dek=lambda: secrets.token_bytes(DEK_BYTES),
            add_content_version=True,
            batch_size=batch_size,
        )

    def rotate_system(self, db: Database, *, batch_size: int = 200) -> RotationReport:
        """Rotate the system KEK and re-wrap system secrets (whose values never change)."""
        if not self.kms.exists(SYSTEM_REF):
            raise KeyNotFound("no system key to rotate", ref=SYSTEM_REF)
        return rotate_scope(
            db,
            self.kms,
            scope=SYSTEM_SCOPE,
            ref=SYSTEM_REF,
            new_dek=lambda: secrets.token_bytes(DEK_BYTES),
            add_content_version=False,
            batch_size=batch_size,
        )

    def rotate_due(self, db: Database, *, max_age: timedelta) -> list[RotationReport]:
        """Rotate every workspace whose newest content DEK is older than max_age."""
        reports: list[RotationReport] = []
        failed: dict[str, str] = {}
        for workspace_id in due_workspaces(db, cutoff=utcnow() - max_age):
            try:
                reports.append(self.rotate_workspace(db, workspace_id))
            except KeyDestroyed:
                log.info("skipping shredded workspace", extra={"workspace_id": workspace_id})
            except Exception as exc:
                # One broken workspace must not keep the others from rotating.
                log.exception("key rotation failed", extra={"workspace_id": workspace_id})
                failed[workspace_id] = str(getattr(exc, "code", type(exc).__name__))
        if failed:
            raise RotationIncomplete(
                f"key rotation failed for {len(failed)} workspace(s)",
                failed=failed,
                rotated=[r.workspace_id for r in reports],
            )
        return reports

    # -- system secrets --------------------------------------------------------------------

    def system_key(self, session: Session, name: str) -> bytes:
        """A 32-byte system secret, created on first use (which needs a write session)."""
        if not _SYSTEM_NAME.fullmatch(name):
            raise ValueError(f"invalid system key name {name!r}")
        purpose = SYSTEM_PURPOSE_PREFIX + name
        keys = load_keys(session, SYSTEM_SCOPE, purpose, 1)
        if not keys:
            if not self.kms.exists(SYSTEM_REF):
                with contextlib.suppress(KeyExists):  # another process created it first
                    self.kms.create_key(SYSTEM_REF)
            try:
                with session.begin_nested():
                    # Not cached: it only exists once the caller's transaction commits.
                    return self._add_key(session, SYSTEM_SCOPE, SYSTEM_REF, purpose, 1)
            except IntegrityError:
                # Another process inserted the same key first: use theirs.
                keys = load_keys(session, SYSTEM_SCOPE, purpose, 1)
        return self._source(session, SYSTEM_SCOPE, SYSTEM_REF, keys).material(purpose, 1)

    # -- internals -------------------------------------------------------------------------

    def _source(
        self, session: Session, scope: str, ref: str, keys: list[WrappedKey]
    ) -> MaterialSource:
        return MaterialSource(
            kms=self.kms,
            cache=self._cache,
            scope=scope,
            ref=ref,
            keys=keys,
            engine=session_engine(session),
            check_alive=lambda: self._check_alive(scope),
        )

    def _add_key(self, session: Session, scope: str, ref: str, purpose: str, version: int) -> bytes:
        material = secrets.token_bytes(DEK_BYTES)
        kek_version, wrapped = self.kms.wrap(ref, material, dek_context(scope, purpose, version))
        session.add(
            DataKey(
                workspace_id=scope,
                purpose=purpose,
                version=version,
                kek_version=kek_version,
                wrapped=wrapped,
                status=DataKeyStatus.ACTIVE,
                created_at=utcnow(),
            )
        )
        session.flush()
        return material

    def _check_alive(self, scope: str) -> None:
        with self._lock:
            shredded = scope in self._shredded
        if shredded:
            raise KeyDestroyed("the workspace's keys were destroyed", workspace_id=scope)

    def _raise_missing(self, ref: str, workspace_id: str) -> NoReturn:
        with contextlib.suppress(KeyNotFound):
            self.kms.key_versions(ref)  # raises KeyDestroyed for a shredded workspace
        raise WorkspaceKeysMissing("the workspace has no data keys", workspace_id=workspace_id)


def _check_workspace_id(workspace_id: str) -> None:
    if not workspace_id or len(workspace_id) > 36 or workspace_id == SYSTEM_SCOPE:
        raise ValueError(f"invalid workspace id {workspace_id!r}")


__all__ = [
    "DataKeyInfo",
    "Keyring",
    "RotationReport",
    "WorkspaceCipher",
    "WorkspaceKeyStatus",
]
