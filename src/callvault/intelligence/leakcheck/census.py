"""People's names as the US Census counted them, for the leak check's own look at names.

The detector finds names from the directory, the call's parties and a hand-written list of
given names (ADR 0019/0036); a name it missed — a person named in passing, a surname no list
holds — was invisible to the leak check too, which knew only the directory (fifth and sixth
dev halves: every leak left unflagged was such a name). This look shares no list with the
detector: the 1990 Census name-frequency files shipped in the `names` package (MIT): 5,494
given names and the most frequent `LAST_NAMES` of its 88,799 surnames.

A listener takes a word for a name when it is said as one; the recogniser shows that by
capitalising it mid-sentence. Capitalised words that are names in the files and mostly
something else are left out: months, weekdays and the few brand and place words a phone call
says all the time."""

from __future__ import annotations

import functools
import importlib.resources
import logging

log = logging.getLogger(__name__)

# Surnames by frequency rank: the rest are rare enough to be mostly other words' spellings.
LAST_NAMES = 20_000
_FILES = ("dist.male.first", "dist.female.first", "dist.all.last")
NOT_PEOPLE = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "christmas", "easter", "god", "lord",
        "visa", "chase", "amex", "discover", "american", "express", "master", "bank",
        "street", "avenue", "road", "court", "lane", "drive", "way", "place", "park",
        "north", "south", "east", "west", "english", "spanish", "french", "united", "states",
        "america", "ok", "okay",
        # pronouns the recogniser capitalises mid-sentence ("you You have been…"); "You" is
        # a surname in the files
        "you", "your", "yours", "she", "her", "him", "his", "they", "them", "their",
    ]
)  # fmt: skip


@functools.cache
def _known(files: tuple[str, ...] = _FILES) -> frozenset[str]:
    out: set[str] = set()
    try:
        root = importlib.resources.files("names")
        for name in files:
            lines = (root / name).read_text(encoding="ascii").splitlines()
            if name.endswith("last"):
                lines = lines[:LAST_NAMES]
            out.update(line.split()[0].lower() for line in lines if line.strip())
    except (ModuleNotFoundError, OSError) as exc:
        # The leak check still runs its other looks; say once that this one is blind.
        log.warning("census name lists unavailable, names outside the directory unchecked: %s", exc)
        return frozenset()
    return frozenset(out - NOT_PEOPLE)


def census_name(low: str) -> bool:
    """Whether a lower-case word is a given name or a frequent surname in the Census files."""
    return len(low) >= 3 and low.isalpha() and low in _known()


def census_given_name(low: str) -> bool:
    """Whether a lower-case word is a given name in the Census files. Surnames are left out
    where the capital may be the sentence's: "You", "Look", "Card" are surnames too."""
    return len(low) >= 3 and low.isalpha() and low in _known(_FILES[:2])
