"""Keyed hash chain: entry_hash = HMAC(key_ws, canonical(entry fields, prev_hash)).

Without the key nobody can recompute a valid chain after editing, deleting or reordering
entries; the key is derived per workspace from a system secret held wrapped by the KMS.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from callvault.audit.entry import AuditEntry
from callvault.core.clock import utcnow

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainFields:
    seq: int
    occurred_at: datetime
    actor_type: str
    actor_id: str
    action: str
    object_type: str | None
    object_id: str | None
    context_sealed: bytes
    prev_hash: str


def derive_workspace_key(system_key: bytes, workspace_id: str) -> bytes:
    return hmac.new(system_key, b"audit-chain:" + workspace_id.encode(), hashlib.sha256).digest()


def entry_hash(key: bytes, fields: ChainFields) -> str:
    canonical = json.dumps(
        [
            fields.seq,
            fields.occurred_at.isoformat(timespec="microseconds"),
            fields.actor_type,
            fields.actor_id,
            fields.action,
            fields.object_type,
            fields.object_id,
            base64.b64encode(fields.context_sealed).decode(),
            fields.prev_hash,
        ],
        separators=(",", ":"),
    ).encode()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def head_mac(key: bytes, workspace_id: str, seq: int, last_hash: str) -> bytes:
    return hmac.new(key, f"head:{workspace_id}:{seq}:{last_hash}".encode(), hashlib.sha256).digest()


def start_mac(key: bytes, workspace_id: str, seq: int, prev_hash: str) -> bytes:
    """Signs where a pruned chain starts: the first kept entry and the hash it follows."""
    msg = f"start:{workspace_id}:{seq}:{prev_hash}".encode()
    return hmac.new(key, msg, hashlib.sha256).digest()


def linked_rows(
    workspace_id: str,
    key: bytes,
    seq: int,
    prev: str,
    entries: Sequence[AuditEntry],
    sealed: Sequence[tuple[str, bytes]],
) -> tuple[list[dict[str, Any]], int, str]:
    """The entries' rows, each linked to the one before (the head's for the first); returns
    them with the new head's seq and hash."""
    rows: list[dict[str, Any]] = []
    for entry, (event_id, context) in zip(entries, sealed, strict=True):
        seq += 1
        fields = ChainFields(
            seq=seq,
            occurred_at=utcnow(),
            actor_type=entry.actor_type,
            actor_id=entry.actor_id,
            action=entry.action,
            object_type=entry.object_type,
            object_id=entry.object_id,
            context_sealed=context,
            prev_hash=prev,
        )
        prev = entry_hash(key, fields)
        row = {f.name: getattr(fields, f.name) for f in _FIELDS}
        rows.append({"id": event_id, "workspace_id": workspace_id, "entry_hash": prev, **row})
    return rows, seq, prev


_FIELDS = dataclasses.fields(ChainFields)
