"""What note-taking returns: frozen values, each line with its evidence spans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from callvault.intelligence.transcript import Span


@dataclass(frozen=True, slots=True)
class NoteLine:
    text: str
    evidence: tuple[Span, ...]
    kind: str = "detail"  # "reason" (why the call was made), "outcome" (how it ended), "detail"


@dataclass(frozen=True, slots=True)
class ActionItem:
    # The person: the user or contact behind the party who owes it, or someone named on the
    # call ("Sam from the network team", "the engineer"); None when nobody can be named.
    owner: str | None
    what: str  # the verb phrase as said ("send you the invoice")
    when: str | None  # as said ("by Friday", "tomorrow")
    due: date | None  # `when` resolved against the call's reference date, if it can be
    evidence: tuple[Span, ...]
    party: str | None = None  # the speaker label of the party who owes it, when one of them
    # Where the person who will do it was named beside their role and the name was redacted
    # ("our adjuster, [PERSON], will call"): the placeholder's span in the redacted transcript.
    # The stored notes keep only this; the reading service shows the name behind it to those
    # who may read the raw transcript, as it does for the parties (service.notes).
    owner_said: Span | None = None


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
