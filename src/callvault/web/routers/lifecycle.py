"""The end of an account's life: offboarding a user, closing the workspace."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Response

from callvault.core.permissions import Permission
from callvault.governance.closure import service as closure
from callvault.governance.closure.errors import ClosureAlreadyRequested, ClosureInProgress
from callvault.governance.closure.schemas import ClosureOut, ClosureRequestIn, ClosureStateOut
from callvault.governance.offboarding import service as offboarding
from callvault.governance.offboarding.schemas import OffboardIn, OffboardOut
from callvault.identity.errors import LastOwner
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import documented

router = APIRouter(tags=["lifecycle"])


@router.get("/workspace/closure", openapi_extra=rule(Permission.WORKSPACE_CLOSE))
def get_closure(a: ActorDep, c: ContainerDep) -> ClosureStateOut:
    with c.db.read() as s:
        return closure.closure_state(s, actor=a)


@router.post(
    "/workspace/closure",
    # Ending the workspace, or calling its end off, is a decision of a person signed in, never
    # of an integration's token (ADR 0042, second addendum).
    openapi_extra=rule(Permission.WORKSPACE_CLOSE, session_only=True),
    status_code=202,
    responses={
        200: {"description": "Dry run: checked, nothing started"},
        **documented(ClosureAlreadyRequested),
    },
)
def request_closure(
    body: ClosureRequestIn, a: ActorDep, c: ContainerDep, response: Response
) -> ClosureOut:
    out = closure.request_closure(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=a,
        password=body.password,
        waiting=timedelta(hours=c.settings.closure_waiting_hours),
        dry_run=body.dry_run,
        policy=c.auth_policy,
    )
    if body.dry_run:
        response.status_code = 200
    return out


@router.delete(
    "/workspace/closure",
    openapi_extra=rule(Permission.WORKSPACE_CLOSE, session_only=True),
    responses=documented(ClosureInProgress),
)
def cancel_closure(a: ActorDep, c: ContainerDep) -> ClosureStateOut:
    with c.db.write() as s:
        return closure.cancel_closure(s, audit=c.audit, actor=a)


@router.post(
    "/users/{user_id}/offboard",
    openapi_extra=rule(Permission.USERS_OFFBOARD),
    responses=documented(LastOwner),
)
def offboard_user(user_id: str, body: OffboardIn, a: ActorDep, c: ContainerDep) -> OffboardOut:
    return offboarding.offboard_user(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        blobs=c.blobs,
        bus=c.bus,
        steps=c.offboarding_steps,
        actor=a,
        user_id=user_id,
        plan=body,
    )
