"""Codes typed by a signed-in user (replacing their factor, confirming an enrolment): what a
code is, spending it, and counting wrong ones exactly like the second step's (throttle.py:
held before the check, delays per pair and address, the account's daily cap; every wrong
one audited, and a throttled or locked account once)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import throttle
from callvault.identity.auth import AuthPolicy, hold_guess
from callvault.identity.errors import SignInThrottled
from callvault.identity.mfa import recovery_codes, totp
from callvault.identity.mfa import repository as repo
from callvault.identity.mfa.errors import MfaCodeInvalid
from callvault.identity.throttle import ThrottlePolicy

T = TypeVar("T")


def identify(secret: str | None, code: str, *, at: datetime) -> tuple[str | None, str]:
    """Which factor the code is ("totp" with its time step, "recovery_code" with its hash),
    or None when it matches nothing (anything not shaped like either code included)."""
    if totp.normalise(code) is not None:
        step = totp.matching_step(secret, code, at=at) if secret else None
        return ("totp", str(step)) if step is not None else (None, "")
    if recovery_codes.normalise(code) is not None:
        return "recovery_code", recovery_codes.code_hash(code)
    return None, ""


def budget(policy: AuthPolicy, user_id: str, code: str) -> tuple[str, ThrottlePolicy]:
    """The throttle account and limits a code of this user is counted under, by its shape
    (ADR 0042, second addendum): a recovery code's own, uncapped; anything else (an
    authenticator code, or nothing like a code) the authenticator codes' smaller cap."""
    if totp.normalise(code) is None and recovery_codes.normalise(code) is not None:
        return throttle.recovery_code_account(user_id), policy.recovery_code_throttle
    return throttle.second_step_account(user_id), policy.totp_throttle


def spend(
    s: Session, workspace_id: str, user_id: str, factor: str, proof: str, *, now: datetime
) -> bool:
    """Use the code once: a TOTP step no older than the newest used (else a replay), an
    unused recovery code (then used). One conditional UPDATE each: racing requests cannot
    both win."""
    if factor == "totp":
        return repo.accept_step(s, workspace_id, user_id, int(proof))
    return repo.use_recovery_code(s, workspace_id, user_id, proof, now=now)


def checked(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    account: str,
    limits: ThrottlePolicy,
    action: str,
    wrong: str,
    check: Callable[[Session, datetime], T | None],
) -> T:
    """Run `check` (in a write transaction, so what it spends commits with the count) as one
    guess for `account` from the actor's address, throttled with `limits`. A None answer is
    a wrong code: counted, audited as `<action>_failure`, MfaCodeInvalid(wrong).
    SignInThrottled (nothing checked, not counted) when the account or address must wait."""
    assert actor.user_id is not None
    with db.read() as s:
        guess = throttle.guess(s, keyring, account=account, address=actor.ip)
        block = throttle.blocked(s, limits, guess, now=utcnow())
    refused = "Too many wrong codes; try again later."
    if block is not None:
        raise SignInThrottled(refused, retry_after=block.retry_after)
    hold_guess(db, limits, guess, refused)  # counted now; a right code forgives it
    with db.write() as s:
        found = check(s, utcnow())
        if found is not None:
            throttle.record_success(s, guess)
            return found
        crossed = throttle.record_failure(s, limits, guess, now=utcnow())
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action=f"{action}_failure",
            object_type="user",
            object_id=actor.user_id,
        )
        throttle.audit_crossed(
            s,
            audit,
            crossed=crossed,
            guess=guess,
            prefix=action,
            workspace_id=actor.workspace_id,
            user_id=actor.user_id,
            actor_type=actor.actor_type,
            actor_id=actor.actor_id,
            user_agent=actor.user_agent,
        )
    raise MfaCodeInvalid(wrong, field="code")
