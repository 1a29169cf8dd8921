"""Bulk deletion by filter, the same for every domain that offers it (calls, voicemail,
contacts): an admin first asks for a dry run, which only counts; the real run names the
count it saw and is refused (409) if the filter now matches another number. The ids are read
in the deleting transaction, so exactly the rows counted go and a row inserted meanwhile is
neither counted nor deleted. The audit entry keeps the filter and the counts, never content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, Field, StrictBool, model_validator
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.errors import Conflict
from callvault.core.inputs import Input

FilterT = TypeVar("FilterT", bound=BaseModel)

CHUNK = 500  # ids per DELETE ... WHERE id IN (...): well under every driver's parameter limit


class CountChanged(Conflict):
    """The filter no longer matches the number of items the dry run counted."""

    code = "bulk_delete_count_changed"


class BulkDeleteIn(Input, Generic[FilterT]):
    filter: FilterT
    """Which items to delete: every given criterion must hold."""
    dry_run: StrictBool = True
    """True (the default): only count what the filter matches; false: delete."""
    expected_count: Annotated[int, Field(ge=0)] | None = None
    """With dry_run false: the count the dry run gave; refused (409) if it changed since."""

    @model_validator(mode="after")
    def _expected_when_real(self) -> BulkDeleteIn[FilterT]:
        if not self.dry_run and self.expected_count is None:
            raise ValueError("expected_count (from a dry run) is required when dry_run is false")
        return self


class BulkDeleteOut(BaseModel):
    """A dry run's count, or a real run's receipt (the audit entry) with counts per kind."""

    dry_run: bool
    count: int
    receipt_id: str | None = None
    deleted_at: datetime | None = None
    removed: dict[str, int] | None = None


def chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def bulk_delete(
    session: Session,
    *,
    audit: AuditLog,
    actor: Actor,
    object_type: str,
    dry_run: bool,
    expected_count: int | None,
    count: Callable[[], int],
    matching_ids: Callable[[], Sequence[str]],
    purge: Callable[[Sequence[str]], dict[str, int]],
    audit_filter: dict[str, Any],
) -> BulkDeleteOut:
    """Run the dry-run / expected-count protocol. `purge` deletes the given ids (and what
    hangs off them) in the caller's transaction and says how many of each kind went; blobs
    are queued for removal there too, so none goes for a deletion that rolled back."""
    if dry_run:
        return BulkDeleteOut(dry_run=True, count=count())
    ids = matching_ids()
    if len(ids) != expected_count:
        raise CountChanged(
            f"The filter now matches a different number of {object_type}s; run the dry run again.",
            expected_count=expected_count,
            count=len(ids),
        )
    removed = purge(ids) if ids else {}
    deleted_at = utcnow()
    receipt = audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action=f"{object_type}.bulk_delete",
        object_type=object_type,
        details={"filter": audit_filter, "count": len(ids), "removed": removed},
    )
    return BulkDeleteOut(
        dry_run=False, count=len(ids), receipt_id=receipt, deleted_at=deleted_at, removed=removed
    )
