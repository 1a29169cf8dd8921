"""An alert as the API and the real-time events show it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from callvault.governance.alerts.models import SecurityAlert
from callvault.governance.alerts.rules import WINDOW_RULES
from callvault.governance.alerts.schemas import AlertOut, AuditLinkOut, EvidenceOut
from callvault.governance.alerts.summary import describe

_FILTERS = {rule.name: rule.audit_filter for rule in WINDOW_RULES}


def alert_out(row: SecurityAlert) -> AlertOut:
    details: dict[str, Any] = row.details or {}
    if row.rule in _FILTERS:
        narrowed = _FILTERS[row.rule](row.subject)
    else:
        narrowed = {"action": details["action"]} if "action" in details else {}
    return AlertOut(
        id=row.id,
        rule=row.rule,
        severity=row.severity,
        status=row.status,
        summary=describe(row.rule, row.subject, row.count, details),
        subject_type=row.subject_type,
        subject=row.subject,
        first_at=row.first_at,
        last_at=row.last_at,
        count=row.count,
        evidence=[EvidenceOut(seq=e["seq"], id=e["id"]) for e in row.evidence],
        audit_link=AuditLinkOut(
            **narrowed, since=row.first_at, until=row.last_at + timedelta(seconds=1)
        ),
        acknowledged_by=row.acknowledged_by,
        acknowledged_at=row.acknowledged_at,
    )
