"""How often English speech uses a word, for names no list holds.

No list of names holds every person a caller mentions: Anjali, Kenji, Oluwaseun, Radoslaw.
What such names share is that they are not English words, and the recogniser writes them
capitalised. The detector (`redaction.unlisted`) takes such a word for a name where people
are named; the leak check (`leakcheck.marks`), by its own rule, wherever it is capitalised
mid-sentence. Both read the counts here; neither reads the other's rule.

Source: the English word-frequency file of `pyspellchecker` (MIT), counted on film and TV
subtitles, so it holds the words people say on the phone ("okay", "voicemail", "refund") and
the common given names ("John" 6,920; "Maria" 1,744). Rare names count little or nothing
(Priya, Kenji, Siobhan are absent; Marisol 51; Mandy 204), and so do places and brands
(Dublin 145, Volvo 77)."""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import logging

log = logging.getLogger(__name__)


@functools.cache
def _counts() -> dict[str, int]:
    try:
        path = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            counts: dict[str, int] = json.load(text)
    except (ModuleNotFoundError, OSError, ValueError) as exc:
        # Without the file no word is rare: no name is taken, or flagged, on rarity alone.
        log.warning("English word counts unavailable, unlisted names not looked for: %s", exc)
        return {}
    return counts


def rarer_than(low: str, limit: int) -> bool:
    """Whether a lower-case alphabetic word is counted fewer than `limit` times (False when
    the counts could not be loaded: never guess a name from a missing file)."""
    counts = _counts()
    return bool(counts) and low.isalpha() and counts.get(low, 0) < limit
