"""The evaluation job: every minute, each workspace's audit entries that no run has read yet
go through the rules; what they find is stored and delivered.

Incremental: a cursor per workspace holds the last sequence number read, and each run reads
the entries after it (at most BATCH; the next run goes on). Window rules also need the
entries just before the new ones: those are read again only when a new entry concerns a
window rule, only of the rules' actions, and only as far back as the widest window
(`LOOKBACK`). The cursor moves in the same transaction as the alerts it led to, after
checking no other run moved it meanwhile, so each entry counts once.

A workspace seen for the first time starts with the entries of the last LOOKBACK, not its
whole history: alerts are about what is happening now.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.schemas import AuditEntryOut
from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.errors import CallvaultError
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.alerts import repository as repo
from callvault.governance.alerts.delivery import AlertNotice, Notify
from callvault.governance.alerts.detection import detect
from callvault.governance.alerts.models import AlertCursor
from callvault.governance.alerts.rules import LOOKBACK, WINDOW_RULES, Observed
from callvault.governance.alerts.service import raise_tampered, store
from callvault.jobs.context import JobContext
from callvault.jobs.registry import Handler

log = logging.getLogger("callvault.alerts")

EVALUATE_JOB = "alerts.evaluate"
# A minute: an attack is reported while it is going on, and a quiet workspace costs one
# read of its chain head.
EVALUATE_EVERY = timedelta(minutes=1)
VERIFY_JOB = "alerts.verify_chains"
# Walking a whole chain costs a read of every entry: daily finds tampering within a day
# without making the log's size a per-minute cost (any verification run by hand raises too).
VERIFY_EVERY = timedelta(days=1)
# Entries read per workspace and run; a burst bigger than this is read over several runs.
BATCH = 2000
ADDRESS_FIELD = "alert.address"
_WINDOW_ACTIONS = frozenset().union(*(rule.actions for rule in WINDOW_RULES))


def observe(cipher: WorkspaceCipher, entry: AuditEntryOut) -> Observed:
    """The entry as rules see it: its address replaced by a keyed hash (per workspace)."""
    return Observed(
        id=entry.id,
        seq=entry.seq,
        at=entry.occurred_at,
        actor_type=entry.actor_type,
        actor_id=entry.actor_id,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        address=cipher.blind_index(entry.ip, field=ADDRESS_FIELD) if entry.ip else None,
        details=entry.details or {},
    )


class Evaluator:
    def __init__(self, db: Database, *, keyring: Keyring, audit: AuditLog, notify: Notify) -> None:
        self.db = db
        self.keyring = keyring
        self.audit = audit
        self.notify = notify

    def run(self, *, now: datetime | None = None) -> int:
        """Evaluate every workspace; returns how many alerts were raised or updated."""
        with self.db.read() as s:
            workspaces = self.audit.workspaces(s)
        total = 0
        for workspace_id in workspaces:
            try:
                total += len(self.evaluate(workspace_id, now=now))
            except CallvaultError as exc:  # keys destroyed (closing), …: the others go on
                log.warning("alerts: workspace skipped (%s)", exc.code)
        return total

    def evaluate(self, workspace_id: str, *, now: datetime | None = None) -> list[AlertNotice]:
        """Read the workspace's new entries, store what the rules find, move the cursor."""
        now = now or utcnow()
        with self.db.read() as s:
            cursor = repo.cursor(s, workspace_id)
            last = cursor.last_seq if cursor is not None else None
            head = self.audit.head_seq(s, workspace_id=workspace_id)
            if last is not None and head <= last:
                return []  # nothing new: the usual minute of a quiet workspace
            since = now - LOOKBACK if last is None else None
            new_entries = self.audit.entries(
                s, workspace_id=workspace_id, after_seq=last or 0, since=since, limit=BATCH
            )
            if new_entries:
                new, earlier, open_keys = self._context(s, workspace_id, new_entries)
        if not new_entries:  # first run, nothing recent: follow from the head on
            with self.db.write() as s:
                self._claim(s, workspace_id, last, head)
            return []
        found = detect(new, earlier, open_keys)
        notices: list[AlertNotice] = []
        with self.db.write() as s:
            if not self._claim(s, workspace_id, last, new[-1].seq):
                return []  # another run read these entries first
            for finding in found:
                notice = store(s, self.audit, workspace_id=workspace_id, found=finding)
                if notice is not None:
                    notices.append(notice)
        if notices:
            self.notify(notices)
        return notices

    def _context(
        self, s: Session, workspace_id: str, new_entries: list[AuditEntryOut]
    ) -> tuple[list[Observed], list[Observed], set[tuple[str, str]]]:
        """The new entries as rules see them, the earlier ones still in a window with them
        (read only when a new one concerns a window rule), and the open alerts' keys."""
        cipher = self.keyring.cipher(s, workspace_id)
        new = [observe(cipher, e) for e in new_entries]
        earlier: list[Observed] = []
        if any(e.is_action(_WINDOW_ACTIONS) for e in new):
            before = self.audit.entries(
                s,
                workspace_id=workspace_id,
                through_seq=new[0].seq - 1,
                actions=_WINDOW_ACTIONS,
                since=new[0].at - LOOKBACK,
                limit=BATCH * 5,
            )
            earlier = [observe(cipher, e) for e in before]
        open_keys = {
            (a.rule, a.open_key.split(":", 1)[1])
            for a in repo.open_alerts(s, workspace_id)
            if a.open_key is not None
        }
        return new, earlier, open_keys

    @staticmethod
    def _claim(s: Session, workspace_id: str, last: int | None, to: int) -> bool:
        """Move the cursor from `last` to `to`; False when it is no longer at `last`."""
        row = s.scalars(
            select(AlertCursor).where(AlertCursor.workspace_id == workspace_id).with_for_update()
        ).one_or_none()
        if row is None:
            if last is not None:
                return False
            try:
                with s.begin_nested():
                    s.add(AlertCursor(workspace_id=workspace_id, last_seq=to, updated_at=utcnow()))
            except IntegrityError:
                return False
            return True
        if row.last_seq != last:
            return False
        row.last_seq, row.updated_at = to, utcnow()
        return True

    def verify_all(self) -> int:
        """Walk every workspace's chain; a failing one raises (or adds to) the critical
        alert. Returns how many chains failed."""
        with self.db.read() as s:
            workspaces = self.audit.workspaces(s)
        failed = 0
        for workspace_id in workspaces:
            with self.db.read() as s:
                report = self.audit.verify(s, workspace_id=workspace_id)
            if not report.ok:
                failed += 1
                self.tampered(workspace_id, report.problems)
        return failed

    def tampered(self, workspace_id: str, problems: list[dict[str, Any]]) -> None:
        with self.db.write() as s:
            notice = raise_tampered(s, self.audit, workspace_id=workspace_id, problems=problems)
        self.notify([notice])


def evaluate_handler(evaluator: Evaluator) -> Handler:
    def handle(_ctx: JobContext) -> None:
        evaluator.run()

    return handle


def verify_handler(evaluator: Evaluator) -> Handler:
    def handle(_ctx: JobContext) -> None:
        evaluator.verify_all()

    return handle
