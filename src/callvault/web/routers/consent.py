"""AI-use consent (workspace, group, user), its history and effective state, and the
customer-visible report of which calls were eligible, exported or sampled for review."""

from typing import Annotated

from fastapi import APIRouter, Query

from callvault.core.instants import Instant
from callvault.core.permissions import Permission
from callvault.governance.consent import report
from callvault.governance.consent import service as consent
from callvault.governance.consent.report_schemas import ReportCallsOut, ReportOut
from callvault.governance.consent.schemas import (
    ConsentIn,
    EffectiveOut,
    HistoryOut,
    Level,
    LevelOut,
)
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import CURSOR
from callvault.web.query_params import INTEGER_MAX

router = APIRouter(tags=["consent"])
MANAGE = rule(Permission.CONSENT_MANAGE)
OWN = rule(Permission.CONSENT_OWN)
REPORT = rule(Permission.CONSENT_REPORT)


@router.get("/consent/workspace", openapi_extra=MANAGE)
def get_workspace(a: ActorDep, c: ContainerDep) -> LevelOut:
    with c.db.read() as s:
        return consent.get_level(s, actor=a, level=Level.WORKSPACE)


@router.put("/consent/workspace", openapi_extra=MANAGE)
def set_workspace(body: ConsentIn, a: ActorDep, c: ContainerDep) -> LevelOut:
    with c.db.write() as s:
        return consent.set_level(s, audit=c.audit, actor=a, level=Level.WORKSPACE, data=body)


@router.get("/consent/groups/{group_id}", openapi_extra=MANAGE)
def get_group(group_id: str, a: ActorDep, c: ContainerDep) -> LevelOut:
    with c.db.read() as s:
        return consent.get_level(s, actor=a, level=Level.GROUP, subject_id=group_id)


@router.put("/consent/groups/{group_id}", openapi_extra=MANAGE)
def set_group(group_id: str, body: ConsentIn, a: ActorDep, c: ContainerDep) -> LevelOut:
    with c.db.write() as s:
        return consent.set_level(
            s, audit=c.audit, actor=a, level=Level.GROUP, subject_id=group_id, data=body
        )


@router.get("/consent/users/{user_id}", openapi_extra=OWN)
def get_user(user_id: str, a: ActorDep, c: ContainerDep) -> LevelOut:
    with c.db.read() as s:
        return consent.get_level(s, actor=a, level=Level.USER, subject_id=user_id)


@router.put("/consent/users/{user_id}", openapi_extra=OWN)
def set_user(user_id: str, body: ConsentIn, a: ActorDep, c: ContainerDep) -> LevelOut:
    with c.db.write() as s:
        return consent.set_level(
            s, audit=c.audit, actor=a, level=Level.USER, subject_id=user_id, data=body
        )


@router.get("/consent/users/{user_id}/effective", openapi_extra=OWN)
def effective(
    user_id: str,
    a: ActorDep,
    c: ContainerDep,
    as_of: Annotated[
        Instant | None,
        Query(description="The moment to evaluate (ISO 8601 with a zone); default: now."),
    ] = None,
) -> EffectiveOut:
    with c.db.read() as s:
        return consent.effective(s, actor=a, user_id=user_id, as_of=as_of)


@router.get("/consent/history", openapi_extra=MANAGE)
def history(
    a: ActorDep,
    c: ContainerDep,
    level: Annotated[
        Level | None, Query(description="Only changes at this level; default: all levels.")
    ] = None,
    subject_id: Annotated[
        str | None,
        Query(max_length=36, description="Only changes to this group's or user's setting."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Changes per page.")] = 100,
    before: Annotated[
        int | None,
        Query(
            ge=1,
            le=INTEGER_MAX,
            description="The `next_before` of the previous page; leave out for the first page.",
        ),
    ] = None,
) -> HistoryOut:
    with c.db.read() as s:
        return consent.history(
            s, actor=a, level=level, subject_id=subject_id, limit=limit, before=before
        )


@router.get("/consent/report", openapi_extra=REPORT)
def report_summary(a: ActorDep, c: ContainerDep) -> ReportOut:
    with c.db.read() as s:
        return report.summary(s, actor=a)


@router.get("/consent/report/calls", openapi_extra=REPORT)
def report_calls(
    a: ActorDep,
    c: ContainerDep,
    cursor: Annotated[str | None, Query(max_length=200, description=CURSOR)] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Calls per page.")] = 50,
) -> ReportCallsOut:
    with c.db.read() as s:
        return report.calls(s, actor=a, cursor=cursor, limit=limit)
