"""Card expiry dates in words: "September twenty-eight", "September of twenty twenty-eight",
"nine slash twenty-eight", "09/28". Only looked for right after an expiry word ("expiry",
"expiration date", "expires", "valid thru"): a month and a year alone are no card data.
Expiries said as digits ("oh nine twenty-eight") are number runs classified in `digits`."""

from __future__ import annotations

import re

from callvault.intelligence.redaction.dates import MONTHS
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import small_number
from callvault.intelligence.redaction.tokens import Token

_CUES = frozenset({"expiry", "expiration", "expires", "expire", "expiring", "exp", "expiry's"})
_THRU = frozenset({"thru", "through"})  # "valid thru", "good through"
_NUMERIC = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|20\d{2})(?![\d/])")
WINDOW = 10


def _cue(tokens: list[Token], k: int) -> bool:
    t = tokens[k].low
    if t in _CUES:
        return True
    return t in _THRU and k > 0 and tokens[k - 1].low in ("valid", "good")


def _year_end(tokens: list[Token], j: int) -> int | None:
    """Last token of a card year at j: "28", "2028", "twenty eight", "twenty twenty eight"."""
    n = len(tokens)
    if j >= n:
        return None
    t = tokens[j]
    if t.is_digits:
        return j if len(t.text) in (2, 4) else None
    if t.low == "twenty" and j + 1 < n and tokens[j + 1].low == "twenty":
        got = small_number(tokens, j + 1)  # "twenty twenty eight"
        return got[1] if got else j + 1
    got = small_number(tokens, j)
    if got is not None and 20 <= got[0] <= 99:
        return got[1]
    return None


def _month_year(tokens: list[Token], i: int) -> int | None:
    """Last token of "<month> [of] <year>" or "<month number> slash <year>" at token i."""
    t = tokens[i]
    n = len(tokens)
    if t.low in MONTHS:
        j = i + 1
        while j < n and tokens[j].low in ("of", ",", "the"):
            j += 1
        return _year_end(tokens, j)
    got = small_number(tokens, i)
    if got is None or not 1 <= got[0] <= 12:
        return None
    j = got[1] + 1
    if j < n and tokens[j].low in ("slash", "/"):
        return _year_end(tokens, j + 1)
    return None


def expiries(text: str, tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    for k in range(len(tokens)):
        if not _cue(tokens, k):
            continue
        hi = min(len(tokens) - 1, k + WINDOW)
        m = _NUMERIC.search(text, tokens[k].end, tokens[hi].end)
        if m is not None:
            out.append(PiiSpan(EntityType.CARD_EXPIRY, m.start(), m.end()))
            continue
        for i in range(k + 1, hi + 1):
            if tokens[i].text in "?!;":
                break
            last = _month_year(tokens, i)
            if last is not None:
                out.append(PiiSpan(EntityType.CARD_EXPIRY, tokens[i].start, tokens[last].end))
                break
    return out


def month_year_at(tokens: list[Token], i: int) -> int | None:
    """Last token of a month-and-year expression at token i (for answers to "what's the
    expiry?", where the cue was the other party's question)."""
    return _month_year(tokens, i)
