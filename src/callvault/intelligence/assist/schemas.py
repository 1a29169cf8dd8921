"""Assist-card input and output shapes. Inputs forbid unknown fields and bound values."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StrictBool, StringConstraints, field_validator

from callvault.core.inputs import Input
from callvault.intelligence.schemas import Phrase

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Link = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]


class AssistCardIn(Input):
    title: Title
    """What the agent sees first, e.g. `Retention offer`."""
    body: Body
    """The guidance itself (plain text; shown as written, never as HTML)."""
    link: Link | None = None
    """An optional `https://` link to more (a knowledge-base page)."""
    phrases: Annotated[list[Phrase], Field(max_length=50)] = []
    """Phrases that show the card (whole words; phrases of two or more words also match small
    recognition errors)."""
    keywords: Annotated[list[Phrase], Field(max_length=50)] = []
    """Words that show the card (exact whole words; use dictionary terms for variants)."""
    term_ids: Annotated[list[str], Field(max_length=50)] = []
    """Dictionary terms (by id) whose term and aliases count as keywords."""
    speaker: Literal["agent", "customer", "any"] = "any"
    """Whose words trigger it: `agent`, `customer` or `any`."""
    enabled: StrictBool = True
    """A disabled card is kept but never shown."""

    @field_validator("link")
    @classmethod
    def _https_only(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.lower().startswith("https://") or len(value) <= len("https://"):
            raise ValueError("the link must be an https:// address")
        if any(ch.isspace() or ord(ch) < 32 for ch in value):
            raise ValueError("the link must not contain spaces or control characters")
        return value


class AssistCardOut(BaseModel):
    id: str
    version: int
    title: str
    body: str
    link: str | None
    phrases: list[str]
    keywords: list[str]
    term_ids: list[str]
    speaker: Literal["agent", "customer", "any"]
    enabled: bool
    created_at: datetime
    updated_at: datetime


class AssistCardListOut(BaseModel):
    cards: list[AssistCardOut]
