"""Your own two-step sign-in: status, enrolment (start, confirm), turning it off, new
recovery codes. Starting, turning off and new codes ask for the password again
(auth.confirm_password, throttled): a stolen session alone must not take over or weaken the
sign-in. Each change is audited."""

from __future__ import annotations

from datetime import datetime

import segno
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound, Unauthenticated
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.identity import service as identity
from callvault.identity import throttle
from callvault.identity.auth import AuthPolicy, confirm_password
from callvault.identity.mfa import factor as sealing
from callvault.identity.mfa import guesses, recovery_codes, totp
from callvault.identity.mfa import repository as repo
from callvault.identity.mfa.errors import (
    MfaCodeInvalid,
    MfaNotEnabled,
    MfaNotStarted,
    MfaRequiredByWorkspace,
)
from callvault.identity.mfa.models import MfaFactor
from callvault.identity.mfa.schemas import MfaEnrolmentOut, MfaStatusOut, RecoveryCodesOut


def _own(actor: Actor) -> str:
    require(actor.role, actor.scopes, Permission.SESSIONS_OWN)
    if actor.token_id is not None or actor.user_id is None:
        raise Unauthenticated("Sign in with a password for this; API tokens cannot.")
    return actor.user_id


def status(db: Database, *, actor: Actor) -> MfaStatusOut:
    user_id = _own(actor)
    with db.read() as s:
        user = identity.get_user_row(s, actor, user_id)
        ws = identity_repo.workspace(s, actor.workspace_id)
        row = repo.factor(s, actor.workspace_id, user_id)
        left = repo.recovery_codes_left(s, actor.workspace_id, user_id)
    return MfaStatusOut(
        enabled=user.mfa_enabled,
        pending=row is not None and row.pending_sealed is not None,
        required=bool(ws and ws.mfa_required),
        recovery_codes_left=left if user.mfa_enabled else 0,
    )


def start(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    actor: Actor,
    password: str,
    code: str | None = None,
) -> MfaEnrolmentOut:
    """A new secret, sealed and pending until a code from it confirms it (replacing any
    pending one; a confirmed one keeps signing in until then). With two-step sign-in on,
    replacing the factor (a new phone) also takes a code from the current one or an unused
    recovery code (spent): a stolen session and password alone must not move it."""
    user_id = _own(actor)
    with db.read() as s:
        enabled = identity.get_user_row(s, actor, user_id).mfa_enabled
    if enabled and not code:  # before the password: no guess spent on it
        raise MfaCodeInvalid(
            "Two-step sign-in is on: type a code from your current authenticator app, or one "
            "of your recovery codes, to replace it.",
            field="code",
        )
    confirm_password(
        db, keyring=keyring, actor=actor, password=password, policy=policy, audit=audit
    )
    if enabled and code:
        _prove_current_factor(
            db, keyring=keyring, audit=audit, policy=policy, actor=actor, code=code
        )
    secret = totp.new_secret()
    with db.write() as s:
        cipher = keyring.cipher(s, actor.workspace_id)
        email = identity.get_me(s, keyring=keyring, actor=actor).email
        workspace_name = identity.get_workspace(s, keyring=keyring, actor=actor).name
        row = repo.factor(s, actor.workspace_id, user_id)
        if row is None:
            row = MfaFactor(user_id=user_id, workspace_id=actor.workspace_id)
            s.add(row)
        row.pending_sealed = sealing.seal(cipher, user_id, secret, pending=True)
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="mfa.enrolment_start",
            object_type="user",
            object_id=user_id,
        )
    uri = totp.provisioning_uri(secret, account=email, workspace_name=workspace_name)
    return MfaEnrolmentOut(otpauth_uri=uri, secret=secret, qr_rows=_qr_rows(uri))


def _prove_current_factor(
    db: Database, *, keyring: Keyring, audit: AuditLog, policy: AuthPolicy, actor: Actor, code: str
) -> None:
    """A code of the current factor, spent (counted with the second step's codes: they guess
    the same secret)."""
    assert actor.user_id is not None
    user_id = actor.user_id

    def check(s: Session, now: datetime) -> str | None:
        row = repo.factor(s, actor.workspace_id, user_id)
        cipher = keyring.cipher(s, actor.workspace_id)
        secret = sealing.open_secret(cipher, row) if row is not None else None
        factor, proof = guesses.identify(secret, code, at=now)
        if factor is None or not guesses.spend(
            s, actor.workspace_id, user_id, factor, proof, now=now
        ):
            return None
        return factor

    # The same budgets as the second step's codes: they guess the same secret and codes.
    account, limits = guesses.budget(policy, user_id, code)
    guesses.checked(
        db,
        keyring=keyring,
        audit=audit,
        actor=actor,
        account=account,
        limits=limits,
        action="mfa.replacement_code",
        wrong="That code is not from your current authenticator app, nor an unused recovery code.",
        check=check,
    )


def _qr_rows(uri: str) -> list[str]:
    qr = segno.make(uri, error="m")
    return ["".join("1" if dark else "0" for dark in row) for row in qr.matrix_iter(border=0)]


def confirm(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    code: str,
    policy: AuthPolicy | None = None,
) -> RecoveryCodesOut:
    """A code from the pending secret turns two-step sign-in on (or moves it to the new
    phone): new recovery codes, shown once; the user's other sessions, opened with a
    password alone, end."""
    user_id = _own(actor)
    now = utcnow()
    with db.read() as s:
        row = repo.factor(s, actor.workspace_id, user_id)
        cipher = keyring.cipher(s, actor.workspace_id)
        pending = sealing.open_pending(cipher, row) if row is not None else None
    if pending is None:
        raise MfaNotStarted("Start the enrolment first (POST /api/v1/me/mfa/enrolment).")
    secret = pending
    # Wrong codes are throttled and audited like the second step's, under their own account.
    step = guesses.checked(
        db,
        keyring=keyring,
        audit=audit,
        actor=actor,
        account=throttle.enrolment_account(user_id),
        limits=(policy or AuthPolicy()).totp_throttle,
        action="mfa.enrolment_code",
        wrong="That code does not match: check the phone's clock, and type the newest code.",
        check=lambda _s, at: totp.matching_step(secret, code, at=at),
    )
    codes = recovery_codes.new_codes()
    with db.write() as s:
        row = repo.factor(s, actor.workspace_id, user_id)
        user = identity.get_user_row(s, actor, user_id)
        if row is None or row.pending_sealed is None:
            raise MfaNotStarted("The enrolment was replaced or ended; start again.")
        replaced = user.mfa_enabled
        row.secret_sealed = sealing.seal(cipher, user_id, pending, pending=False)
        row.pending_sealed, row.confirmed_at, row.last_step = None, now, step
        user.mfa_enabled = True
        repo.replace_recovery_codes(
            s, actor.workspace_id, user_id, [recovery_codes.code_hash(c) for c in codes]
        )
        ended = identity_repo.revoke_user_sessions(
            s,
            actor.workspace_id,
            user_id,
            now=now,
            reason="mfa_enabled",
            except_id=actor.session_id,
        )
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="mfa.replace" if replaced else "mfa.enable",
            object_type="user",
            object_id=user_id,
            details={"sessions_revoked": ended},
        )
    return RecoveryCodesOut(recovery_codes=codes)


def disable(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    actor: Actor,
    password: str,
) -> None:
    """Turn it off (refused while the workspace requires it); the secret and codes go."""
    user_id = _own(actor)
    with db.read() as s:
        ws = identity_repo.workspace(s, actor.workspace_id)
    if ws is not None and ws.mfa_required:  # before the password: no guess spent on it
        raise MfaRequiredByWorkspace("Your workspace requires two-step sign-in.")
    confirm_password(
        db, keyring=keyring, actor=actor, password=password, policy=policy, audit=audit
    )
    with db.write() as s:
        user = identity.get_user_row(s, actor, user_id)
        was_on = user.mfa_enabled
        repo.delete_factor(s, actor.workspace_id, user_id)
        user.mfa_enabled = False
        if was_on:
            audit.record(
                s,
                workspace_id=actor.workspace_id,
                actor=actor,
                action="mfa.disable",
                object_type="user",
                object_id=user_id,
            )


def regenerate_codes(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    actor: Actor,
    password: str,
) -> RecoveryCodesOut:
    """Ten new recovery codes; the old ones stop working."""
    user_id = _own(actor)
    with db.read() as s:
        user = identity_repo.user(s, actor.workspace_id, user_id)
    if user is None:
        raise NotFound("User not found.")
    if not user.mfa_enabled:
        raise MfaNotEnabled("Two-step sign-in is off: there are no recovery codes to replace.")
    confirm_password(
        db, keyring=keyring, actor=actor, password=password, policy=policy, audit=audit
    )
    codes = recovery_codes.new_codes()
    with db.write() as s:
        repo.replace_recovery_codes(
            s, actor.workspace_id, user_id, [recovery_codes.code_hash(c) for c in codes]
        )
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="mfa.recovery_codes_regenerate",
            object_type="user",
            object_id=user_id,
        )
    return RecoveryCodesOut(recovery_codes=codes)
