"""Review queue shapes: what a reviewer sees is the snippet's id and its redacted text."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, StrictFloat, StringConstraints

from callvault.core.inputs import Input

DEFAULT_RATE = 0.0001  # 0.01% of eligible utterances


class SampleIn(Input):
    rate: StrictFloat = Field(default=DEFAULT_RATE, gt=0, le=1)
    """The share of eligible utterances to sample, above 0 and at most 1."""


class SampleOut(BaseModel):
    id: str
    rate: float
    eligible_calls: int
    eligible_utterances: int
    drawn: int
    created_at: datetime


class SnippetOut(BaseModel):
    id: str
    text: str


class NextOut(BaseModel):
    snippet: SnippetOut | None  # None: the queue is empty


class CorrectionIn(Input):
    text: Annotated[str, StringConstraints(max_length=5000)]
    """The snippet's text as it should read (what was actually said)."""


class QueueOut(BaseModel):
    pending: int
    claimed: int
    done: int
