"""SSO queries, each scoped to its workspace (a state is the one global key: it names it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callvault.identity.sso.models import SsoConfig, SsoIdentity, SsoLogin, SsoSamlAssertion


def config(s: Session, workspace_id: str) -> SsoConfig | None:
    return s.get(SsoConfig, workspace_id)


def login(s: Session, state_hash: str) -> SsoLogin | None:
    return s.get(SsoLogin, state_hash)


def delete_login(s: Session, state_hash: str) -> bool:
    """True for the one caller whose DELETE removed the row (two racing callbacks: one wins)."""
    result = s.execute(delete(SsoLogin).where(SsoLogin.state_hash == state_hash))
    return bool(getattr(result, "rowcount", 0) == 1)


def prune_logins(s: Session, *, now: datetime) -> None:
    s.execute(delete(SsoLogin).where(SsoLogin.expires_at <= now))


def identity_of(s: Session, workspace_id: str, user_id: str) -> SsoIdentity | None:
    row = s.get(SsoIdentity, user_id)
    return row if row is not None and row.workspace_id == workspace_id else None


def identity_by_subject(
    s: Session, workspace_id: str, issuer: str, subject: str
) -> SsoIdentity | None:
    return s.scalar(
        select(SsoIdentity).where(
            SsoIdentity.workspace_id == workspace_id,
            SsoIdentity.issuer == issuer,
            SsoIdentity.subject == subject,
        )
    )


def clear_identities(s: Session, workspace_id: str) -> int:
    result = s.execute(delete(SsoIdentity).where(SsoIdentity.workspace_id == workspace_id))
    return int(getattr(result, "rowcount", 0) or 0)


def prune_assertions(s: Session, *, now: datetime) -> None:
    s.execute(delete(SsoSamlAssertion).where(SsoSamlAssertion.expires_at <= now))
