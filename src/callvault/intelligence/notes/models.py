"""What note-taking returns: frozen values, each line with its evidence spans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from callvault.intelligence.transcript import Span


@dataclass(frozen=True, slots=True)
class NoteLine:
    text: str
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class ActionItem:
    owner: str | None  # a speaker ("caller", "callee") or a named person; None when unclear
    what: str  # the verb phrase as said ("send you the invoice")
    when: str | None  # as said ("by Friday", "tomorrow")
    due: date | None  # `when` resolved against the call's reference date, if it can be
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Topic:
    term: str
    mentions: int
    evidence: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Notes:
    summary: tuple[NoteLine, ...]
    action_items: tuple[ActionItem, ...]
    topics: tuple[Topic, ...]
    source: str  # "extractive" or "llm:<model>"
    degraded_reason: str | None = None  # why the preferred source was not used
