"""MFA rows. Every query takes the workspace id; the single-use rules (a challenge spent
once, a recovery code used once, a time step accepted once) are each one conditional
statement, so that two requests racing for the same thing cannot both win."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from callvault.identity.mfa.models import MfaChallenge, MfaFactor, MfaRecoveryCode


def factor(session: Session, workspace_id: str, user_id: str) -> MfaFactor | None:
    return session.scalars(
        select(MfaFactor).where(
            MfaFactor.workspace_id == workspace_id, MfaFactor.user_id == user_id
        )
    ).one_or_none()


def delete_factor(session: Session, workspace_id: str, user_id: str) -> None:
    session.execute(
        delete(MfaFactor).where(
            MfaFactor.workspace_id == workspace_id, MfaFactor.user_id == user_id
        )
    )
    session.execute(
        delete(MfaRecoveryCode).where(
            MfaRecoveryCode.workspace_id == workspace_id, MfaRecoveryCode.user_id == user_id
        )
    )
    session.execute(
        delete(MfaChallenge).where(
            MfaChallenge.workspace_id == workspace_id, MfaChallenge.user_id == user_id
        )
    )


def accept_step(session: Session, workspace_id: str, user_id: str, step: int) -> bool:
    """Record that a code of `step` was used; False when that step or a later one already
    was (a replayed code)."""
    result = session.execute(
        update(MfaFactor)
        .where(
            MfaFactor.workspace_id == workspace_id,
            MfaFactor.user_id == user_id,
            MfaFactor.confirmed_at.is_not(None),
            (MfaFactor.last_step.is_(None)) | (MfaFactor.last_step < step),
        )
        .values(last_step=step)
    )
    return int(result.rowcount) == 1  # type: ignore[attr-defined]


def replace_recovery_codes(
    session: Session, workspace_id: str, user_id: str, hashes: list[str]
) -> None:
    session.execute(
        delete(MfaRecoveryCode).where(
            MfaRecoveryCode.workspace_id == workspace_id, MfaRecoveryCode.user_id == user_id
        )
    )
    session.add_all(
        MfaRecoveryCode(workspace_id=workspace_id, user_id=user_id, code_hash=h) for h in hashes
    )


def use_recovery_code(
    session: Session, workspace_id: str, user_id: str, code_hash: str, *, now: datetime
) -> bool:
    result = session.execute(
        update(MfaRecoveryCode)
        .where(
            MfaRecoveryCode.workspace_id == workspace_id,
            MfaRecoveryCode.user_id == user_id,
            MfaRecoveryCode.code_hash == code_hash,
            MfaRecoveryCode.used_at.is_(None),
        )
        .values(used_at=now)
    )
    return int(result.rowcount) == 1  # type: ignore[attr-defined]


def recovery_codes_left(session: Session, workspace_id: str, user_id: str) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                MfaRecoveryCode.workspace_id == workspace_id,
                MfaRecoveryCode.user_id == user_id,
                MfaRecoveryCode.used_at.is_(None),
            )
        )
        or 0
    )


def challenge(session: Session, token_hash: str) -> MfaChallenge | None:
    """By its hash alone: the second step names no workspace (the challenge carries it)."""
    return session.get(MfaChallenge, token_hash)


def claim_attempt(session: Session, token_hash: str, *, max_attempts: int, now: datetime) -> bool:
    """Count one attempt at a live challenge; False when it is gone, expired or has had
    its attempts (counted before the code is checked, so parallel guesses cannot exceed
    them)."""
    result = session.execute(
        update(MfaChallenge)
        .where(
            MfaChallenge.token_hash == token_hash,
            MfaChallenge.attempts < max_attempts,
            MfaChallenge.expires_at > now,
        )
        .values(attempts=MfaChallenge.attempts + 1)
    )
    return int(result.rowcount) == 1  # type: ignore[attr-defined]


def spend_challenge(session: Session, token_hash: str) -> bool:
    """Delete it; True for the one request that did."""
    result = session.execute(delete(MfaChallenge).where(MfaChallenge.token_hash == token_hash))
    return int(result.rowcount) == 1  # type: ignore[attr-defined]


def prune_challenges(session: Session, *, now: datetime) -> None:
    session.execute(delete(MfaChallenge).where(MfaChallenge.expires_at <= now))
