"""The usage dashboard's read API: aggregates of the call log for a range of UTC days."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from callvault.analytics import service as analytics
from callvault.analytics.schemas import MAX_RANGE_DAYS, UsageOut
from callvault.analytics.service import UsageQuery
from callvault.core.errors import InvalidInput, NotFound, PermissionDenied
from callvault.core.permissions import Permission
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.model_response import ModelResponse, in_thread
from callvault.web.openapi_doc import documented, file_response

router = APIRouter(tags=["analytics"])

_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


async def usage_query(  # async: no I/O, so no hand-off to the thread pool
    start: Annotated[
        date | None,
        Query(description="First day (UTC), `YYYY-MM-DD`; default: 30 days before `end`."),
    ] = None,
    end: Annotated[
        date | None,
        Query(
            description=f"Last day (UTC), included; default: today. At most {MAX_RANGE_DAYS} "
            "days from `start`."
        ),
    ] = None,
    group_id: Annotated[
        str | None,
        Query(pattern=_UUID, description="Only calls with a member of this group on them."),
    ] = None,
) -> UsageQuery:
    return UsageQuery(start=start, end=end, group_id=group_id)


QueryDep = Annotated[UsageQuery, Depends(usage_query)]
_ERRORS = documented(InvalidInput, NotFound, PermissionDenied)


@router.get(
    "/analytics/usage",
    openapi_extra=rule(Permission.ANALYTICS_READ),
    response_model=UsageOut,
    responses=_ERRORS,
)
async def get_usage(a: ActorDep, c: ContainerDep, query: QueryDep) -> ModelResponse:
    """Calls per day by direction and disposition, minutes, rates, handle time, voicemail,
    minutes transcribed, busiest users and hours. Admins: the workspace; supervisors: the
    groups they supervise."""

    def build() -> UsageOut:
        with c.db.read() as s:
            return analytics.usage(s, keyring=c.keyring, actor=a, query=query)

    return await in_thread(build)


@router.get(
    "/analytics/usage/export",
    openapi_extra=rule(Permission.ANALYTICS_READ),
    response_class=StreamingResponse,
    responses={**file_response("text/csv", description="The figures as CSV"), **_ERRORS},
)
def export_usage(a: ActorDep, c: ContainerDep, query: QueryDep) -> StreamingResponse:
    with c.db.read() as s:
        out = analytics.export_usage(s, keyring=c.keyring, audit=c.audit, actor=a, query=query)
    name = f"usage-{out.start.isoformat()}-{out.end.isoformat()}.csv"
    return StreamingResponse(
        analytics.csv_lines(out),
        media_type="text/csv",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
