"""Personal API tokens for integrations: scoped, hashed, shown once, revocable."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permission_descriptions import describe
from callvault.core.permissions import PERMISSIONS, Permission, allows, require
from callvault.identity import repository as repo
from callvault.identity import secrets, token_lifetime
from callvault.identity.errors import InvalidScope, InvalidTokenLifetime, SessionRequired
from callvault.identity.models import ApiToken
from callvault.identity.schemas import ApiTokenCreatedOut, ApiTokenOut, TokenScopeOut


def _token_out(row: ApiToken) -> ApiTokenOut:
    return ApiTokenOut(
        id=row.id,
        name=row.name,
        scopes=list(row.scopes),
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        expires_at=row.expires_at,
    )


def grantable_scopes(*, actor: Actor) -> list[TokenScopeOut]:
    """The scopes the actor may put in a token (what their role allows), in the permission
    table's order, which keeps each area's permissions together."""
    require(actor.role, actor.scopes, Permission.TOKENS_OWN)
    return [
        TokenScopeOut(name=p.value, description=describe(p))
        for p in Permission
        if allows(actor.role, p, None)
    ]


def create_api_token(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    name: str,
    scopes: list[str],
    expires_in_days: int,
) -> ApiTokenCreatedOut:
    """A personal token for integrations; scopes must be permissions your role has, and it
    expires within token_lifetime.MAX_DAYS (ADR 0041)."""
    require(actor.role, actor.scopes, Permission.TOKENS_OWN)
    if actor.token_id is not None:
        raise SessionRequired("API tokens cannot create other API tokens.")
    # The schema refuses these too; this holds for every caller, not only the HTTP route.
    reason = token_lifetime.problem(expires_in_days)
    if reason is not None:
        raise InvalidTokenLifetime(reason, field="expires_in_days")
    known = {p.value for p in PERMISSIONS}
    for scope in scopes:
        if scope not in known:
            raise InvalidScope(f"Unknown scope {scope!r}.", field="scopes")
        if not allows(actor.role, Permission(scope), None):
            raise InvalidScope(f"Your role cannot grant {scope!r}.", field="scopes")
    assert actor.user_id is not None
    token = secrets.new_token(secrets.API_TOKEN_PREFIX)
    now = utcnow()
    row = ApiToken(
        workspace_id=actor.workspace_id,
        user_id=actor.user_id,
        name=name,
        token_hash=secrets.token_hash(token),
        scopes=sorted(set(scopes)),
        created_at=now,
        expires_at=now + timedelta(days=expires_in_days),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="api_token.create",
        object_type="api_token",
        object_id=row.id,
        details={"scopes": row.scopes},
    )
    return ApiTokenCreatedOut(token=token, **_token_out(row).model_dump())


def list_api_tokens(session: Session, *, actor: Actor) -> list[ApiTokenOut]:
    require(actor.role, actor.scopes, Permission.TOKENS_OWN)
    assert actor.user_id is not None
    return [_token_out(r) for r in repo.api_tokens(session, actor.workspace_id, actor.user_id)]


def revoke_api_token(session: Session, *, audit: AuditLog, actor: Actor, token_id: str) -> None:
    require(actor.role, actor.scopes, Permission.TOKENS_OWN)
    row = repo.api_token(session, actor.workspace_id, token_id)
    if row is None or row.user_id != actor.user_id or row.revoked_at is not None:
        raise NotFound("API token not found.", object_type="api_token")
    row.revoked_at = utcnow()
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="api_token.revoke",
        object_type="api_token",
        object_id=row.id,
    )
