"""Identity queries. Every function that reads tenant data takes the workspace id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from callvault.identity.mfa.models import MfaChallenge
from callvault.identity.models import (
    ApiToken,
    DeviceSession,
    Group,
    GroupMember,
    SignInFailure,
    User,
    Workspace,
)


def workspace_by_slug(session: Session, slug: str) -> Workspace | None:
    return session.scalars(select(Workspace).where(Workspace.slug == slug)).one_or_none()


def workspace(session: Session, workspace_id: str) -> Workspace | None:
    return session.get(Workspace, workspace_id)


def all_workspaces(session: Session) -> Sequence[Workspace]:
    return session.scalars(select(Workspace).order_by(Workspace.created_at)).all()


def user(session: Session, workspace_id: str, user_id: str) -> User | None:
    return session.scalars(
        select(User).where(User.workspace_id == workspace_id, User.id == user_id)
    ).one_or_none()


def user_by_email_index(session: Session, workspace_id: str, email_index: str) -> User | None:
    return session.scalars(
        select(User).where(User.workspace_id == workspace_id, User.email_index == email_index)
    ).one_or_none()


def users(
    session: Session, workspace_id: str, *, status: str | None = None, role: str | None = None
) -> Sequence[User]:
    stmt = select(User).where(User.workspace_id == workspace_id)
    if status:
        stmt = stmt.where(User.status == status)
    if role:
        stmt = stmt.where(User.role == role)
    return session.scalars(stmt.order_by(User.created_at, User.id)).all()


def count_active_owners(session: Session, workspace_id: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.workspace_id == workspace_id, User.role == "owner", User.status == "active")
        )
        or 0
    )


def group(session: Session, workspace_id: str, group_id: str) -> Group | None:
    return session.scalars(
        select(Group).where(Group.workspace_id == workspace_id, Group.id == group_id)
    ).one_or_none()


def group_by_name(session: Session, workspace_id: str, name: str) -> Group | None:
    return session.scalars(
        select(Group).where(Group.workspace_id == workspace_id, Group.name == name)
    ).one_or_none()


def groups(session: Session, workspace_id: str) -> Sequence[Group]:
    return session.scalars(
        select(Group).where(Group.workspace_id == workspace_id).order_by(Group.name)
    ).all()


def group_members(session: Session, workspace_id: str, group_id: str) -> Sequence[GroupMember]:
    return session.scalars(
        select(GroupMember).where(
            GroupMember.workspace_id == workspace_id, GroupMember.group_id == group_id
        )
    ).all()


def member(session: Session, workspace_id: str, group_id: str, user_id: str) -> GroupMember | None:
    return session.scalars(
        select(GroupMember).where(
            GroupMember.workspace_id == workspace_id,
            GroupMember.group_id == group_id,
            GroupMember.user_id == user_id,
        )
    ).one_or_none()


def memberships(session: Session, workspace_id: str, user_id: str) -> Sequence[GroupMember]:
    return session.scalars(
        select(GroupMember).where(
            GroupMember.workspace_id == workspace_id, GroupMember.user_id == user_id
        )
    ).all()


def session_by_token_hash(session: Session, token_hash: str) -> DeviceSession | None:
    # Global by design: the token identifies its workspace; callers check status and expiry.
    return session.scalars(
        select(DeviceSession).where(DeviceSession.token_hash == token_hash)
    ).one_or_none()


def device_session(session: Session, workspace_id: str, session_id: str) -> DeviceSession | None:
    return session.scalars(
        select(DeviceSession).where(
            DeviceSession.workspace_id == workspace_id, DeviceSession.id == session_id
        )
    ).one_or_none()


def device_sessions(
    session: Session, workspace_id: str, user_id: str, *, now: datetime
) -> Sequence[DeviceSession]:
    return session.scalars(
        select(DeviceSession)
        .where(
            DeviceSession.workspace_id == workspace_id,
            DeviceSession.user_id == user_id,
            DeviceSession.revoked_at.is_(None),
            DeviceSession.expires_at > now,
        )
        .order_by(DeviceSession.last_seen_at.desc())
    ).all()


def revoke_user_sessions(
    session: Session,
    workspace_id: str,
    user_id: str,
    *,
    now: datetime,
    reason: str,
    except_id: str | None = None,
) -> int:
    stmt = update(DeviceSession).where(
        DeviceSession.workspace_id == workspace_id,
        DeviceSession.user_id == user_id,
        DeviceSession.revoked_at.is_(None),
    )
    if except_id:
        stmt = stmt.where(DeviceSession.id != except_id)
    result = session.execute(stmt.values(revoked_at=now, revoked_reason=reason))
    # A pending second step (ADR 0042) is a session about to open: whatever ends the user's
    # sessions (a password changed or reset, the account disabled, two-step sign-in reset or
    # replaced, signing out everywhere) ends those too. A challenge earned with the old
    # password must not open a session after the change.
    session.execute(
        delete(MfaChallenge).where(
            MfaChallenge.workspace_id == workspace_id, MfaChallenge.user_id == user_id
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Credential:
    """What authenticating a bearer token needs, from one indexed read (bearer.py)."""

    row_id: str
    workspace_id: str
    user_id: str
    expires_at: datetime | None
    last_seen_at: datetime | None
    revoked_at: datetime | None
    revoked_reason: str | None
    scopes: tuple[str, ...] | None  # API tokens only
    role: str
    user_status: str
    workspace_status: str
    group_ids: frozenset[str]
    password_temporary: bool  # someone else has seen it: the user must choose their own
    mfa_enabled: bool
    mfa_required: bool  # by the workspace (ADR 0042)


def credential(session: Session, token_hash: str, *, api_token: bool) -> Credential | None:
    """A device session or API token by its hash, joined to its user, workspace and group
    memberships: one statement over unique and primary-key indexes (a row per group)."""
    t: type[ApiToken] | type[DeviceSession]
    extra: tuple[InstrumentedAttribute[Any], ...]
    if api_token:
        t = ApiToken
        extra = (ApiToken.last_used_at, ApiToken.scopes, ApiToken.revoked_at)
    else:
        t = DeviceSession
        extra = (DeviceSession.last_seen_at, DeviceSession.revoked_reason, DeviceSession.revoked_at)
    stmt = (
        select(
            t.id,
            t.workspace_id,
            t.user_id,
            t.expires_at,
            *extra,
            User.role,
            User.status,
            Workspace.status,
            GroupMember.group_id,
            User.password_temporary,
            User.mfa_enabled,
            Workspace.mfa_required,
        )
        .join(User, (User.id == t.user_id) & (User.workspace_id == t.workspace_id))
        .join(Workspace, Workspace.id == t.workspace_id)
        .outerjoin(
            GroupMember,
            (GroupMember.user_id == t.user_id) & (GroupMember.workspace_id == t.workspace_id),
        )
        .where(t.token_hash == token_hash)
    )
    rows = session.execute(stmt).all()
    if not rows:
        return None
    first = rows[0]
    row_id, workspace_id, user_id, expires_at, seen, detail, revoked_at = first[:7]
    return Credential(
        row_id=row_id,
        workspace_id=workspace_id,
        user_id=user_id,
        expires_at=expires_at,
        last_seen_at=seen,
        revoked_at=revoked_at,
        revoked_reason=None if api_token else detail,
        scopes=tuple(detail) if api_token else None,
        role=first[7],
        user_status=first[8],
        workspace_status=first[9],
        group_ids=frozenset(r[10] for r in rows if r[10] is not None),
        password_temporary=bool(first[11]),
        mfa_enabled=bool(first[12]),
        mfa_required=bool(first[13]),
    )


def api_token_by_hash(session: Session, token_hash: str) -> ApiToken | None:
    return session.scalars(select(ApiToken).where(ApiToken.token_hash == token_hash)).one_or_none()


def api_token(session: Session, workspace_id: str, token_id: str) -> ApiToken | None:
    return session.scalars(
        select(ApiToken).where(ApiToken.workspace_id == workspace_id, ApiToken.id == token_id)
    ).one_or_none()


def api_tokens(session: Session, workspace_id: str, user_id: str) -> Sequence[ApiToken]:
    return session.scalars(
        select(ApiToken)
        .where(
            ApiToken.workspace_id == workspace_id,
            ApiToken.user_id == user_id,
            ApiToken.revoked_at.is_(None),
        )
        .order_by(ApiToken.created_at)
    ).all()


def revoke_user_tokens(session: Session, workspace_id: str, user_id: str, *, now: datetime) -> int:
    result = session.execute(
        update(ApiToken)
        .where(
            ApiToken.workspace_id == workspace_id,
            ApiToken.user_id == user_id,
            ApiToken.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class FailureStats:
    count: int
    oldest: datetime | None
    newest: datetime | None


def failure_stats(
    session: Session,
    *,
    since: datetime,
    account_key: str | None = None,
    ip_key: str | None = None,
    exclude_id: str | None = None,
) -> FailureStats:
    """Failed password checks since a moment, for an account, an address, or the pair
    (exclude_id: not this one, the guess being judged)."""
    stmt = select(
        func.count(), func.min(SignInFailure.created_at), func.max(SignInFailure.created_at)
    ).where(SignInFailure.created_at >= since)
    if exclude_id is not None:
        stmt = stmt.where(SignInFailure.id != exclude_id)
    if account_key is not None:
        stmt = stmt.where(SignInFailure.account_key == account_key)
    if ip_key is not None:
        stmt = stmt.where(SignInFailure.ip_key == ip_key)
    count, oldest, newest = session.execute(stmt).one()
    return FailureStats(int(count or 0), oldest, newest)


def clear_failures(session: Session, *, account_key: str, ip_key: str | None = None) -> int:
    stmt = delete(SignInFailure).where(SignInFailure.account_key == account_key)
    if ip_key is not None:
        stmt = stmt.where(SignInFailure.ip_key == ip_key)
    return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def delete_failure(session: Session, failure_id: str) -> None:
    session.execute(delete(SignInFailure).where(SignInFailure.id == failure_id))


def prune_failures(session: Session, *, before: datetime) -> int:
    result = session.execute(delete(SignInFailure).where(SignInFailure.created_at < before))
    return int(result.rowcount)  # type: ignore[attr-defined]
