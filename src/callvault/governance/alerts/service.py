"""Alert use cases: list, acknowledge, and store what detection found (raise or extend).

Raising and acknowledging are audited (`alert.raised`, `alert.acknowledged`) in the same
transaction as the change; the rules skip `alert.*` entries, so these never raise alerts.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit import use_cases as audit_use_cases
from callvault.audit.schemas import VerifyOut
from callvault.audit.service import AuditLog
from callvault.comms.cursors import decode_cursor, encode_cursor
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError, NotFound
from callvault.core.permissions import Permission, require
from callvault.db.engine import Database
from callvault.governance.alerts import repository as repo
from callvault.governance.alerts.delivery import AlertNotice, Notify
from callvault.governance.alerts.detection import Extend, Raise
from callvault.governance.alerts.errors import AlertAlreadyAcknowledged
from callvault.governance.alerts.models import SecurityAlert
from callvault.governance.alerts.rendering import alert_out
from callvault.governance.alerts.rules import CHAIN_TAMPERED, Observed
from callvault.governance.alerts.schemas import AlertOut, AlertPageOut

log = logging.getLogger("callvault.alerts")

RAISED = "alert.raised"
ACKNOWLEDGED = "alert.acknowledged"
# Evidence kept per alert: enough to open every entry of any realistic incident; a flood
# beyond it still counts (count, last_at) and the audit link still finds it all.
EVIDENCE_MAX = 500


def open_key(rule: str, key: str) -> str:
    return f"{rule}:{key}"


def list_alerts(
    session: Session,
    *,
    actor: Actor,
    status: str | None,
    severity: str | None,
    cursor: str | None,
    limit: int,
) -> AlertPageOut:
    require(actor.role, actor.scopes, Permission.AUDIT_READ)
    after = decode_cursor(cursor) if cursor else None
    rows = repo.page(
        session, actor.workspace_id, status=status, severity=severity, after=after, limit=limit
    )
    last = rows[-1] if len(rows) == limit else None
    return AlertPageOut(
        alerts=[alert_out(r) for r in rows],
        next_cursor=encode_cursor(last.last_at, last.id) if last is not None else None,
        open_count=repo.count_open(session, actor.workspace_id),
    )


def get_alert(session: Session, *, actor: Actor, alert_id: str) -> AlertOut:
    require(actor.role, actor.scopes, Permission.AUDIT_READ)
    row = repo.alert(session, actor.workspace_id, alert_id)
    if row is None:
        raise NotFound("Alert not found.")
    return alert_out(row)


def acknowledge(
    db: Database, *, audit: AuditLog, notify: Notify, actor: Actor, alert_id: str
) -> AlertOut:
    """Mark an open alert handled (who, when; audited) and tell the other recipients."""
    require(actor.role, actor.scopes, Permission.AUDIT_ACKNOWLEDGE)
    with db.write() as s:
        row = repo.alert(s, actor.workspace_id, alert_id)
        if row is None:
            raise NotFound("Alert not found.")
        if row.status != "open":
            raise AlertAlreadyAcknowledged(
                "This alert was already acknowledged.",
                acknowledged_by=row.acknowledged_by,
            )
        row.status, row.open_key = "acknowledged", None
        row.acknowledged_by, row.acknowledged_at = actor.actor_id, utcnow()
        audit.record(
            s,
            workspace_id=actor.workspace_id,
            actor=actor,
            action=ACKNOWLEDGED,
            object_type="security_alert",
            object_id=row.id,
            details={"rule": row.rule, "severity": row.severity},
        )
        s.flush()
        out = alert_out(row)
    notify([AlertNotice(actor.workspace_id, row.id, ACKNOWLEDGED)])
    return out


def store(
    session: Session, audit: AuditLog, *, workspace_id: str, found: Raise | Extend
) -> AlertNotice | None:
    """Raise a new alert or add to the open one (in the caller's transaction)."""
    if isinstance(found, Extend):
        row = repo.open_alert(session, workspace_id, open_key(found.rule, found.key))
        if row is None or not found.entries:
            return None
        _add(row, found.entries)
        return AlertNotice(workspace_id, row.id, "alert.updated")
    row = SecurityAlert(
        workspace_id=workspace_id,
        rule=found.rule,
        severity=found.severity,
        subject_type=found.subject_type,
        subject=found.subject,
        open_key=open_key(found.rule, found.key),
        status="open",
        first_at=found.evidence[0].at,
        last_at=found.evidence[-1].at,
        count=len(found.evidence),
        evidence=_evidence(found.evidence)[:EVIDENCE_MAX],
        details=found.details,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        workspace_id=workspace_id,
        actor_type="system",
        actor_id="alerts",
        action=RAISED,
        object_type="security_alert",
        object_id=row.id,
        details={
            "rule": row.rule,
            "severity": row.severity,
            "count": row.count,
            "evidence_seqs": [e.seq for e in found.evidence[:50]],
        },
    )
    return AlertNotice(workspace_id, row.id, RAISED)


def _add(row: SecurityAlert, entries: list[Observed]) -> None:
    row.count += len(entries)
    row.last_at = max(row.last_at, entries[-1].at)
    room = EVIDENCE_MAX - len(row.evidence)
    if room > 0:
        row.evidence = [*row.evidence, *_evidence(entries)[:room]]  # reassigned: JSON changes


def _evidence(entries: list[Observed]) -> list[dict[str, Any]]:
    return [{"seq": e.seq, "id": e.id} for e in entries]


def raise_tampered(
    session: Session,
    audit: AuditLog,
    *,
    workspace_id: str,
    problems: list[dict[str, Any]],
) -> AlertNotice:
    """A verification found the chain tampered with: one critical alert (open until
    acknowledged; further failing verifications add to it)."""
    now = utcnow()
    codes = sorted({str(p["problem"]) for p in problems})
    seqs = sorted({int(p["seq"]) for p in problems if p.get("seq") is not None})
    row = repo.open_alert(session, workspace_id, open_key(CHAIN_TAMPERED, "chain"))
    if row is not None:
        row.count += 1
        row.last_at = now
        row.details = {**row.details, "problems": sorted({*row.details["problems"], *codes})}
        return AlertNotice(workspace_id, row.id, "alert.updated")
    row = SecurityAlert(
        workspace_id=workspace_id,
        rule=CHAIN_TAMPERED,
        severity="critical",
        subject_type="chain",
        subject="chain",
        open_key=open_key(CHAIN_TAMPERED, "chain"),
        status="open",
        first_at=now,
        last_at=now,
        count=1,
        # The entries the verification named (which may be the very ones tampered with).
        evidence=[{"seq": s, "id": ""} for s in seqs[:EVIDENCE_MAX]],
        details={"problems": codes},
    )
    session.add(row)
    session.flush()
    try:
        # A chain broken badly enough (its head row deleted) takes no new entry: the alert
        # is still stored, which matters more than its own audit entry.
        with session.begin_nested():
            audit.record(
                session,
                workspace_id=workspace_id,
                actor_type="system",
                actor_id="alerts",
                action=RAISED,
                object_type="security_alert",
                object_id=row.id,
                details={"rule": CHAIN_TAMPERED, "severity": "critical", "problems": codes},
            )
    except (IntegrityError, CallvaultError) as exc:
        log.warning(
            "alerts: the tampered chain took no alert.raised entry (%s)", type(exc).__name__
        )
    return AlertNotice(workspace_id, row.id, RAISED)


def verify(db: Database, *, audit: AuditLog, notify: Notify, actor: Actor) -> VerifyOut:
    """Verify the actor's workspace's chain (audit.verify); tampering found raises the
    critical alert as well as answering."""
    out = audit_use_cases.verify(db, audit=audit, actor=actor)
    if not out.ok:
        problems = [p.model_dump() for p in out.problems]
        with db.write() as s:
            notice = raise_tampered(s, audit, workspace_id=actor.workspace_id, problems=problems)
        notify([notice])
    return out
