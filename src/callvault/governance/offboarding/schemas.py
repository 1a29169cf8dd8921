"""Offboarding request and receipt."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from callvault.core.inputs import Input


class OffboardIn(Input):
    # reassign: personal contacts, voicemail messages and group-chat seats go to reassign_to;
    # delete: personal contacts, voicemail messages and the leaver's chat messages are deleted.
    mode: Literal["reassign", "delete"]
    """`reassign`: the leaver's personal contacts, voicemail and group-chat seats go to
    `reassign_to`; `delete`: they are deleted."""
    reassign_to: str | None = Field(default=None, min_length=1, max_length=36)
    """With `reassign`: the user who takes them over."""

    @model_validator(mode="after")
    def _successor(self) -> OffboardIn:
        if self.mode == "reassign" and self.reassign_to is None:
            raise ValueError("reassign_to is required when mode is 'reassign'")
        if self.mode == "delete" and self.reassign_to is not None:
            raise ValueError("reassign_to goes with mode 'reassign' only")
        return self


class OffboardOut(BaseModel):
    """The receipt (also the audit entry `user.offboard`, whose id is receipt_id)."""

    user_id: str
    mode: str
    reassign_to: str | None
    receipt_id: str
    completed_at: datetime
    counts: dict[str, int]
