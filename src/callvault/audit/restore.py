"""`callvault restore` acknowledges the rollback it causes, in each chain and in the anchor.

Restoring an older backup legitimately takes every audit chain back to where it was when the
backup was taken: exactly what `verify` reports as a rollback. The operator who restores holds
the keyring and the anchor, so the restore itself says so: each restored workspace gets an
`audit.restored` entry (when the backup was taken, the seq its chain is back at, the newest
seq the anchor had seen) and a RESTORED checkpoint that replaces the workspace's earlier
ones; workspaces the backup does not hold get an empty RESTORED checkpoint. Only a process
with the anchor's key can write one, never an attacker who can only write to the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from callvault.audit.anchor import Checkpoint, CheckpointKind, fold
from callvault.audit.chain import GENESIS
from callvault.audit.models import AuditHead
from callvault.audit.service import AuditLog
from callvault.core.context import Actor
from callvault.db.engine import Database

ACTION = "audit.restored"


@dataclass(frozen=True, slots=True)
class Reanchored:
    workspace_id: str
    restored_seq: int  # where the restored chain ended (before its audit.restored entry)
    anchored_seq: int | None  # the newest seq anchored before the restore, if any


def acknowledge_restore(
    db: Database, *, audit: AuditLog, workspace_ids: Iterable[str], backup_taken_at: str
) -> list[Reanchored]:
    """Record and anchor the restored state of every chain (run once, after a restore)."""
    anchored = fold(audit.anchor.store.read())
    existing = set(workspace_ids)
    done: list[Reanchored] = []
    for ws in sorted(existing):
        chain = anchored.get(ws)
        if chain is not None and chain.closed:
            continue  # keys destroyed: the closure purges it, nothing to re-anchor
        with db.write() as s:
            head = s.get(AuditHead, ws)
            if head is None:
                continue  # no chain in the backup: `verify` reports it, nothing is papered over
            note = Reanchored(ws, head.seq, chain.newest if chain and chain.seqs else None)
            audit.record(
                s,
                workspace_id=ws,
                actor=Actor.system(ws, reason="restore"),
                action=ACTION,
                object_type="audit_log",
                object_id=ws,
                details={
                    "backup_taken_at": backup_taken_at,
                    "restored_seq": note.restored_seq,
                    "anchored_seq": note.anchored_seq,
                },
            )
            audit.anchor.touch(s, ws, CheckpointKind.RESTORED)
        done.append(note)
    gone = [
        Checkpoint(ws, 0, GENESIS, CheckpointKind.RESTORED)
        for ws, chain in sorted(anchored.items())
        if ws not in existing and not chain.closed and chain.seqs
    ]
    audit.anchor.anchor(gone)
    return done
