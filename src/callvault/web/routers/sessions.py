"""Device sessions (list, revoke) and personal API tokens."""

from __future__ import annotations

from fastapi import APIRouter, status

from callvault.core.permissions import Permission
from callvault.identity import api_tokens, sessions
from callvault.identity.errors import InvalidScope, InvalidTokenLifetime
from callvault.identity.schemas import (
    ApiTokenCreatedOut,
    ApiTokenCreateIn,
    ApiTokenOut,
    DeviceSessionOut,
    TokenScopeOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["sessions"])


@router.get("/sessions", openapi_extra=rule(Permission.SESSIONS_OWN))
def my_sessions(a: ActorDep, c: ContainerDep) -> list[DeviceSessionOut]:
    with c.db.read() as s:
        return sessions.list_sessions(s, keyring=c.keyring, actor=a)


# Ending sessions and making tokens answer device sessions only (ADR 0042): a leaked token
# must not sign its user out (to keep them from noticing) nor mint itself a successor.
@router.delete(
    "/sessions/{session_id}",
    openapi_extra=rule(Permission.SESSIONS_OWN, session_only=True),
    status_code=status.HTTP_204_NO_CONTENT,
)
def revoke_session(session_id: str, a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        sessions.revoke_session(s, audit=c.audit, actor=a, session_id=session_id)


@router.get("/users/{user_id}/sessions", openapi_extra=rule(Permission.SESSIONS_MANAGE))
def user_sessions(user_id: str, a: ActorDep, c: ContainerDep) -> list[DeviceSessionOut]:
    with c.db.read() as s:
        return sessions.list_sessions(s, keyring=c.keyring, actor=a, user_id=user_id)


@router.delete(
    "/users/{user_id}/sessions", openapi_extra=rule(Permission.SESSIONS_MANAGE, session_only=True)
)
def revoke_user_sessions(user_id: str, a: ActorDep, c: ContainerDep) -> dict[str, int]:
    with c.db.write() as s:
        return {"revoked": sessions.revoke_all_sessions(s, audit=c.audit, actor=a, user_id=user_id)}


@router.get("/tokens", openapi_extra=rule(Permission.TOKENS_OWN))
def list_tokens(a: ActorDep, c: ContainerDep) -> list[ApiTokenOut]:
    with c.db.read() as s:
        return api_tokens.list_api_tokens(s, actor=a)


@router.get("/tokens/scopes", openapi_extra=rule(Permission.TOKENS_OWN))
def token_scopes(a: ActorDep) -> list[TokenScopeOut]:
    """The scopes you may put in a token (those your role allows), each with what it allows."""
    return api_tokens.grantable_scopes(actor=a)


@router.post(
    "/tokens",
    openapi_extra=rule(Permission.TOKENS_OWN, session_only=True),
    status_code=201,
    responses=documented(InvalidScope, InvalidTokenLifetime),
)
def create_token(body: ApiTokenCreateIn, a: ActorDep, c: ContainerDep) -> ApiTokenCreatedOut:
    with c.db.write() as s:
        return api_tokens.create_api_token(
            s,
            audit=c.audit,
            actor=a,
            name=body.name,
            scopes=body.scopes,
            expires_in_days=body.expires_in_days,
        )


@router.delete(
    "/tokens/{token_id}",
    openapi_extra=rule(Permission.TOKENS_OWN),
    status_code=status.HTTP_204_NO_CONTENT,
)
def revoke_token(token_id: str, a: ActorDep, c: ContainerDep) -> None:
    with c.db.write() as s:
        api_tokens.revoke_api_token(s, audit=c.audit, actor=a, token_id=token_id)
