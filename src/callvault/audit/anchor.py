"""The audit chains' anchor outside the database (ADR 0010).

Anything stored only in the database can be rolled back with it: an attacker who can write
to it can delete a chain's newest entries and put an older head row back, or swap a whole
workspace's log for an older copy, and the chain (which only proves the rows agree with
each other) still verifies. So every transaction that appends audit entries also appends,
once it has committed, one checkpoint per workspace (sequence number and entry hash of the
new head) to an append-only store the database cannot rewrite; `verify` then requires the
chain to reach every anchored checkpoint and to hold the anchored hash there.

This module is the port. The embedded implementation is an append-only file beside the
keyring (file_anchor.py); the cluster one (s3_anchor.py, ADR 0049) keeps KMS-MAC'd objects
in the blob bucket, locked where the bucket has Object Lock, behind the same two calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from callvault.core.errors import CallvaultError


class CheckpointKind(StrEnum):
    # The chain reached (seq, entry_hash); every later chain must still hold it.
    HEAD = "head"
    # `callvault restore` rolled the database back on purpose: earlier checkpoints of the
    # workspace no longer bind; the chain restarts from (seq, entry_hash), or, with seq 0,
    # the workspace is not in the restored backup at all.
    RESTORED = "restored"
    # Closure destroyed the workspace's keys and purges its rows, audit log included:
    # terminal, the workspace's absence is expected from then on.
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    workspace_id: str
    seq: int
    entry_hash: str
    kind: CheckpointKind = CheckpointKind.HEAD


@dataclass(frozen=True, slots=True)
class AnchorRead:
    """What the store holds: authentic checkpoints in append order, and the workspace ids
    (or "" when unreadable) of entries that failed authentication."""

    checkpoints: list[Checkpoint]
    rejected: list[str] = field(default_factory=list)


class AnchorStore(Protocol):
    """Append-only, authenticated storage of checkpoints that the database cannot rewrite."""

    def append(self, checkpoints: Sequence[Checkpoint]) -> None:
        """Add these checkpoints in one call (one call per committed transaction)."""
        ...

    def read(self, workspace_id: str | None = None) -> AnchorRead:
        """Every checkpoint (or one workspace's), oldest first."""
        ...


class AnchorUnavailable(CallvaultError):
    """The anchor store cannot be used safely (its key is exposed or unreadable)."""

    code = "audit_anchor_unavailable"
    status = 500


@dataclass(slots=True)
class AnchoredChain:
    """What the anchor says about one workspace's chain."""

    seqs: dict[int, str] = field(default_factory=dict)  # anchored seq -> entry hash
    # Seqs anchored twice with different hashes: the chain was rolled back and rewritten
    # after the first checkpoint, whatever the database holds now.
    forks: list[int] = field(default_factory=list)
    closed: bool = False
    restored: bool = False

    @property
    def newest(self) -> int:
        return max(self.seqs, default=0)


def fold(read: AnchorRead) -> dict[str, AnchoredChain]:
    """Replay the checkpoints in append order into one view per workspace."""
    chains: dict[str, AnchoredChain] = {}
    for cp in read.checkpoints:
        chain = chains.setdefault(cp.workspace_id, AnchoredChain())
        if chain.closed:
            continue  # terminal: the workspace's keys are gone, nothing may follow
        if cp.kind is CheckpointKind.CLOSED:
            chain.closed = True
        elif cp.kind is CheckpointKind.RESTORED:
            chain.seqs = {cp.seq: cp.entry_hash} if cp.seq else {}
            chain.forks = []
            chain.restored = True
        else:
            known = chain.seqs.setdefault(cp.seq, cp.entry_hash)
            if known != cp.entry_hash:
                chain.forks.append(cp.seq)
    return chains
