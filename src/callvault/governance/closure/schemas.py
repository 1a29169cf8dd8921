"""Closure request bodies and answers."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, StrictBool

from callvault.core.inputs import Input


class ClosureRequestIn(Input):
    # Re-authentication: the owner's current password.
    password: str = Field(min_length=1, max_length=1024)
    """Your current password, re-entered to confirm."""
    # True: check the password and the state, say when the closure would complete, start
    # nothing.
    dry_run: StrictBool = False
    """True: check and say when the closure would complete, start nothing."""


class ClosureOut(BaseModel):
    """A closure request, or (status "closed") its receipt."""

    id: str | None
    workspace_id: str
    status: str  # preview, pending, shredding, purging, closed, cancelled
    requested_at: datetime | None
    due_at: datetime
    cancelled_at: datetime | None = None
    keys_destroyed_at: datetime | None = None
    completed_at: datetime | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    slug_hash: str | None = None


class ClosureStateOut(BaseModel):
    workspace_status: str
    closure: ClosureOut | None
