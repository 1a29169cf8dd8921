"""Consent use cases: read and set a level's settings, list the history, and the effective
state for a user at any moment. Every change is appended to the ledger and audited in the
same transaction; an opt-out also withdraws the pending review snippets it no longer allows
(same transaction, so no reviewer sees them once the change has committed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.core.permissions import Permission, allows, require
from callvault.governance.consent import ledger
from callvault.governance.consent.locks import lock_for_change
from callvault.governance.consent.models import ConsentChange
from callvault.governance.consent.schemas import (
    ChangeOut,
    ConsentIn,
    EffectiveOut,
    HistoryOut,
    Level,
    LevelOut,
    Setting,
    SettingState,
)
from callvault.governance.review.withdraw import withdraw_pending
from callvault.identity import directory

HISTORY_MAX = 200


def _check(session: Session, actor: Actor, level: Level, subject_id: str) -> str:
    """The subject id after access checks; another workspace's or unknown subject: 404."""
    if level is Level.WORKSPACE:
        require(actor.role, actor.scopes, Permission.CONSENT_MANAGE)
        return actor.workspace_id
    if level is Level.GROUP:
        require(actor.role, actor.scopes, Permission.CONSENT_MANAGE)
        if not directory.has_group(session, workspace_id=actor.workspace_id, group_id=subject_id):
            raise NotFound("No such group.", object_type="group")
        return subject_id
    require(actor.role, actor.scopes, Permission.CONSENT_OWN)
    found = directory.has_user(session, workspace_id=actor.workspace_id, user_id=subject_id)
    own = actor.user_id is not None and actor.user_id == subject_id
    if not found or not (own or allows(actor.role, Permission.CONSENT_MANAGE, actor.scopes)):
        raise NotFound("No such user.", object_type="user")
    return subject_id


def _level_out(snap: ledger.Snapshot, level: Level, subject_id: str) -> LevelOut:
    states = {}
    for setting in Setting:
        row = snap.latest.get((level.value, subject_id, setting.value))
        states[setting] = SettingState(
            allowed=snap.value(level, subject_id, setting),
            explicit=row is not None,
            changed_at=row.changed_at if row else None,
            changed_by=row.actor_id if row else None,
        )
    return LevelOut(level=level, subject_id=subject_id, settings=states)


def get_level(session: Session, *, actor: Actor, level: Level, subject_id: str = "") -> LevelOut:
    """A level's current settings (defaults shown as not explicit)."""
    subject = _check(session, actor, level, subject_id)
    return _level_out(ledger.snapshot(session, actor.workspace_id, utcnow()), level, subject)


def set_level(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    level: Level,
    subject_id: str = "",
    data: ConsentIn,
) -> LevelOut:
    """Record one change (a repeat of the current explicit value records nothing)."""
    subject = _check(session, actor, level, subject_id)
    lock_for_change(session, actor.workspace_id)
    now = utcnow()
    snap = ledger.snapshot(session, actor.workspace_id, now)
    current = snap.latest.get((level.value, subject, data.setting.value))
    if current is None or current.allowed != data.allowed:
        row = ConsentChange(
            workspace_id=actor.workspace_id,
            level=level.value,
            subject_id=subject,
            setting=data.setting.value,
            allowed=data.allowed,
            actor_type=actor.actor_type,
            actor_id=actor.actor_id,
            changed_at=now,
        )
        session.add(row)
        session.flush()
        withdrawn = 0
        if not data.allowed:  # review needs both settings (corrections train models too)
            withdrawn = withdraw_pending(session, workspace_id=actor.workspace_id)
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            action="consent.changed",
            actor=actor,
            object_type=level.value,
            object_id=subject,
            details={
                "setting": data.setting.value,
                "allowed": data.allowed,
                "seq": row.seq,
                "review_snippets_withdrawn": withdrawn,
            },
        )
        snap = ledger.snapshot(session, actor.workspace_id, now)
    return _level_out(snap, level, subject)


def history(
    session: Session,
    *,
    actor: Actor,
    level: Level | None = None,
    subject_id: str | None = None,
    limit: int = 100,
    before: int | None = None,
) -> HistoryOut:
    """The workspace's changes, newest first; page with before (the last page's lowest seq)."""
    require(actor.role, actor.scopes, Permission.CONSENT_MANAGE)
    limit = max(1, min(limit, HISTORY_MAX))
    stmt = select(ConsentChange).where(ConsentChange.workspace_id == actor.workspace_id)
    if level is not None:
        stmt = stmt.where(ConsentChange.level == level.value)
    if subject_id is not None:
        stmt = stmt.where(ConsentChange.subject_id == subject_id)
    if before is not None:
        stmt = stmt.where(ConsentChange.seq < before)
    rows = session.scalars(stmt.order_by(ConsentChange.seq.desc()).limit(limit + 1)).all()
    items = [
        ChangeOut(
            seq=r.seq,
            level=Level(r.level),
            subject_id=r.subject_id,
            setting=Setting(r.setting),
            allowed=r.allowed,
            actor_type=r.actor_type,
            actor_id=r.actor_id,
            changed_at=r.changed_at,
        )
        for r in rows[:limit]
    ]
    return HistoryOut(items=items, next_before=items[-1].seq if len(rows) > limit else None)


def effective(
    session: Session, *, actor: Actor, user_id: str, as_of: datetime | None = None
) -> EffectiveOut:
    """What applied to the user's calls at as_of (default now), all levels combined."""
    subject = _check(session, actor, Level.USER, user_id)
    at = as_of or utcnow()
    snap = ledger.snapshot(session, actor.workspace_id, at)
    blocked = {s: snap.blocked_by(s, [subject]) for s in Setting}
    return EffectiveOut(
        user_id=subject,
        as_of=at,
        allowed={s: not b for s, b in blocked.items()},
        blocked_by={
            s: [b.replace(f"user:{subject}", "user") for b in v] for s, v in blocked.items()
        },
    )
