"""Serialising consent changes against the reads that must see one consistent consent state
(a training export's selection and its final check, a review sample's draw).

A consent change locks its workspace's row FOR UPDATE; those readers lock the workspace rows
they cover FOR SHARE (PostgreSQL), so neither interleaves with the other: a change that races
an export either commits before the export's check (and is seen) or waits until after it.
On SQLite, write transactions are serialised by BEGIN IMMEDIATE already."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from callvault.identity import directory


def lock_for_change(session: Session, workspace_id: str) -> None:
    directory.lock_workspace(session, workspace_id)


def hold_for_reading(session: Session, workspace_ids: Sequence[str] | None = None) -> list[str]:
    """Share-lock the workspaces (all when None) until the transaction ends; their ids."""
    return directory.share_lock_workspaces(session, workspace_ids)
