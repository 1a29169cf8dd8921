"""What a domain tells retention about one data type it owns: which rows expire, by their own
cutoff or with a parent's, and how a batch of them is purged (rows, derived rows, blobs).

It lives here, below the domains, so that each domain can describe its own data without
importing governance; governance's sweep, preview and health only iterate what is registered
(ADR 0012)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute, Session

from callvault.audit.service import AuditLog
from callvault.retention_clock.data_types import DataType
from callvault.storage.encrypted import EncryptedBlobStore

Condition = ColumnElement[bool]


@dataclass(frozen=True, slots=True)
class PurgeTools:
    """What purging needs besides the session: blob removal, and the audit log's key."""

    blobs: EncryptedBlobStore
    audit: AuditLog


# (session, tools, workspace id, ids) -> items removed; runs inside the batch's transaction.
Purge = Callable[[Session, PurgeTools, str, Sequence[str]], int]


@dataclass(frozen=True, slots=True)
class PurgeTarget:
    """One data type's rows. An item is expired by its own type's cutoff (``expired_own``,
    given the workspace id and the cutoff) or because its parent item is expired
    (``parents``: parent type -> the column holding the parent's id), so preview, sweep and
    "items past retention" count exactly what goes."""

    data_type: DataType
    id_column: InstrumentedAttribute[str]
    workspace_column: InstrumentedAttribute[str]
    expired_own: Callable[[str, datetime], Condition]
    purge: Purge
    parents: Mapping[DataType, InstrumentedAttribute[Any]] = field(default_factory=dict)
    order: Any = None  # the order batches are taken in, where it matters
