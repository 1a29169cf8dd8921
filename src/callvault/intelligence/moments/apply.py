"""Applying the current moment definitions to past transcripts (a job), recording the diff:
which transcripts gained or lost which moments. A dry run (a preview) computes the same diff
and changes no tag. Each batch commits its re-tagging together
with its part of the diff and a cursor, so a crashed run that is retried resumes after the
last committed batch and still reports every change (re-tagging is idempotent anyway)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Permission, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.intelligence import sealing
from callvault.intelligence.errors import MomentNotFound
from callvault.intelligence.models import MomentHit, MomentRun
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.moments import service as moments
from callvault.intelligence.moments.matcher import match_moments
from callvault.intelligence.pipeline.analysis import Hit, replace_hits
from callvault.intelligence.schemas import ApplyMomentsIn, MomentRunOut
from callvault.intelligence.transcript import Transcript
from callvault.jobs.context import JobContext
from callvault.jobs.queue import enqueue

APPLY_JOB = "vi.moments_apply"
BATCH = 100
MAX_CHANGED_LISTED = 1000


def _out(row: MomentRun) -> MomentRunOut:
    return MomentRunOut(
        id=row.id,
        state=row.state,
        dry_run=row.dry_run,
        created_at=row.created_at,
        finished_at=row.finished_at,
        diff=row.diff,
    )


def request_apply(
    session: Session, *, audit: AuditLog, actor: Actor, data: ApplyMomentsIn
) -> MomentRunOut:
    """Queue re-tagging of past transcripts (optionally within a creation-time range), or its
    preview (dry_run): the same diff, no tag changed."""
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    row = MomentRun(
        id=new_id(),
        workspace_id=actor.workspace_id,
        state="queued",
        dry_run=data.dry_run,
        requested_by=actor.actor_id,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    enqueue(
        session,
        kind=APPLY_JOB,
        workspace_id=actor.workspace_id,
        payload={
            "run_id": row.id,
            "workspace_id": actor.workspace_id,
            "since": data.since.isoformat() if data.since else None,
            "until": data.until.isoformat() if data.until else None,
            "dry_run": data.dry_run,
        },
        max_attempts=3,
    )
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action="intelligence.moments.preview" if data.dry_run else "intelligence.moments.apply",
        object_type="moment_run",
        object_id=row.id,
    )
    return _out(row)


def get_run(session: Session, *, actor: Actor, run_id: str) -> MomentRunOut:
    require(actor.role, actor.scopes, Permission.INTELLIGENCE_MANAGE)
    row = session.get(MomentRun, run_id)
    if row is None or row.workspace_id != actor.workspace_id:
        raise MomentNotFound("Moment run not found.", object_type="moment_run")
    return _out(row)


def _ids(
    db: Database, workspace_id: str, since: datetime | None, until: datetime | None
) -> list[str]:
    stmt = select(TranscriptRow.id).where(
        TranscriptRow.workspace_id == workspace_id, TranscriptRow.redacted_sealed.is_not(None)
    )
    if since is not None:
        stmt = stmt.where(TranscriptRow.created_at >= since)
    if until is not None:
        stmt = stmt.where(TranscriptRow.created_at < until)
    with db.read() as session:
        return list(session.execute(stmt.order_by(TranscriptRow.id)).scalars())


def _retag(
    session: Session, keyring: Keyring, row: TranscriptRow, *, write: bool = True
) -> dict[str, Any] | None:
    """Replace one transcript's hits with the current rules' hits (unless write is False: a
    preview); its diff, if it changed (or would)."""
    assert row.redacted_sealed is not None
    cipher = keyring.cipher(session, row.workspace_id)
    t = Transcript.from_json(sealing.unseal(cipher, row.id, "redacted", row.redacted_sealed))
    rules, aliases = moments.current_rules(session, keyring, row.workspace_id)
    versions = {r.rule.key: r.version for r in rules}
    new = [
        Hit(h.key, versions[h.key], h.evidence)
        for h in match_moments(t, [r.rule for r in rules], aliases=aliases)
    ]
    old = session.execute(select(MomentHit).where(MomentHit.transcript_id == row.id)).scalars()
    before = Counter(h.moment_id for h in old)
    after = Counter(h.moment_id for h in new)
    if write:
        replace_hits(session, row, new)
    if before == after:
        return None
    return {
        "source_type": row.source_type,
        "source_id": row.source_id,
        "added": dict(after - before),
        "removed": dict(before - after),
    }


def _commit_batch(
    session: Session, run_id: str, total: int, last_id: str, batch: list[dict[str, Any]]
) -> None:
    """Fold one batch's changes into the run, in the batch's own transaction: a retried run
    resumes after `cursor` and its diff still counts the batches committed before."""
    run = session.get(MomentRun, run_id, with_for_update=True, populate_existing=True)
    if run is None:
        return
    progress = dict(run.diff or {})
    listed = list(progress.get("changed", []))
    progress.update(
        transcripts=total,
        changed_count=int(progress.get("changed_count", 0)) + len(batch),
        changed=(listed + batch)[:MAX_CHANGED_LISTED],
        cursor=last_id,
    )
    run.diff, run.state = progress, "running"  # a new dict: JSON columns track assignment


def apply_handler(db: Database, keyring: Keyring) -> Any:
    def handle(ctx: JobContext) -> None:
        p = ctx.payload
        ws, run_id = str(p["workspace_id"]), str(p["run_id"])
        since = datetime.fromisoformat(p["since"]) if p.get("since") else None
        until = datetime.fromisoformat(p["until"]) if p.get("until") else None
        write = not p.get("dry_run", False)
        ids = _ids(db, ws, since, until)  # in id order: the cursor is a position in it
        with db.read() as session:
            run = session.get(MomentRun, run_id)
            cursor = (run.diff or {}).get("cursor") if run is not None else None
        todo = [i for i in ids if cursor is None or i > cursor]
        for start in range(0, len(todo), BATCH):
            chunk = todo[start : start + BATCH]
            changed: list[dict[str, Any]] = []
            with db.write() as session:
                for tid in chunk:
                    row = session.get(TranscriptRow, tid)
                    if row is None or row.redacted_sealed is None:
                        continue
                    diff = _retag(session, keyring, row, write=write)
                    if diff is not None:
                        changed.append(diff)
                _commit_batch(session, run_id, len(ids), chunk[-1], changed)
            ctx.heartbeat()
            done = len(ids) - len(todo) + start + len(chunk)
            ctx.report_progress({"done": done, "of": len(ids)})
        with ctx.final_transaction() as session:
            run = session.get(MomentRun, run_id, populate_existing=True)
            if run is not None:
                progress = dict(run.diff or {})
                progress.pop("cursor", None)
                run.state = "done"
                run.finished_at = utcnow()
                run.diff = {
                    "transcripts": len(ids),
                    "changed_count": int(progress.get("changed_count", 0)),
                    "changed": list(progress.get("changed", [])),
                }

    return handle
