"""Security alerts (ADR 0048): list them (with the audit log's readers), acknowledge them
(owners and admins)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from callvault.comms.cursors import InvalidCursor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission
from callvault.governance.alerts import service as alerts
from callvault.governance.alerts.errors import AlertAlreadyAcknowledged
from callvault.governance.alerts.schemas import AlertOut, AlertPageOut
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep
from callvault.web.openapi_doc import CURSOR, documented

router = APIRouter(tags=["audit"])


@router.get(
    "/audit/alerts",
    openapi_extra=rule(Permission.AUDIT_READ),
    responses=documented(InvalidCursor),
)
def list_alerts(
    a: ActorDep,
    c: ContainerDep,
    status: Annotated[
        Literal["open", "acknowledged"] | None, Query(description="Only alerts in this state.")
    ] = None,
    severity: Annotated[
        Literal["info", "warning", "critical"] | None,
        Query(description="Only alerts of this severity."),
    ] = None,
    cursor: Annotated[str | None, Query(max_length=200, description=CURSOR)] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Alerts per page.")] = 50,
) -> AlertPageOut:
    """Latest activity first."""
    with c.db.read() as s:
        return alerts.list_alerts(
            s, actor=a, status=status, severity=severity, cursor=cursor, limit=limit
        )


@router.post(
    "/audit/alerts/{alert_id}/acknowledge",
    openapi_extra=rule(Permission.AUDIT_ACKNOWLEDGE),
    responses=documented(NotFound, AlertAlreadyAcknowledged),
)
def acknowledge_alert(alert_id: str, a: ActorDep, c: ContainerDep) -> AlertOut:
    """Mark the alert handled (audited as `alert.acknowledged`); a continuing attack then
    raises a new one."""
    return alerts.acknowledge(
        c.db, audit=c.audit, notify=c.alerts.notify, actor=a, alert_id=alert_id
    )
