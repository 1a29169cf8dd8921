"""Verify one workspace's chain against itself and against its anchored checkpoints.

The chain alone proves its rows agree with each other and with the head row; the anchor
(anchor.py) proves the rows are not an older or shortened copy: every anchored checkpoint
at or after the chain's signed start must be there with the anchored hash, and the chain
must reach the newest one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.anchor import AnchoredChain
from callvault.audit.chain import GENESIS, ChainFields, entry_hash, head_mac, start_mac
from callvault.audit.models import AuditEvent, AuditHead

# What each problem means, for operators reading `callvault audit verify`.
REASONS = {
    "missing": "entries are missing from the chain",
    "chain_broken": "an entry does not follow the one before it",
    "modified": "an entry was changed",
    "head_missing": "the workspace exists but its chain head row is gone",
    "head_modified": "the chain head row was changed",
    "start_modified": "the signed start of the pruned chain was changed",
    "rolled_back": "the chain ends before a checkpoint anchored outside the database: "
    "its newest entries were removed",
    "anchor_mismatch": "entries differ from the ones anchored outside the database: "
    "the log was replaced by another (e.g. older) copy",
    "anchor_forked": "the anchor holds two different entries for one sequence number: "
    "the log was rolled back and written again",
    "vanished": "the workspace and its audit log are gone from the database, "
    "and no closure was recorded",
    "anchor_forged": "an anchor entry fails authentication (the anchor file or object was edited, "
    "or its key replaced)",
}


@dataclass(slots=True)
class VerifyReport:
    workspace_id: str
    entries: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    closed: bool = False  # closed workspace: its log was purged on purpose

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: str, seq: int | None = None, **fields: Any) -> None:
        self.problems.append({"seq": seq, "problem": problem, **fields})


def fields_of(row: AuditEvent) -> ChainFields:
    return ChainFields(
        seq=row.seq,
        occurred_at=row.occurred_at,
        actor_type=row.actor_type,
        actor_id=row.actor_id,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id,
        context_sealed=row.context_sealed,
        prev_hash=row.prev_hash,
    )


def check_rows(
    key: bytes, rows: Iterable[AuditEvent], expected_seq: int, prev: str, report: VerifyReport
) -> tuple[int, str]:
    """Check rows (in seq order) continue the chain at (expected_seq, prev); add what is
    wrong to the report and return where the next row must continue."""
    for row in rows:
        if row.seq != expected_seq:
            report.add("missing", expected_seq, until_seq=row.seq - 1)
        if row.prev_hash != prev:
            report.add("chain_broken", row.seq)
        if entry_hash(key, fields_of(row)) != row.entry_hash:
            report.add("modified", row.seq)
        prev, expected_seq = row.entry_hash, row.seq + 1
    return expected_seq, prev


def chain_start(key: bytes, head: AuditHead | None, report: VerifyReport) -> tuple[int, str]:
    """Where the chain starts: 1 from GENESIS, or where a prune signed it starts."""
    if head is None or (head.start_mac is None and head.start_seq == 1):
        return 1, GENESIS
    signed = start_mac(key, head.workspace_id, head.start_seq, head.start_hash)
    if head.start_mac != signed:
        report.add("start_modified", head.start_seq)
        return 1, GENESIS
    return head.start_seq, head.start_hash


def verify_chain(
    session: Session,
    *,
    key: bytes,
    workspace_id: str,
    anchored: AnchoredChain | None,
    batch: int = 1000,
) -> VerifyReport:
    """Walk the chain: any edited, removed, reordered or rolled-back entry is a problem."""
    report = VerifyReport(workspace_id=workspace_id)
    anchors = anchored.seqs if anchored is not None else {}
    head = session.get(AuditHead, workspace_id)
    expected_seq, prev = chain_start(key, head, report)
    start_seq = expected_seq
    differs: list[int] = []
    seen: set[int] = set()
    while True:
        stmt = (
            select(AuditEvent)
            .where(AuditEvent.workspace_id == workspace_id, AuditEvent.seq >= expected_seq)
            .order_by(AuditEvent.seq)
            .limit(batch)
        )
        rows = session.scalars(stmt).all()
        if not rows:
            break
        report.entries += len(rows)
        for row in rows:
            anchored_hash = anchors.get(row.seq)
            if anchored_hash is not None:
                seen.add(row.seq)
                if anchored_hash != row.entry_hash:
                    differs.append(row.seq)
        expected_seq, prev = check_rows(key, rows, expected_seq, prev, report)
    end = expected_seq - 1
    if head is None:
        report.add("head_missing", end)
    elif head.head_mac != head_mac(key, workspace_id, head.seq, head.entry_hash):
        report.add("head_modified", head.seq)
    elif head.seq != end or head.entry_hash != prev:
        report.add("missing", end + 1, until_seq=head.seq)
    _compare_anchor(report, anchored, start_seq=start_seq, end=end, seen=seen, differs=differs)
    return report


def _compare_anchor(
    report: VerifyReport,
    anchored: AnchoredChain | None,
    *,
    start_seq: int,
    end: int,
    seen: set[int],
    differs: list[int],
) -> None:
    if anchored is None:
        return
    if anchored.forks:
        report.add("anchor_forked", min(anchored.forks))
    if anchored.newest > end:
        report.add("rolled_back", end + 1, anchored_seq=anchored.newest)
    # Before the signed start: pruned by retention, legitimately gone.
    absent = [s for s in anchored.seqs if start_seq <= s <= end and s not in seen]
    wrong = sorted(differs + absent)
    if wrong:
        report.add("anchor_mismatch", wrong[0], count=len(wrong))
