"""Throttling of password guesses, shared by sign-in and re-authentication (closure,
password change), and of the second step's codes (mfa/sign_in.py).

Following NIST 800-63B 5.2.2, the OWASP authentication cheat sheet and GitLab: failures are
counted per (account, address) pair and per address, and past a few free failures each one
asks for a delay that doubles (429 with Retry-After), rather than a hard lock that anyone who
knows an email could impose on its owner. An address with no recent failures for the account
is not slowed down by another address's flood. Only a much higher count of failures for one
account from all addresses together (default 100 in 24 h) locks it, until the failures age
out or an operator clears them.

State is rows in the database (several server processes share it); accounts and addresses
are stored only as keyed hashes (THROTTLE_KEY_NAME), never the email, address or password.

A guess is counted as a failure *before* its password is checked (`hold`, committed), then
judged again with every other guess in flight (`blocked(exclude=…)`): guesses sent at the same
moment cannot all pass a check that each made before any of them was counted (an outside
probe, stop 42: 24 guesses checked of 5 free when 120 arrived at once). The right password
forgives the held guess; a refused one is not counted.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.crypto.keyring import Keyring
from callvault.identity import repository as repo
from callvault.identity.models import SignInFailure

THROTTLE_KEY_NAME = "sign-in-throttle"
# 2**20 seconds is twelve days: far past any sensible max_delay, and no float overflow.
_MAX_DOUBLINGS = 20
log = logging.getLogger("callvault")


class Scope(StrEnum):
    PAIR = "pair"  # this account from this address
    ADDRESS = "address"  # every account from this address
    ACCOUNT = "account"  # this account from every address: the hard cap


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    free_per_pair: int = 5
    free_per_address: int = 20
    first_delay: timedelta = timedelta(seconds=1)
    max_delay: timedelta = timedelta(minutes=15)
    window: timedelta = timedelta(minutes=15)  # older failures no longer slow anyone down
    account_cap: int | None = 100  # None: no cap (recovery codes, ADR 0042 second addendum)
    account_window: timedelta = timedelta(hours=24)

    def delay(self, failures: int, free: int) -> timedelta | None:
        """How long after the last failure the next guess must wait (None: no wait)."""
        if failures < free:
            return None
        doublings = min(failures - free, _MAX_DOUBLINGS)
        return min(self.first_delay * (1 << doublings), self.max_delay)

    @property
    def keep_for(self) -> timedelta:
        return max(self.window, self.account_window)


@dataclass(frozen=True, slots=True)
class Guess:
    """Whose password is being guessed, from where: keyed hashes only."""

    account_key: str
    address_key: str


@dataclass(frozen=True, slots=True)
class Block:
    scope: Scope
    retry_after: int  # whole seconds, at least 1


def keyed(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def guess(session: Session, keyring: Keyring, *, account: str, address: str | None) -> Guess:
    """The keyed hashes of an account name (namespaced by the caller) and an address."""
    key = keyring.system_key(session, THROTTLE_KEY_NAME)
    return Guess(account_key=keyed(key, account), address_key=keyed(key, address or "-"))


def _wait(newest: datetime | None, delay: timedelta | None, now: datetime) -> int | None:
    if newest is None or delay is None:
        return None
    seconds = (newest + delay - now).total_seconds()
    return math.ceil(seconds) if seconds > 0 else None


def blocked(
    session: Session, policy: ThrottlePolicy, g: Guess, *, now: datetime, exclude: str | None = None
) -> Block | None:
    """Whether this guess must wait; the longest wait if several scopes say so. exclude: the
    guess's own held failure (`hold`), so that only the others count."""
    since = now - policy.window
    account = repo.failure_stats(
        session, account_key=g.account_key, since=now - policy.account_window, exclude_id=exclude
    )
    capped = policy.account_cap is not None and account.count >= policy.account_cap
    if capped and account.oldest is not None:
        # Locked: guesses are refused unchecked (and not counted) until enough of the
        # failures are older than the window.
        unlock = (account.oldest + policy.account_window - now).total_seconds()
        return Block(Scope.ACCOUNT, max(1, math.ceil(unlock)))
    pair = repo.failure_stats(
        session, account_key=g.account_key, ip_key=g.address_key, since=since, exclude_id=exclude
    )
    address = repo.failure_stats(session, ip_key=g.address_key, since=since, exclude_id=exclude)
    waits = [
        (scope, wait)
        for scope, wait in (
            (Scope.PAIR, _wait(pair.newest, policy.delay(pair.count, policy.free_per_pair), now)),
            (
                Scope.ADDRESS,
                _wait(address.newest, policy.delay(address.count, policy.free_per_address), now),
            ),
        )
        if wait is not None
    ]
    if not waits:
        return None
    scope, wait = max(waits, key=lambda item: item[1])
    return Block(scope, max(1, wait))


def hold(session: Session, g: Guess, *, now: datetime) -> str:
    """Count a guess as a failure before its password is checked (commit it before judging
    it with `blocked(exclude=…)`); `forgive` it when it turns out right or is refused."""
    failure = SignInFailure(account_key=g.account_key, ip_key=g.address_key, created_at=now)
    session.add(failure)
    session.flush()
    return failure.id


def forgive(session: Session, held: str) -> None:
    repo.delete_failure(session, held)


def record_failure(
    session: Session, policy: ThrottlePolicy, g: Guess, *, now: datetime
) -> list[Scope]:
    """A held guess turned out wrong: it stays counted. Returns the scopes this failure has
    just started throttling (or, for ACCOUNT, locking), for the caller to audit once rather
    than on every refusal."""
    since = now - policy.window
    pair = repo.failure_stats(session, account_key=g.account_key, ip_key=g.address_key, since=since)
    address = repo.failure_stats(session, ip_key=g.address_key, since=since)
    account = repo.failure_stats(
        session, account_key=g.account_key, since=now - policy.account_window
    )
    crossed = (
        (Scope.PAIR, pair.count == policy.free_per_pair),
        (Scope.ADDRESS, address.count == policy.free_per_address),
        (Scope.ACCOUNT, account.count == policy.account_cap),
    )
    return [scope for scope, now_crossed in crossed if now_crossed]


def record_success(session: Session, g: Guess) -> None:
    """The right password from this address: its own failures for the account are forgiven
    (the guess held for this check with them).
    Other addresses' failures stay, so an attacker's delays and the hard cap are not reset
    by the owner signing in."""
    repo.clear_failures(session, account_key=g.account_key, ip_key=g.address_key)


def clear_account(session: Session, keyring: Keyring, *, account: str) -> int:
    """Lift a lock: forget the account's failures from every address."""
    key = keyring.system_key(session, THROTTLE_KEY_NAME)
    return repo.clear_failures(session, account_key=keyed(key, account))


def prune(session: Session, policy: ThrottlePolicy, *, now: datetime) -> int:
    """Delete failures too old to count for anything."""
    return repo.prune_failures(session, before=now - policy.keep_for)


def sign_in_account(slug: str, email: str, user_id: str | None) -> str:
    # An existing account is counted by its id: its count follows it through an email change,
    # and failures for an email nobody has yet never weigh on the account later made with it.
    # A made-up one is counted by name, throttled exactly like a real one so that the answers
    # do not tell which accounts exist; no account holds that name, so nobody is locked.
    if user_id is not None:
        return f"sign-in\x00user\x00{user_id}"
    return f"sign-in\x00email\x00{slug}\x00{email}"


def reauth_account(user_id: str) -> str:
    return f"reauth\x00{user_id}"


def second_step_account(user_id: str) -> str:
    # Codes of the second step (ADR 0042) are counted apart from passwords: a right password
    # forgives the password's failures, never the codes'.
    return f"mfa\x00{user_id}"


def recovery_code_account(user_id: str) -> str:
    # Recovery codes at the second step are counted apart from authenticator codes, with no
    # daily cap (ADR 0042, second addendum): someone who knows the password and exhausts the
    # authenticator codes' cap must not lock the user out of their recovery codes too.
    return f"mfa-recovery\x00{user_id}"


def enrolment_account(user_id: str) -> str:
    # Codes confirming a new (pending) secret: a different secret from the second step's,
    # so counted apart (ADR 0042, addendum).
    return f"mfa-enrolment\x00{user_id}"


def audit_crossed(
    s: Session,
    audit: AuditLog,
    *,
    crossed: list[Scope],
    guess: Guess,
    prefix: str,
    workspace_id: str | None,
    user_id: str | None,
    actor_type: str,
    actor_id: str,
    user_agent: str | None,
) -> None:
    """One audit entry when a scope starts being throttled or an account gets locked (not one
    per refused guess, which an attacker could use to flood the log). The address appears
    only as its keyed hash: enough to correlate entries, nothing to read."""
    for scope in crossed:
        if user_id is None and scope is not Scope.ADDRESS:
            continue  # a made-up account: nobody to alert about
        if workspace_id is None:
            # No workspace by that name: there is no chain to write to, so the log says it.
            log.warning("sign-in throttled: address %s… (%s)", guess.address_key[:12], scope)
            continue
        audit.record(
            s,
            workspace_id=workspace_id,
            actor_type=actor_type,
            actor_id=actor_id,
            action=f"{prefix}.locked" if scope is Scope.ACCOUNT else f"{prefix}.throttled",
            object_type="user" if user_id else None,
            object_id=user_id,
            user_agent=user_agent,
            details={"scope": str(scope), "address_key": guess.address_key},
        )


def unlock(
    session: Session, *, keyring: Keyring, audit: AuditLog, workspace_id: str, user_id: str
) -> int:
    """Operator recovery: forget a user's failed sign-ins and re-authentications from every
    address, which lifts the hard lock before the failures age out."""
    cleared = sum(
        clear_account(session, keyring, account=account)
        for account in (
            sign_in_account("", "", user_id),
            reauth_account(user_id),
            second_step_account(user_id),
            recovery_code_account(user_id),
            enrolment_account(user_id),
        )
    )
    audit.record(
        session,
        workspace_id=workspace_id,
        actor_type="system",
        actor_id="cli",
        action="sign_in.unlocked",
        object_type="user",
        object_id=user_id,
        details={"failures_cleared": cleared},
    )
    return cleared
