"""Training-data export, an operator's (instance-level) job. Three steps:

1. select, under the consent lock: the calls eligible for training in each workspace now;
2. build items outside any transaction (clips written as it goes; can take long);
3. finalise, under the consent lock again: re-assess every selected call, drop (and delete
   the clips of) any that consent no longer allows, then write items.jsonl, record what was
   exported under which consent state, audit it per workspace and mark the export done.

So a consent change racing an export either lands before step 3 (and its call is dropped) or
after the export completed; the finished export never holds a call withdrawn before it ended."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import Conflict, NotFound
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.consent.eligibility import Assessment, Purpose, assess, candidates
from callvault.governance.consent.ledger import snapshot
from callvault.governance.consent.locks import hold_for_reading
from callvault.governance.training import items as call_items
from callvault.governance.training import scrub
from callvault.governance.training.models import (
    DONE,
    FAILED,
    QUEUED,
    RUNNING,
    TrainingExport,
    TrainingExportCall,
)
from callvault.storage.encrypted import EncryptedBlobStore

EXPORT_JOB = "training.export"
ITEMS_FILE = "items.jsonl"
CLIPS_DIR = "clips"


@dataclass
class _Selected:
    workspace_id: str
    call: Assessment
    consent_seq: int
    items: call_items.CallItems | None = field(default=None)


def request_export(session: Session, *, requested_by: str) -> str:
    """A queued export record (the job or the CLI runs it)."""
    row = TrainingExport(state=QUEUED, requested_by=requested_by[:64])
    session.add(row)
    session.flush()
    return row.id


def _prepare(to: Path) -> Path:
    if to.exists() and any(to.iterdir()):
        raise Conflict("The export directory must be new or empty.", field="to")
    (to / CLIPS_DIR).mkdir(parents=True, exist_ok=True)
    return to


def _select(db: Database, export_id: str, workspace_ids: Sequence[str] | None) -> list[_Selected]:
    with db.write() as session:
        row = session.get(TrainingExport, export_id)
        if row is None:
            raise NotFound("No such export.", object_type="training_export")
        if row.state not in (QUEUED, FAILED):
            raise Conflict("The export has already run.", state=row.state)
        row.state = RUNNING
        now = utcnow()
        selected: list[_Selected] = []
        for ws in hold_for_reading(session, workspace_ids):
            snap = snapshot(session, ws, now)
            for a in assess(session, snap, candidates(session, ws)):
                if a.eligible(Purpose.TRAINING):
                    selected.append(_Selected(ws, a, snap.seq))
        return selected


def _finalise(
    db: Database, audit: AuditLog, export_id: str, to: Path, selected: list[_Selected]
) -> TrainingExport:
    with db.write() as session:
        hold_for_reading(session, sorted({s.workspace_id for s in selected}))
        now = utcnow()
        kept: list[_Selected] = []
        withdrawn = 0
        for ws in sorted({s.workspace_id for s in selected}):
            snap = snapshot(session, ws, now)
            mine = [s for s in selected if s.workspace_id == ws and s.items is not None]
            ok = {
                a.call_id
                for a in assess(session, snap, [s.call.call_id for s in mine])
                if a.eligible(Purpose.TRAINING)
            }
            for s in mine:
                if s.call.call_id in ok:
                    s.consent_seq = snap.seq
                    kept.append(s)
                else:
                    assert s.items is not None
                    s.items.discard()
                    withdrawn += 1
        lines = [line for s in kept if s.items for line in s.items.lines]
        (to / ITEMS_FILE).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        manifest = {"format": "callvault-training/1", "items": len(lines), "calls": len(kept)}
        (to / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        per_ws: dict[str, list[_Selected]] = {}
        for s in kept:
            assert s.items is not None
            per_ws.setdefault(s.workspace_id, []).append(s)
            session.add(
                TrainingExportCall(
                    export_id=export_id,
                    call_id=s.call.call_id,
                    workspace_id=s.workspace_id,
                    items=len(s.items.lines),
                    consent_seq=s.consent_seq,
                    exported_at=now,
                )
            )
        for ws, done in per_ws.items():
            audit.record(
                session,
                workspace_id=ws,
                action="training.exported",
                actor=Actor.system(ws, reason="training-export"),
                object_type="training_export",
                object_id=export_id,
                details={
                    "calls": len(done),
                    "items": sum(len(s.items.lines) for s in done if s.items),
                    "consent_seq": max(s.consent_seq for s in done),
                },
            )
        row = session.get(TrainingExport, export_id)
        assert row is not None
        row.state, row.finished_at = DONE, now
        row.calls, row.items, row.withdrawn = len(kept), len(lines), withdrawn
        return row


def run_export(
    db: Database,
    *,
    keyring: Keyring,
    blobs: EncryptedBlobStore,
    audit: AuditLog,
    export_id: str,
    to: Path,
    workspace_ids: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> TrainingExport:
    """Run a queued export into the directory `to` (new or empty)."""
    out = _prepare(to)
    selected = _select(db, export_id, workspace_ids)
    try:
        scrubbers: dict[str, scrub.Scrubber] = {}
        for ws in sorted({s.workspace_id for s in selected}):
            with db.read() as session:
                ids = [s.call.call_id for s in selected if s.workspace_id == ws]
                scrubbers[ws] = scrub.for_workspace(session, keyring, ws, ids)
        for done, s in enumerate(selected, start=1):
            assert s.call.transcript_id is not None
            s.items = call_items.build(
                db,
                keyring,
                blobs,
                workspace_id=s.workspace_id,
                call_id=s.call.call_id,
                transcript_id=s.call.transcript_id,
                scrub=scrubbers[s.workspace_id],
                clips_dir=out / CLIPS_DIR,
            )
            if progress is not None:
                progress(done, len(selected))
        return _finalise(db, audit, export_id, out, selected)
    except BaseException as exc:
        for s in selected:
            if s.items is not None:
                s.items.discard()
        with db.write() as session:
            row = session.get(TrainingExport, export_id)
            if row is not None:
                row.state, row.finished_at = FAILED, utcnow()
                row.error = type(exc).__name__
        raise
