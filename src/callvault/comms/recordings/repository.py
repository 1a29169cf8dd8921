"""Recording queries; every function takes the workspace id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from callvault.comms.recordings.models import READY, UPLOADING, Recording


def get(session: Session, workspace_id: str, recording_id: str) -> Recording | None:
    return session.scalars(
        select(Recording).where(
            Recording.workspace_id == workspace_id, Recording.id == recording_id
        )
    ).one_or_none()


def ready(session: Session, workspace_id: str, recording_id: str) -> Recording | None:
    row = get(session, workspace_id, recording_id)
    return row if row is not None and row.state == READY else None


def for_call(session: Session, workspace_id: str, call_id: str) -> Sequence[Recording]:
    return session.scalars(
        select(Recording)
        .where(
            Recording.workspace_id == workspace_id,
            Recording.call_id == call_id,
            Recording.state == READY,
        )
        .order_by(Recording.created_at, Recording.id)
    ).all()


def count_ready(session: Session, workspace_id: str, call_id: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Recording)
            .where(
                Recording.workspace_id == workspace_id,
                Recording.call_id == call_id,
                Recording.state == READY,
            )
        )
        or 0
    )


def ids_for_calls(session: Session, workspace_id: str, call_ids: Sequence[str]) -> list[str]:
    return list(
        session.scalars(
            select(Recording.id).where(
                Recording.workspace_id == workspace_id, Recording.call_id.in_(call_ids)
            )
        ).all()
    )


def delete_ids(session: Session, workspace_id: str, ids: Sequence[str]) -> int:
    if not ids:
        return 0
    result = session.execute(
        delete(Recording).where(Recording.workspace_id == workspace_id, Recording.id.in_(ids))
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def stale_uploads(session: Session, *, before: datetime, limit: int) -> Sequence[Recording]:
    """Rows still 'uploading' since before: their process died mid-upload (all workspaces)."""
    return session.scalars(
        select(Recording)
        .where(Recording.state == UPLOADING, Recording.created_at < before)
        .limit(limit)
    ).all()
