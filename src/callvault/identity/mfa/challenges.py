"""The challenge a right password earns when two-step sign-in is on: a random secret
(256 bits, SHA-256 at rest, like session tokens) that stands for "this user's password was
right" for minutes, for one kind of sign-in (a session token for the API, or the browser's
cookie), and is spent by the second step that uses it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.crypto.keyring import WorkspaceCipher
from callvault.identity import secrets
from callvault.identity.mfa import repository as repo
from callvault.identity.mfa.models import MfaChallenge
from callvault.identity.mfa.schemas import SecondStepOut

PREFIX = "cvm_"
KINDS = frozenset({"api", "browser"})


def issue(
    s: Session,
    *,
    cipher: WorkspaceCipher,
    workspace_id: str,
    user_id: str,
    kind: str,
    device_name: str,
    ttl: timedelta,
) -> SecondStepOut:
    assert kind in KINDS
    now = utcnow()
    repo.prune_challenges(s, now=now)  # rows that live minutes need no sweeper job
    challenge = secrets.new_token(PREFIX)
    digest = secrets.token_hash(challenge)
    s.add(
        MfaChallenge(
            token_hash=digest,
            workspace_id=workspace_id,
            user_id=user_id,
            kind=kind,
            device_sealed=cipher.seal_text(
                device_name, kind="mfa_challenge", object_id=digest, field="device_name"
            ),
            expires_at=now + ttl,
        )
    )
    return SecondStepOut(challenge=challenge, expires_at=now + ttl)


def digest_of(challenge: str) -> str | None:
    """The stored hash of a well-formed challenge, None for anything else."""
    ok = (
        challenge.startswith(PREFIX)
        and 40 <= len(challenge) <= 64
        and all(c.isalnum() or c in "-_" for c in challenge)
    )
    return secrets.token_hash(challenge) if ok else None


def live(row: MfaChallenge | None, *, kind: str, now: datetime) -> bool:
    return row is not None and row.kind == kind and row.expires_at > now
