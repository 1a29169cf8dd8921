"""Sign-in, device sessions, password changes (bearer tokens are resolved in bearer.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import timedelta

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor, Origin
from callvault.core.errors import CallvaultError, NotFound
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring, WorkspaceCipher
from callvault.db.engine import Database
from callvault.identity import passwords, secrets, throttle
from callvault.identity import repository as repo
from callvault.identity.bearer import OPEN_STATUSES, may_enter
from callvault.identity.errors import (
    InvalidCredentials,
    ReauthenticationFailed,
    SessionRequired,
    SignInThrottled,
    WorkspaceClosing,
)
from callvault.identity.mfa import challenges
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.models import DeviceSession
from callvault.identity.schemas import (
    SignInOut,
)
from callvault.identity.service import email_index, normalise_email
from callvault.identity.throttle import (
    ThrottlePolicy,
    audit_crossed,
    reauth_account,
    sign_in_account,
)


@dataclass(frozen=True, slots=True)
class AuthPolicy:
    session_ttl: timedelta = timedelta(days=14)
    session_idle: timedelta = timedelta(days=1)
    throttle: ThrottlePolicy = field(default_factory=ThrottlePolicy)
    # Two-step sign-in (ADR 0042): how long a right password waits for its code, and how
    # many codes one challenge takes before it is burned.
    mfa_challenge_ttl: timedelta = timedelta(minutes=5)
    mfa_attempts: int = 5
    # Authenticator codes guessed per user in the account window, from every address (ADR
    # 0042, second addendum): three accepted values in a million per guess, so 30 a day is
    # about a 3 % chance in a year for someone who knows the password, against 10 % at 100.
    totp_account_cap: int = 30

    @property
    def totp_throttle(self) -> ThrottlePolicy:
        """Passwords' delays, a smaller daily cap."""
        cap = self.throttle.account_cap
        return replace(
            self.throttle, account_cap=min(cap or self.totp_account_cap, self.totp_account_cap)
        )

    @property
    def recovery_code_throttle(self) -> ThrottlePolicy:
        """Passwords' delays per pair and address, no account cap: 80-bit codes need no cap
        to stay out of reach, and a cap would be the attacker's lever against the user."""
        return replace(self.throttle, account_cap=None)


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
    kind: str = "api",
) -> SignInOut | SecondStepOut:
    """Check credentials (throttled per account and address, see throttle.py) and open a
    device session; or, for a user with two-step sign-in on, answer with a challenge for the
    second step (mfa/sign_in.py) and open nothing yet. kind: "api" (a token in the answer)
    or "browser" (a cookie): the challenge is good for the same kind only."""
    slug = workspace.strip().lower()
    try:
        email = normalise_email(email)
    except CallvaultError:
        email = email.strip().lower()  # still throttled and timed like any wrong address
    with db.read() as s:
        ws = repo.workspace_by_slug(s, slug)
        user = None
        if ws is not None and ws.status in OPEN_STATUSES:
            user = repo.user_by_email_index(s, ws.id, email_index(keyring.cipher(s, ws.id), email))
        account = sign_in_account(slug, email, user.id if user else None)
        guess = throttle.guess(s, keyring, account=account, address=origin.ip)
        block = throttle.blocked(s, policy.throttle, guess, now=utcnow())
    refused = "Too many failed sign-ins; try again later."
    if block is not None:
        raise SignInThrottled(refused, retry_after=block.retry_after)
    held = hold_guess(db, policy.throttle, guess, refused)
    # Argon2 runs outside any transaction: it costs ~50 ms and must not hold SQLite's lock.
    ok = passwords.verify_password(user.password_hash if user else None, password)
    ok = ok and user is not None and user.status == "active"
    if ok and user is not None and ws is not None and not may_enter(ws.status, user.role):
        with db.write() as s:
            throttle.forgive(s, held)
        raise WorkspaceClosing("This workspace is closing; only its owners can sign in.")
    with db.write() as s:
        if not ok or user is None:
            crossed = throttle.record_failure(s, policy.throttle, guess, now=utcnow())
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
            audit_crossed(
                s,
                audit,
                crossed=crossed,
                guess=guess,
                prefix="sign_in",
                workspace_id=ws.id if ws is not None else None,
                user_id=user.id if user is not None else None,
                actor_type="anonymous",
                actor_id="-",
                user_agent=origin.user_agent,
            )
            failed = True
        else:
            failed = False
            result: SignInOut | SecondStepOut
            if user.mfa_enabled:
                result = _second_step(
                    s, keyring=keyring, audit=audit, policy=policy, user_id=user.id,
                    workspace_id=user.workspace_id, password=password, kind=kind,
                    device_name=device_name, origin=origin,
                )  # fmt: skip
            else:
                result = open_session(
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
            throttle.record_success(s, guess)  # the held guess is forgiven with the rest
    if failed:
        raise InvalidCredentials("Wrong workspace, email or password.")
    return result


def hold_guess(db: Database, limits: ThrottlePolicy, guess: throttle.Guess, refused: str) -> str:
    """Count the guess before its password is checked, then judge it with every other guess
    in flight (throttle.py): guesses sent together cannot all pass one check. Raises
    SignInThrottled (the guess not counted) when it must wait; else the held failure's id."""
    with db.write() as s:
        held = throttle.hold(s, guess, now=utcnow())
    with db.read() as s:
        block = throttle.blocked(s, limits, guess, now=utcnow(), exclude=held)
    if block is not None:
        with db.write() as s:
            throttle.forgive(s, held)
        raise SignInThrottled(refused, retry_after=block.retry_after)
    return held


def _second_step(
    s: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    user_id: str,
    workspace_id: str,
    password: str,
    kind: str,
    device_name: str,
    origin: Origin,
) -> SecondStepOut:
    """The password was right and two-step sign-in is on: a challenge, no session. The
    entry tells the user, should it not be them, that their password is known."""
    _rehash(s, workspace_id, user_id, password)
    issued = challenges.issue(
        s,
        cipher=keyring.cipher(s, workspace_id),
        workspace_id=workspace_id,
        user_id=user_id,
        kind=kind,
        device_name=device_name,
        ttl=policy.mfa_challenge_ttl,
    )
    audit.record(
        s,
        workspace_id=workspace_id,
        actor_type="anonymous",
        actor_id="-",
        action="sign_in.second_step",
        object_type="user",
        object_id=user_id,
        ip=origin.ip,
        user_agent=origin.user_agent,
    )
    return issued


def _rehash(s: Session, workspace_id: str, user_id: str, password: str) -> None:
    user = repo.user(s, workspace_id, user_id)
    assert user is not None and user.password_hash is not None
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)


def open_session(
    s: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    user_id: str,
    workspace_id: str,
    password: str | None,
    device_name: str,
    origin: Origin,
    second_factor: str | None = None,
    method: dict[str, str] | None = None,
) -> SignInOut:
    """A new device session for a user whose credentials were checked. password: to rehash
    it under new parameters (None after a second step: it was rehashed at the first, and
    after single sign-on). method: how they signed in when not by password, for the audit
    entry (e.g. {"method": "oidc", "issuer": …})."""
    if password is not None:
        _rehash(s, workspace_id, user_id, password)
    user = repo.user(s, workspace_id, user_id)
    assert user is not None
    now = utcnow()
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
        details={
            **({"second_factor": second_factor} if second_factor else {}),
            **(method or {}),
        }
        or None,
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


def _check_own_password(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog | None,
    policy: AuthPolicy,
    actor: Actor,
    password: str,
) -> bool:
    """The signed-in user re-enters their password (closure, password change). Wrong ones are
    throttled per (user, address) and per address like sign-ins: a stolen session must not be
    a way to guess the password. Raises SignInThrottled; returns whether it matched."""
    assert actor.user_id is not None
    with db.read() as s:
        guess = throttle.guess(s, keyring, account=reauth_account(actor.user_id), address=actor.ip)
        block = throttle.blocked(s, policy.throttle, guess, now=utcnow())
        user = repo.user(s, actor.workspace_id, actor.user_id)
        stored = user.password_hash if user else None
    refused = "Too many wrong passwords; try again later."
    if block is not None:
        raise SignInThrottled(refused, retry_after=block.retry_after)
    hold_guess(
        db, policy.throttle, guess, refused
    )  # counted now; the outcome below keeps or forgives it
    # Argon2 outside the transaction, as at sign-in.
    ok = passwords.verify_password(stored, password)
    with db.write() as s:
        if ok:
            throttle.record_success(s, guess)  # the held guess is forgiven with the rest
            return True
        crossed = throttle.record_failure(s, policy.throttle, guess, now=utcnow())
        if audit is not None:
            audit_crossed(
                s,
                audit,
                crossed=crossed,
                guess=guess,
                prefix="reauthentication",
                workspace_id=actor.workspace_id,
                user_id=actor.user_id,
                actor_type=actor.actor_type,
                actor_id=actor.actor_id,
                user_agent=actor.user_agent,
            )
    return False


def change_password(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    actor: Actor,
    current: str,
    new: str,
) -> None:
    """Change your own password; every other device of yours is signed out. Wrong current
    passwords are throttled like closure re-authentication."""
    require(actor.role, actor.scopes, Permission.SESSIONS_OWN)
    if actor.token_id is not None or actor.user_id is None:
        raise SessionRequired("Sign in with a password to change it; API tokens cannot.")
    passwords.check_policy(new)  # before the check: a weak new password costs no guess
    if passwords.normalise(new) == passwords.normalise(current):
        # Keeping a password someone else set would keep it temporary in all but name.
        raise passwords.WeakPassword(
            "The new password is the current one; choose another.",
            reason="unchanged",
            field="new_password",
        )
    if not _check_own_password(
        db, keyring=keyring, audit=audit, policy=policy, actor=actor, password=current
    ):
        raise InvalidCredentials("The current password is wrong.", field="current_password")
    new_hash = passwords.hash_password(new)
    with db.write() as s:
        user = repo.user(s, actor.workspace_id, actor.user_id)
        if user is None:
            raise NotFound("User not found.")
        user.password_hash, user.password_changed_at = new_hash, utcnow()
        user.password_temporary = False
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
    audit: AuditLog | None = None,
) -> None:
    """Re-authentication before a grave action: the signed-in user re-enters their password.
    API tokens cannot (they carry no password); a wrong password leaves the session alone.
    Throttled like the password change (see _check_own_password); with `audit`, a throttled
    pair or address is audited."""
    if actor.token_id is not None or actor.user_id is None:
        raise ReauthenticationFailed("Sign in with a password to confirm this; API tokens cannot.")
    if not _check_own_password(
        db,
        keyring=keyring,
        audit=audit,
        policy=policy or AuthPolicy(),
        actor=actor,
        password=password,
    ):
        raise ReauthenticationFailed("The password is wrong.", field="password")
