"""The second step of a sign-in: a challenge (challenges.py) and a code from the user's
authenticator app, or one of their recovery codes, open the session the password alone
did not (auth.open_session: the same session, audited as `sign_in.success` with the factor).

Wrong codes are throttled like wrong passwords (throttle.py): authenticator codes under
`second_step_account` with a smaller daily cap, recovery codes under `recovery_code_account`
with none (guesses.budget; ADR 0042, second addendum), and each challenge takes
`AuthPolicy.mfa_attempts` codes at most: its attempt is counted (one conditional UPDATE)
before the code is checked, so guesses sent together cannot exceed it; the last wrong one
burns it, and the password step starts again. A TOTP code is accepted once: the factor
keeps the newest time step used, and a code of that step or an earlier one is refused (one
conditional UPDATE, so two requests racing with the same code cannot both win). A recovery
code is spent the same way."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Origin
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.identity import throttle
from callvault.identity.auth import AuthPolicy, hold_guess, open_session
from callvault.identity.bearer import may_enter
from callvault.identity.errors import SignInThrottled, WorkspaceClosing
from callvault.identity.mfa import challenges, guesses
from callvault.identity.mfa import repository as repo
from callvault.identity.mfa.errors import MfaChallengeFailed
from callvault.identity.mfa.factor import open_secret
from callvault.identity.schemas import SignInOut

FAILED = "Wrong or expired code. If it keeps failing, sign in with your password again."


@dataclass(frozen=True, slots=True)
class _Pending:
    workspace_id: str
    user_id: str
    device_name: str
    secret: str | None
    guess: throttle.Guess
    limits: throttle.ThrottlePolicy


class _LostRace(Exception):
    """Another request spent the challenge first: undo what this one wrote."""


def complete(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    challenge: str,
    code: str,
    kind: str,
    origin: Origin,
) -> SignInOut:
    digest = challenges.digest_of(challenge)
    if digest is None:
        raise MfaChallengeFailed(FAILED)
    pending = _pending(db, keyring, policy, digest, code, kind=kind, origin=origin)
    refused = "Too many wrong codes; try again later."
    with db.read() as s:
        block = throttle.blocked(s, pending.limits, pending.guess, now=utcnow())
    if block is not None:
        raise SignInThrottled(refused, retry_after=block.retry_after)
    held = hold_guess(db, pending.limits, pending.guess, refused)
    with db.write() as s:
        claimed = repo.claim_attempt(s, digest, max_attempts=policy.mfa_attempts, now=utcnow())
        if not claimed:  # used, burned or expired meanwhile: no code was checked
            throttle.forgive(s, held)
    if not claimed:
        raise MfaChallengeFailed(FAILED)
    now = utcnow()
    factor, proof = guesses.identify(pending.secret, code, at=now)
    try:
        with db.write() as s:
            if factor is not None and guesses.spend(
                s, pending.workspace_id, pending.user_id, factor, proof, now=now
            ):
                if not repo.spend_challenge(s, digest):
                    raise _LostRace
                opened = open_session(
                    s,
                    keyring=keyring,
                    audit=audit,
                    policy=policy,
                    user_id=pending.user_id,
                    workspace_id=pending.workspace_id,
                    password=None,
                    device_name=pending.device_name,
                    origin=origin,
                    second_factor=factor,
                )
                throttle.record_success(s, pending.guess)  # the held guess with the rest
                return opened
            _failed(s, audit, policy, pending, digest, origin=origin)
    except _LostRace:
        with db.write() as s:
            throttle.forgive(s, held)
    raise MfaChallengeFailed(FAILED)


def _pending(
    db: Database,
    keyring: Keyring,
    policy: AuthPolicy,
    digest: str,
    code: str,
    *,
    kind: str,
    origin: Origin,
) -> _Pending:
    now = utcnow()
    with db.read() as s:
        row = repo.challenge(s, digest)
        if row is None or not challenges.live(row, kind=kind, now=now):
            raise MfaChallengeFailed(FAILED)
        user = identity_repo.user(s, row.workspace_id, row.user_id)
        ws = identity_repo.workspace(s, row.workspace_id)
        if user is None or ws is None or user.status != "active" or not user.mfa_enabled:
            raise MfaChallengeFailed(FAILED)  # disabled or reset since the password step
        if not may_enter(ws.status, user.role):
            raise WorkspaceClosing("This workspace is closing; only its owners can sign in.")
        cipher = keyring.cipher(s, row.workspace_id)
        device = cipher.open_text(
            row.device_sealed, kind="mfa_challenge", object_id=digest, field="device_name"
        )
        factor = repo.factor(s, row.workspace_id, row.user_id)
        secret = open_secret(cipher, factor) if factor is not None else None
        account, limits = guesses.budget(policy, row.user_id, code)
        guess = throttle.guess(s, keyring, account=account, address=origin.ip)
    return _Pending(row.workspace_id, row.user_id, device, secret, guess, limits)


def _failed(
    s: Session, audit: AuditLog, policy: AuthPolicy, p: _Pending, digest: str, *, origin: Origin
) -> None:
    """A wrong (or replayed) code: counted, audited; the challenge's last attempt burns it."""
    crossed = throttle.record_failure(s, p.limits, p.guess, now=utcnow())
    row = repo.challenge(s, digest)
    burned = row is None or row.attempts >= policy.mfa_attempts
    if row is not None and burned:
        repo.spend_challenge(s, digest)
    audit.record(
        s,
        workspace_id=p.workspace_id,
        actor_type="anonymous",
        actor_id="-",
        action="sign_in.second_step_failure",
        object_type="user",
        object_id=p.user_id,
        ip=origin.ip,
        user_agent=origin.user_agent,
        details={"challenge_burned": burned},
    )
    throttle.audit_crossed(
        s,
        audit,
        crossed=crossed,
        guess=p.guess,
        prefix="sign_in.second_step",
        workspace_id=p.workspace_id,
        user_id=p.user_id,
        actor_type="anonymous",
        actor_id="-",
        user_agent=origin.user_agent,
    )
