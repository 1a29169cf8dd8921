"""The report a workspace's admins and auditors see: which calls were eligible for training
and review (and why not), which were exported or sampled, and the consent ledger entry each
export and sample was checked under."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callvault.comms.calls import facts as calls_facts
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, require
from callvault.governance.consent import ledger
from callvault.governance.consent.eligibility import Purpose, assess, candidates
from callvault.governance.consent.report_schemas import (
    ExportedOut,
    ReportCallOut,
    ReportCallsOut,
    ReportOut,
    SampledOut,
    UseOut,
)
from callvault.governance.consent.schemas import Level, LevelOut, Setting, SettingState
from callvault.governance.review.models import ReviewSample, ReviewSnippet
from callvault.governance.training.models import TrainingExportCall

PAGE_MAX = 200


def summary(session: Session, *, actor: Actor) -> ReportOut:
    require(actor.role, actor.scopes, Permission.CONSENT_REPORT)
    ws = actor.workspace_id
    snap = ledger.snapshot(session, ws, utcnow())
    assessed = assess(session, snap, candidates(session, ws))
    settings = {
        s: SettingState(allowed=snap.value(Level.WORKSPACE, ws, s), explicit=False) for s in Setting
    }
    exported = session.execute(
        select(
            func.count(func.distinct(TrainingExportCall.call_id)),
            func.sum(TrainingExportCall.items),
        ).where(TrainingExportCall.workspace_id == ws)
    ).one()
    sampled = session.execute(
        select(func.count(func.distinct(ReviewSnippet.call_id)), func.count()).where(
            ReviewSnippet.workspace_id == ws
        )
    ).one()
    return ReportOut(
        workspace_consent=LevelOut(level=Level.WORKSPACE, subject_id=ws, settings=settings),
        consent_seq=snap.seq,
        calls=calls_facts.count_calls(session, workspace_id=ws),
        eligible_for_training=sum(a.eligible(Purpose.TRAINING) for a in assessed),
        eligible_for_review=sum(a.eligible(Purpose.REVIEW) for a in assessed),
        exported_calls=int(exported[0] or 0),
        exported_items=int(exported[1] or 0),
        sampled_calls=int(sampled[0] or 0),
        sampled_snippets=int(sampled[1] or 0),
    )


def calls(
    session: Session, *, actor: Actor, cursor: str | None = None, limit: int = 50
) -> ReportCallsOut:
    """Every call of the workspace, newest first, with its eligibility and uses."""
    require(actor.role, actor.scopes, Permission.CONSENT_REPORT)
    ws = actor.workspace_id
    limit = max(1, min(limit, PAGE_MAX))
    found = calls_facts.call_page(session, workspace_id=ws, cursor=cursor, limit=limit)
    page = found.call_ids
    snap = ledger.snapshot(session, ws, utcnow())
    exports: dict[str, list[ExportedOut]] = {}
    for row in session.scalars(
        select(TrainingExportCall).where(
            TrainingExportCall.workspace_id == ws, TrainingExportCall.call_id.in_(page)
        )
    ):
        exports.setdefault(row.call_id, []).append(
            ExportedOut(
                export_id=row.export_id,
                exported_at=row.exported_at,
                items=row.items,
                consent_seq=row.consent_seq,
            )
        )
    samples: dict[str, list[SampledOut]] = {}
    for call_id, sample, count in session.execute(
        select(ReviewSnippet.call_id, ReviewSample, func.count())
        .join(ReviewSample, ReviewSample.id == ReviewSnippet.sample_id)
        .where(ReviewSnippet.workspace_id == ws, ReviewSnippet.call_id.in_(page))
        .group_by(ReviewSnippet.call_id, ReviewSample.id)
    ):
        samples.setdefault(call_id, []).append(
            SampledOut(
                sample_id=sample.id,
                sampled_at=sample.created_at,
                snippets=count,
                consent_seq=sample.consent_seq,
            )
        )
    items = [
        ReportCallOut(
            call_id=a.call_id,
            started_at=a.started_at,
            training=UseOut(
                eligible=a.eligible(Purpose.TRAINING), reasons=a.reasons(Purpose.TRAINING)
            ),
            review=UseOut(eligible=a.eligible(Purpose.REVIEW), reasons=a.reasons(Purpose.REVIEW)),
            exported=exports.get(a.call_id, []),
            sampled=samples.get(a.call_id, []),
        )
        for a in assess(session, snap, page)
    ]
    return ReportCallsOut(items=items, next_cursor=found.next_cursor)
