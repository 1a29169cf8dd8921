"""Sign-in, bearer-token authentication, device sessions, API tokens, password changes."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor, Origin
from callvault.core.errors import CallvaultError, NotFound, Unauthenticated
from callvault.core.permissions import Permission, Role, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.db.engine import Database
from callvault.identity import passwords, secrets
from callvault.identity import repository as repo
from callvault.identity.errors import (
    InvalidCredentials,
    ReauthenticationFailed,
    SessionExpired,
    SignInThrottled,
    WorkspaceClosing,
)
from callvault.identity.models import DeviceSession, SignInFailure
from callvault.identity.schemas import (
    SignInOut,
)
from callvault.identity.service import email_index, normalise_email

THROTTLE_KEY_NAME = "sign-in-throttle"
# A workspace waiting to be closed stays open to its owners only (they may cancel, or take
# their data out); once its closure starts ("closed") nobody gets in again.
OPEN_STATUSES = frozenset({"active", "closing"})
_LAST_SEEN_RESOLUTION = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class AuthPolicy:
    session_ttl: timedelta = timedelta(days=14)
    session_idle: timedelta = timedelta(days=1)
    max_failures_per_account: int = 5
    max_failures_per_ip: int = 20
    window: timedelta = timedelta(minutes=15)


def _may_enter(workspace_status: str, role: str) -> bool:
    return workspace_status == "active" or role == Role.OWNER


def _keyed(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def sign_in(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    workspace: str,
    email: str,
    password: str,
    device_name: str,
    origin: Origin,
) -> SignInOut:
    """Check credentials (throttled per account and per IP) and open a device session."""
    slug = workspace.strip().lower()
    try:
        email = normalise_email(email)
    except CallvaultError:
        email = email.strip().lower()  # still throttled and timed like any wrong address
    now = utcnow()
    since = now - policy.window
    with db.read() as s:
        throttle_key = keyring.system_key(s, THROTTLE_KEY_NAME)
        account_key = _keyed(throttle_key, f"{slug}\x00{email}")
        ip_key = _keyed(throttle_key, origin.ip or "-")
        account_failures = repo.count_failures(s, column="account", key=account_key, since=since)
        ip_failures = repo.count_failures(s, column="ip", key=ip_key, since=since)
        ws = repo.workspace_by_slug(s, slug)
        user = None
        if ws is not None and ws.status in OPEN_STATUSES:
            user = repo.user_by_email_index(s, ws.id, email_index(keyring.cipher(s, ws.id), email))
        oldest = None
        if account_failures >= policy.max_failures_per_account:
            oldest = repo.oldest_failure(s, column="account", key=account_key, since=since)
        elif ip_failures >= policy.max_failures_per_ip:
            oldest = repo.oldest_failure(s, column="ip", key=ip_key, since=since)
    if oldest is not None:
        retry = max(1, math.ceil((oldest + policy.window - now).total_seconds()))
        if user is not None:
            with db.write() as s:
                audit.record(
                    s,
                    workspace_id=user.workspace_id,
                    actor_type="anonymous",
                    actor_id="-",
                    action="sign_in.throttled",
                    object_type="user",
                    object_id=user.id,
                    ip=origin.ip,
                    user_agent=origin.user_agent,
                )
        raise SignInThrottled("Too many failed sign-ins; try again later.", retry_after=retry)
    # Argon2 runs outside any transaction: it costs ~50 ms and must not hold SQLite's lock.
    ok = passwords.verify_password(user.password_hash if user else None, password)
    ok = ok and user is not None and user.status == "active"
    if ok and user is not None and ws is not None and not _may_enter(ws.status, user.role):
        raise WorkspaceClosing("This workspace is closing; only its owners can sign in.")
    with db.write() as s:
        if not ok or user is None:
            s.add(SignInFailure(account_key=account_key, ip_key=ip_key))
            if user is not None:
                audit.record(
                    s,
                    workspace_id=user.workspace_id,
                    actor_type="anonymous",
                    actor_id="-",
                    action="sign_in.failure",
                    object_type="user",
                    object_id=user.id,
                    ip=origin.ip,
                    user_agent=origin.user_agent,
                )
            failed = True
        else:
            failed = False
            result = _open_session(
                s,
                keyring=keyring,
                audit=audit,
                policy=policy,
                user_id=user.id,
                workspace_id=user.workspace_id,
                password=password,
                device_name=device_name,
                origin=origin,
            )
            repo.clear_account_failures(s, account_key)
    if failed:
        raise InvalidCredentials("Wrong workspace, email or password.")
    return result


def _open_session(
    s: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    user_id: str,
    workspace_id: str,
    password: str,
    device_name: str,
    origin: Origin,
) -> SignInOut:
    user = repo.user(s, workspace_id, user_id)
    assert user is not None and user.password_hash is not None
    now = utcnow()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.last_sign_in_at = now
    token = secrets.new_token(secrets.SESSION_PREFIX)
    device = DeviceSession(
        workspace_id=workspace_id,
        user_id=user_id,
        token_hash=secrets.token_hash(token),
        device_sealed=b"",
        created_at=now,
        last_seen_at=now,
        expires_at=now + policy.session_ttl,
    )
    s.add(device)
    s.flush()
    device.device_sealed = _seal_device(
        keyring.cipher(s, workspace_id), device.id, device_name, origin
    )
    audit.record(
        s,
        workspace_id=workspace_id,
        actor_type="user",
        actor_id=user_id,
        action="sign_in.success",
        object_type="session",
        object_id=device.id,
        ip=origin.ip,
        user_agent=origin.user_agent,
    )
    return SignInOut(
        token=token,
        session_id=device.id,
        user_id=user_id,
        workspace_id=workspace_id,
        expires_at=device.expires_at,
    )


def _seal_device(cipher: WorkspaceCipher, session_id: str, name: str, origin: Origin) -> bytes:
    payload = {"name": name or "device", "user_agent": origin.user_agent, "ip": origin.ip}
    return cipher.seal(
        json.dumps(payload).encode(), kind="device_session", object_id=session_id, field="device"
    )


def authenticate(db: Database, *, token: str, origin: Origin, policy: AuthPolicy) -> Actor:
    """Resolve a bearer token (device session or API token) to the acting user."""
    if not secrets.looks_like_token(token):
        raise Unauthenticated("Invalid or missing bearer token.")
    digest = secrets.token_hash(token)
    now = utcnow()
    with db.read() as s:
        if token.startswith(secrets.SESSION_PREFIX):
            device = repo.session_by_token_hash(s, digest)
            if device is None:
                raise Unauthenticated("Invalid or missing bearer token.")
            if device.revoked_at is not None:
                raise SessionExpired("This session was signed out.", reason=device.revoked_reason)
            if device.expires_at <= now or device.last_seen_at + policy.session_idle <= now:
                raise SessionExpired("This session has expired; sign in again.")
            workspace_id, user_id = device.workspace_id, device.user_id
            session_id, token_id, scopes = device.id, None, None
            stale = device.last_seen_at + _LAST_SEEN_RESOLUTION <= now
        else:
            api = repo.api_token_by_hash(s, digest)
            if api is None or api.revoked_at is not None:
                raise Unauthenticated("Invalid or revoked API token.")
            if api.expires_at is not None and api.expires_at <= now:
                raise SessionExpired("This API token has expired.")
            workspace_id, user_id = api.workspace_id, api.user_id
            session_id, token_id, scopes = None, api.id, frozenset(api.scopes)
            stale = api.last_used_at is None or api.last_used_at + _LAST_SEEN_RESOLUTION <= now
        user = repo.user(s, workspace_id, user_id)
        ws = repo.workspace(s, workspace_id)
        if user is None or user.status != "active" or ws is None or ws.status not in OPEN_STATUSES:
            raise Unauthenticated("This account is not active.")
        if not _may_enter(ws.status, user.role):
            raise WorkspaceClosing("This workspace is closing; only its owners can sign in.")
        groups = frozenset(m.group_id for m in repo.memberships(s, workspace_id, user_id))
        role = user.role
    if stale:  # one write a minute per token at most, not one per request
        with db.write() as s:
            if session_id:
                row = repo.device_session(s, workspace_id, session_id)
                if row is not None:
                    row.last_seen_at = now
            elif token_id:
                api_row = repo.api_token(s, workspace_id, token_id)
                if api_row is not None:
                    api_row.last_used_at = now
    return Actor(
        workspace_id=workspace_id,
        actor_type="user" if session_id else "api_token",
        actor_id=user_id,
        role=role,
        user_id=user_id,
        session_id=session_id,
        token_id=token_id,
        scopes=scopes,
        ip=origin.ip,
        user_agent=origin.user_agent,
        group_ids=groups,
    )


def sign_out(session: Session, *, audit: AuditLog, actor: Actor) -> None:
    if actor.session_id is None:
        raise NotFound("API tokens have no session to sign out of; revoke the token instead.")
    row = repo.device_session(session, actor.workspace_id, actor.session_id)
    if row is not None and row.revoked_at is None:
        row.revoked_at, row.revoked_reason = utcnow(), "signed_out"
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="sign_out",
            object_type="session",
            object_id=row.id,
        )


def change_password(db: Database, *, audit: AuditLog, actor: Actor, current: str, new: str) -> None:
    """Change your own password; every other device of yours is signed out."""
    require(actor.role, actor.scopes, Permission.SESSIONS_OWN)
    if actor.token_id is not None:
        raise Unauthenticated("Sign in with a password to change it; API tokens cannot.")
    assert actor.user_id is not None
    with db.read() as s:
        user = repo.user(s, actor.workspace_id, actor.user_id)
        stored = user.password_hash if user else None
    if not passwords.verify_password(stored, current):
        raise InvalidCredentials("The current password is wrong.", field="current_password")
    passwords.check_policy(new)
    new_hash = passwords.hash_password(new)
    with db.write() as s:
        user = repo.user(s, actor.workspace_id, actor.user_id)
        if user is None:
            raise NotFound("User not found.")
        user.password_hash, user.password_changed_at = new_hash, utcnow()
        repo.revoke_user_sessions(
            s,
            actor.workspace_id,
            user.id,
            now=utcnow(),
            reason="password_changed",
            except_id=actor.session_id,
        )
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="user.password_change",
            object_type="user",
            object_id=user.id,
        )


def confirm_password(
    db: Database,
    *,
    keyring: Keyring,
    actor: Actor,
    password: str,
    policy: AuthPolicy | None = None,
) -> None:
    """Re-authentication before a grave action: the signed-in user re-enters their password.
    API tokens cannot (they carry no password); a wrong password leaves the session alone.
    Failures are throttled like sign-ins (per user and per address): a stolen session must
    not be a way to guess the password."""
    policy = policy or AuthPolicy()
    if actor.token_id is not None or actor.user_id is None:
        raise ReauthenticationFailed("Sign in with a password to confirm this; API tokens cannot.")
    now = utcnow()
    since = now - policy.window
    with db.read() as s:
        throttle_key = keyring.system_key(s, THROTTLE_KEY_NAME)
        account_key = _keyed(throttle_key, f"reauth\x00{actor.user_id}")
        ip_key = _keyed(throttle_key, actor.ip or "-")
        oldest = None
        if repo.count_failures(s, column="account", key=account_key, since=since) >= (
            policy.max_failures_per_account
        ):
            oldest = repo.oldest_failure(s, column="account", key=account_key, since=since)
        elif repo.count_failures(s, column="ip", key=ip_key, since=since) >= (
            policy.max_failures_per_ip
        ):
            oldest = repo.oldest_failure(s, column="ip", key=ip_key, since=since)
        user = repo.user(s, actor.workspace_id, actor.user_id)
        stored = user.password_hash if user else None
    if oldest is not None:
        retry = max(1, math.ceil((oldest + policy.window - now).total_seconds()))
        raise SignInThrottled("Too many wrong passwords; try again later.", retry_after=retry)
    # Argon2 outside the transaction, as at sign-in.
    if not passwords.verify_password(stored, password):
        with db.write() as s:
            s.add(SignInFailure(account_key=account_key, ip_key=ip_key))
        raise ReauthenticationFailed("The password is wrong.", field="password")
    with db.write() as s:
        repo.clear_account_failures(s, account_key)
