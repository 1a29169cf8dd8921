"""Card expiry dates in words: "September twenty-eight", "September of twenty twenty-eight",
"nine slash twenty-eight", "09/28". Only looked for right after an expiry word ("expiry",
"expiration date", "expires", "valid thru"): a month and a year alone are no card data.
Expiries said as digits ("oh nine twenty-eight") are number runs classified in `digits`."""

from __future__ import annotations

import re

from callvault.intelligence.redaction.dates import MONTHS, ORDINAL_SUFFIXES, ORDINALS
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import small_number
from callvault.intelligence.redaction.tokens import Token, glued

_CUES = frozenset({"expiry", "expiration", "expires", "expire", "expiring", "exp", "expiry's"})
_THRU = frozenset({"thru", "through"})  # "valid thru", "good through"
_NUMERIC = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|20\d{2})(?![\d/])")
WINDOW = 10


# Things that expire and are no card: "your permit expires December 31", "the membership
# is valid through March 2027" (fifth-dev: a parking permit's date hidden as a card's).
_NOT_CARDS = frozenset(
    [
        "permit", "permits", "license", "licence", "membership", "policy", "subscription",
        "warranty", "lease", "passport", "registration", "visa", "contract", "plan", "offer",
        "coupon", "voucher", "promo", "promotion", "trial", "quote", "estimate", "certificate",
        "prescription", "pass", "tag", "sticker", "inspection", "rate", "deal", "discount",
    ]
)  # fmt: skip
_SUBJECT_REACH = 6  # tokens before the expiry word where its subject is looked for
_SENTENCE_END = frozenset([".", "?", "!", ";"])


def _cue(tokens: list[Token], k: int) -> bool:
    t = tokens[k].low
    if t in _CUES:
        return not another_things_expiry(tokens, k)
    thru = t in _THRU and k > 0 and tokens[k - 1].low in ("valid", "good")
    return thru and not another_things_expiry(tokens, k)


def another_things_expiry(tokens: list[Token], k: int) -> bool:
    """Whether the date at or after token k is when something other than a card expires:
    a permit, a membership, a policy … named shortly before, in the same sentence."""
    j = k - 1
    while j >= 0 and k - j <= _SUBJECT_REACH and tokens[j].text not in _SENTENCE_END:
        if tokens[j].low in _NOT_CARDS:
            return True
        j -= 1
    return False


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
        end = _year_end(tokens, j)
        if end is not None and _day_of_month(tokens, end):
            # "debit on January 15th" (eighteenth-dev): a day, no card's expiry; but with a
            # year after it, "September 20th, 2028" is "September twenty twenty-eight" with the
            # year's first half heard as a day (the issue-11 test call, stop 37)
            k = end + 2
            while k < n and tokens[k].low in (",", "of"):
                k += 1
            year = _year_end(tokens, k) if k > end + 2 else None
            return year if year is not None and tokens[end].text == "20" else None
        return end
    got = small_number(tokens, i) or _ordinal_month(tokens, i)
    if got is None or not 1 <= got[0] <= 12:
        return None
    j = got[1] + 1
    if j < n and tokens[j].low in ("slash", "/"):
        return _year_end(tokens, j + 1)
    # "the ninth month, twenty-nine" (heard as "9th month, 29th", seventh-dev: left whole)
    if j < n and tokens[j].low in ORDINAL_SUFFIXES:
        j += 1
    if j < n and tokens[j].low == "month":
        j += 1
        while j < n and tokens[j].low in (",", "of"):
            j += 1
        end = _year_end(tokens, j)
        if end is not None and end + 1 < n and tokens[end + 1].low in ORDINAL_SUFFIXES:
            end += 1  # the year heard as an ordinal: "29th"
        return end
    return None


def _day_of_month(tokens: list[Token], k: int) -> bool:
    """Whether the number at token k is written as an ordinal ("15th"): a day of the month.
    None of the dev halves' expiries was heard so; their months and days were."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and after.low in ORDINAL_SUFFIXES and glued(tokens[k], after)


def _ordinal_month(tokens: list[Token], i: int) -> tuple[int, int] | None:
    month = ORDINALS.get(tokens[i].low)
    return None if month is None else (month, i)


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


def expiry_of_another_thing(tokens: list[Token], i: int) -> bool:
    """Whether the number or month at token i follows an expiry word ("expires", "valid
    through") whose subject is not a card: "permit P 6602, expires December 31"."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].text in _SENTENCE_END:
            return False
        if tokens[k].low in _CUES or tokens[k].low in _THRU:
            return another_things_expiry(tokens, k)
    return False
