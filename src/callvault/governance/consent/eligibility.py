"""Which calls may be used, and why not: recorded AND transcribed with redaction verified
clean AND not tagged sensitive AND consented at every level (workspace, each participant's
groups, each participant). Training needs `ai_training`; manual review needs it and
`manual_review` too (reviewers' corrections become training data)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from callvault.comms.calls import facts as calls
from callvault.comms.calls.facts import CallFacts
from callvault.governance.consent.ledger import Snapshot
from callvault.governance.consent.schemas import Setting
from callvault.intelligence import redacted as transcripts
from callvault.intelligence.redacted import TranscriptFacts

SENSITIVE_TAG = "sensitive"


class Purpose(StrEnum):
    TRAINING = "training"
    REVIEW = "review"


NEEDS: dict[Purpose, tuple[Setting, ...]] = {
    Purpose.TRAINING: (Setting.AI_TRAINING,),
    Purpose.REVIEW: (Setting.AI_TRAINING, Setting.MANUAL_REVIEW),
}


@dataclass(frozen=True, slots=True)
class Assessment:
    call_id: str
    started_at: datetime
    transcript_id: str | None
    user_ids: tuple[str, ...]
    problems: tuple[str, ...]  # data reasons: not_recorded, not_transcribed, ...
    blocked: dict[Setting, list[str]]  # consent reasons per setting

    def eligible(self, purpose: Purpose) -> bool:
        return not self.problems and not any(self.blocked[s] for s in NEEDS[purpose])

    def reasons(self, purpose: Purpose) -> list[str]:
        consent = {f"opted_out:{b}" for s in NEEDS[purpose] for b in self.blocked[s]}
        return [*self.problems, *sorted(consent)]


def candidates(session: Session, workspace_id: str) -> list[str]:
    """Ids of the workspace's calls whose data qualifies (consent not yet considered),
    oldest first."""
    return calls.recorded_call_ids(
        session,
        workspace_id=workspace_id,
        among=transcripts.clean_call_ids(workspace_id),
        without_tag=SENSITIVE_TAG,
    )


def assess(session: Session, snap: Snapshot, call_ids: Sequence[str]) -> list[Assessment]:
    """One assessment per existing call of the snapshot's workspace, in the order given."""
    ws = snap.workspace_id
    ids = list(dict.fromkeys(call_ids))
    if not ids:
        return []
    facts = calls.call_facts(session, workspace_id=ws, call_ids=ids, flag_tag=SENSITIVE_TAG)
    transcribed = transcripts.call_transcripts(session, workspace_id=ws, call_ids=ids)
    out: list[Assessment] = []
    for call_id in ids:
        call = facts.get(call_id)
        if call is None:
            continue
        t = transcribed.get(call_id)
        out.append(
            Assessment(
                call_id=call_id,
                started_at=call.started_at,
                transcript_id=t.transcript_id if t is not None else None,
                user_ids=call.user_ids,
                problems=tuple(_problems(call, t)),
                blocked={s: snap.blocked_by(s, call.user_ids) for s in Setting},
            )
        )
    return out


def _problems(call: CallFacts, t: TranscriptFacts | None) -> list[str]:
    problems = []
    if not call.recorded:
        problems.append("not_recorded")
    if t is None or not t.redacted:
        problems.append("not_transcribed")
    elif t.residual_pii is None:
        problems.append("redaction_unverified")
    elif t.residual_pii > 0:
        problems.append("residual_pii")
    if call.flagged:
        problems.append("sensitive")
    return problems
