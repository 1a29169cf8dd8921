"""Which assist cards a live transcript segment triggers, and where.

A card's triggers are the moments trigger model (phrases, keywords, dictionary terms with
their aliases), matched by the moments matcher on one segment at a time, so a card behaves
exactly as a moment with the same triggers would after the call (whole words, small
recognition errors on longer phrases). Pure: no database, no clock."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from callvault.intelligence.moments.matcher import MomentRule, match_moments
from callvault.intelligence.transcript import Transcript, Utterance, Word

Role = Literal["agent", "customer"]
SpeakerFilter = Literal["agent", "customer", "any"]


@dataclass(frozen=True, slots=True)
class AssistCard:
    id: str
    title: str
    body: str
    link: str | None
    phrases: tuple[str, ...]
    keywords: tuple[str, ...]  # dictionary terms already resolved to their term
    speaker: SpeakerFilter = "any"
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Segment:
    """One final (redacted) transcript segment and who said it."""

    text: str
    role: Role
    segment_id: str | None = None


@dataclass(frozen=True, slots=True)
class CardHit:
    card_id: str
    title: str
    body: str
    link: str | None
    span: tuple[int, int]  # characters [start, end) of the segment text that triggered it


def match(
    cards: Sequence[AssistCard],
    segment: Segment,
    *,
    aliases: Mapping[str, Sequence[str]] = {},  # read only, so a shared default is safe
) -> list[CardHit]:
    """One hit per triggered card (its first trigger in the segment), in card order."""
    live = [c for c in cards if c.enabled and c.speaker in ("any", segment.role)]
    if not live or not segment.text.strip():
        return []
    rules = [MomentRule(key=c.id, phrases=c.phrases, keywords=c.keywords) for c in live]
    words = (Word(segment.text, 0, 0),)
    utterance = Utterance(index=0, speaker=segment.role, start_ms=0, end_ms=0, words=words)
    hits = match_moments(Transcript("en", 0, (utterance,)), rules, aliases=aliases)
    first: dict[str, tuple[int, int]] = {}
    for hit in hits:
        first.setdefault(hit.key, (hit.evidence.start, hit.evidence.end))
    return [CardHit(c.id, c.title, c.body, c.link, first[c.id]) for c in live if c.id in first]
