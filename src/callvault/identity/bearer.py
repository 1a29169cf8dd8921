"""Authenticating bearer tokens on every request: one indexed read, or none at all.

A token (device session or API token) resolves through one statement that joins it to its
user, workspace and groups (repository.credential); no transaction writes on the way. The
result is cached in this process per token hash, for `ttl` seconds at most and only while the
workspace's invalidation epoch stands: sign-out, revoke, disable, delete, role or group
change and workspace closure bump it after they commit, in every process (ADR 0017). Expiry
and the idle timeout are checked on every request, cached or not. "Last seen" goes to a
background writer (last_seen.py), once a minute per token at most.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from callvault.core.clock import utcnow
from callvault.core.context import Actor, Origin
from callvault.core.errors import Unauthenticated
from callvault.core.permissions import Role
from callvault.db.engine import Database
from callvault.epochs.cache import StampedCache
from callvault.epochs.port import Epochs
from callvault.identity import repository as repo
from callvault.identity import secrets
from callvault.identity.errors import SessionExpired, WorkspaceClosing
from callvault.identity.last_seen import RESOLUTION, LastSeenWriter

# A workspace waiting to be closed stays open to its owners only (they may cancel, or take
# their data out); once its closure starts ("closed") nobody gets in again.
OPEN_STATUSES = frozenset({"active", "closing"})


def _digest(token: str) -> str:
    if not secrets.looks_like_token(token):
        raise Unauthenticated("Invalid or missing bearer token.")
    return secrets.token_hash(token)


def may_enter(workspace_status: str, role: str) -> bool:
    return workspace_status == "active" or role == Role.OWNER


@dataclass(frozen=True, slots=True)
class _Resolved:
    """A token that passed every check that does not depend on the clock."""

    workspace_id: str
    user_id: str
    role: str
    session_id: str | None
    token_id: str | None
    scopes: frozenset[str] | None
    group_ids: frozenset[str]
    expires_at: datetime | None
    last_seen: datetime | None
    password_temporary: bool
    mfa_enrolment_required: bool


class Authenticator:
    """Resolves bearer tokens for one process (see the module docstring). Without epochs
    nothing is cached: every request reads, as a process that cannot be told of a revoke
    elsewhere must."""

    def __init__(
        self,
        db: Database,
        *,
        session_idle: timedelta,
        epochs: Epochs | None,
        last_seen: LastSeenWriter,
        cache_seconds: float = 15.0,
        max_cached: int = 10_000,
    ) -> None:
        self._db = db
        self._session_idle = session_idle
        self._last_seen = last_seen
        self._cache: StampedCache[str, _Resolved] | None = None
        if epochs is not None and cache_seconds > 0:
            self._cache = StampedCache(epochs, ttl=cache_seconds, max_entries=max_cached)

    def authenticate(self, token: str, *, origin: Origin) -> Actor:
        """The acting user of a bearer token (Unauthenticated, SessionExpired, WorkspaceClosing).
        May read the database: call it from a thread, or try `cached` first on an event loop."""
        digest = _digest(token)
        is_session = token.startswith(secrets.SESSION_PREFIX)
        return self._authenticate(digest, is_session=is_session, origin=origin)

    def authenticate_session_hash(self, digest: str, *, origin: Origin) -> Actor:
        """As `authenticate`, for a device session known by its token's hash only (a socket
        opened with a ticket: the browser never had the token to send)."""
        return self._authenticate(digest, is_session=True, origin=origin)

    def _authenticate(self, digest: str, *, is_session: bool, origin: Origin) -> Actor:
        now = utcnow()
        resolved = self._cache.get(digest) if self._cache is not None else None
        if resolved is None:
            resolved = self._load(digest, is_session=is_session, now=now)
        else:
            self._check_clock(resolved, now)
        return self._actor(digest, resolved, origin, now)

    def cached(self, token: str, *, origin: Origin) -> Actor | None:
        """The acting user if this process holds the token's resolution, without any I/O
        (so an event loop may call it); None when `authenticate` must read. Raises as
        `authenticate` does for a malformed, expired or idle token."""
        if self._cache is None:
            return None
        digest = _digest(token)
        resolved = self._cache.get(digest)
        if resolved is None:
            return None
        now = utcnow()
        self._check_clock(resolved, now)
        return self._actor(digest, resolved, origin, now)

    def _actor(self, digest: str, resolved: _Resolved, origin: Origin, now: datetime) -> Actor:
        if resolved.last_seen is None or resolved.last_seen + RESOLUTION <= now:
            if resolved.session_id is not None:
                self._last_seen.touch("session", resolved.session_id, now)
            elif resolved.token_id is not None:
                self._last_seen.touch("token", resolved.token_id, now)
            if self._cache is not None:
                self._cache.replace(digest, resolved, replace(resolved, last_seen=now))
        return Actor(
            workspace_id=resolved.workspace_id,
            actor_type="user" if resolved.session_id else "api_token",
            actor_id=resolved.user_id,
            role=resolved.role,
            user_id=resolved.user_id,
            session_id=resolved.session_id,
            token_id=resolved.token_id,
            scopes=resolved.scopes,
            ip=origin.ip,
            user_agent=origin.user_agent,
            group_ids=resolved.group_ids,
            password_temporary=resolved.password_temporary,
            mfa_enrolment_required=resolved.mfa_enrolment_required,
        )

    def close(self) -> None:
        self._last_seen.close()

    def _load(self, digest: str, *, is_session: bool, now: datetime) -> _Resolved:
        cache = self._cache
        # The workspace of a token never changes: if this process has seen the token, read
        # the epoch before the row, so an entry can never outlive a change it missed.
        scope = cache.scope_of(digest) if cache is not None else None
        stamp = cache.stamp(scope) if cache is not None and scope is not None else None
        with self._db.read() as s:
            found = repo.credential(s, digest, api_token=not is_session)
        resolved = self._check(found, is_session=is_session, now=now)
        if cache is not None:
            if stamp is not None and scope == resolved.workspace_id:
                cache.put(digest, scope, resolved, stamp)
            else:
                cache.remember(digest, resolved.workspace_id)
        return resolved

    def _check(
        self, found: repo.Credential | None, *, is_session: bool, now: datetime
    ) -> _Resolved:
        if found is None:
            if is_session:
                raise Unauthenticated("Invalid or missing bearer token.")
            raise Unauthenticated("Invalid or revoked API token.")
        if found.revoked_at is not None:
            if is_session:
                raise SessionExpired("This session was signed out.", reason=found.revoked_reason)
            raise Unauthenticated("Invalid or revoked API token.")
        resolved = _Resolved(
            workspace_id=found.workspace_id,
            user_id=found.user_id,
            role=found.role,
            session_id=found.row_id if is_session else None,
            token_id=None if is_session else found.row_id,
            scopes=None if found.scopes is None else frozenset(found.scopes),
            group_ids=found.group_ids,
            expires_at=found.expires_at,
            last_seen=found.last_seen_at,
            # A device session signed in with a password someone else has seen; an API
            # token is its own credential, made by its user (never while this is true).
            password_temporary=is_session and found.password_temporary,
            # The workspace requires two-step sign-in and this user has not turned it on
            # (ADR 0042): held like a temporary password, for sessions only.
            mfa_enrolment_required=is_session and found.mfa_required and not found.mfa_enabled,
        )
        self._check_clock(resolved, now)
        if found.user_status != "active" or found.workspace_status not in OPEN_STATUSES:
            raise Unauthenticated("This account is not active.")
        if not may_enter(found.workspace_status, found.role):
            raise WorkspaceClosing("This workspace is closing; only its owners can sign in.")
        return resolved

    def _check_clock(self, r: _Resolved, now: datetime) -> None:
        if r.session_id is not None:
            idle = r.last_seen is not None and r.last_seen + self._session_idle <= now
            if (r.expires_at is not None and r.expires_at <= now) or idle:
                raise SessionExpired("This session has expired; sign in again.")
        elif r.expires_at is not None and r.expires_at <= now:
            raise SessionExpired("This API token has expired.")
