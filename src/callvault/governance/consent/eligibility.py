"""Which calls may be used, and why not: recorded AND transcribed with redaction verified
clean AND not tagged sensitive AND consented at every level (workspace, each participant's
groups, each participant). Training needs `ai_training`; manual review needs it and
`manual_review` too (reviewers' corrections become training data)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, exists, select
from sqlalchemy.orm import Session

from callvault.comms.calls.models import Call, CallParticipant, CallTag
from callvault.governance.consent.ledger import Snapshot
from callvault.governance.consent.schemas import Setting
from callvault.intelligence.models import Transcript

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


def candidates(workspace_id: str) -> Select[Any]:
    """Ids of the workspace's calls whose data qualifies (consent not yet considered)."""
    sensitive = exists().where(
        CallTag.call_id == Call.id,
        CallTag.tag == SENSITIVE_TAG,
        CallTag.workspace_id == Call.workspace_id,
    )
    return (
        select(Call.id)
        .join(
            Transcript,
            and_(Transcript.call_id == Call.id, Transcript.source_type == "call"),
        )
        .where(
            Call.workspace_id == workspace_id,
            Call.recorded.is_(True),
            Transcript.redacted_sealed.is_not(None),
            Transcript.residual_pii == 0,
            ~sensitive,
        )
        .order_by(Call.started_at, Call.id)
    )


def assess(session: Session, snap: Snapshot, call_ids: Sequence[str]) -> list[Assessment]:
    """One assessment per existing call of the snapshot's workspace, in the order given."""
    ws = snap.workspace_id
    ids = list(dict.fromkeys(call_ids))
    if not ids:
        return []
    calls = {
        c.id: c
        for c in session.scalars(select(Call).where(Call.workspace_id == ws, Call.id.in_(ids)))
    }
    transcripts = {
        t.call_id: t
        for t in session.scalars(
            select(Transcript).where(
                Transcript.workspace_id == ws,
                Transcript.source_type == "call",
                Transcript.call_id.in_(ids),
            )
        )
    }
    users: dict[str, list[str]] = {}
    for call_id, user_id in session.execute(
        select(CallParticipant.call_id, CallParticipant.user_id).where(
            CallParticipant.workspace_id == ws, CallParticipant.call_id.in_(ids)
        )
    ):
        users.setdefault(call_id, []).append(user_id)
    sensitive = set(
        session.scalars(
            select(CallTag.call_id).where(
                CallTag.workspace_id == ws, CallTag.call_id.in_(ids), CallTag.tag == SENSITIVE_TAG
            )
        )
    )
    out: list[Assessment] = []
    for call_id in ids:
        call = calls.get(call_id)
        if call is None:
            continue
        t = transcripts.get(call_id)
        people = tuple(sorted(users.get(call_id, [])))
        out.append(
            Assessment(
                call_id=call_id,
                started_at=call.started_at,
                transcript_id=t.id if t is not None else None,
                user_ids=people,
                problems=tuple(_problems(call, t, call_id in sensitive)),
                blocked={s: snap.blocked_by(s, people) for s in Setting},
            )
        )
    return out


def _problems(call: Call, t: Transcript | None, sensitive: bool) -> list[str]:
    problems = []
    if not call.recorded:
        problems.append("not_recorded")
    if t is None or t.redacted_sealed is None:
        problems.append("not_transcribed")
    elif t.residual_pii is None:
        problems.append("redaction_unverified")
    elif t.residual_pii > 0:
        problems.append("residual_pii")
    if sensitive:
        problems.append("sensitive")
    return problems
