"""Dates of birth. A date next to birth words ("date of birth", "born on", "DOB",
"birthday") is one, in a short window after such a word; the date itself may be numeric,
"March 14th, 1985", "14 March 1985" or "the fourteenth of March nineteen eighty five".

A full date (day, month and year) whose year lies `BIRTH_YEARS_AGO` or more years back is
one without any birth word (`old_dates`): on a service call such a date is nearly always
somebody's birthday, and the recogniser often garbles the question that asked for it ("the
next fallen your toe" for "and your date of birth?"). Recent dates, and dates without a
year (appointments, deliveries), stay."""

from __future__ import annotations

import datetime as dt
import re

from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import TEENS, TENS, UNITS, small_number
from callvault.intelligence.redaction.tokens import Token, glued
from callvault.intelligence.redaction.written import numeric_dates

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Words of the calendar, capitalised like names and never one.
CALENDAR = frozenset(MONTHS) | WEEKDAYS
ORDINALS = {  # the day of a month said as a word (notes' due dates read them too)
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})  # "9th", as recognisers split it
_BIRTH = frozenset({"birth", "born", "dob", "birthday", "birthdate"})
WINDOW = 12  # tokens after a birth word in which its date may start
# A full date at least this many years old is read as a birth date (and any full date
# before 1900 + nothing: see `_FIRST_BIRTH_YEAR`). Adults' are older than ADULT_YEARS; a
# child's is asked for too (a daycare, a karate club, a paediatric clinic: "August 22nd,
# 2024"), so a date from BIRTH_YEARS_AGO years back counts as well, unless it is said as when
# something happened ("I called on 03/14/2024", "since the 2nd of May 2021"): a birthday is
# given bare or after "born"/"is". Two years, not one, so that last year's purchase stays. On
# the written scripts of every half (about 1,000 calls) this finds 14 more birth dates than
# ADULT_YEARS alone and takes no other date.
ADULT_YEARS = 14
BIRTH_YEARS_AGO = 2
_EVENT_BEFORE = frozenset(
    ["on", "since", "from", "in", "until", "till", "by", "after", "before", "dated", "of"]
)
_FIRST_BIRTH_YEAR = 1900


def _day(tokens: list[Token], i: int) -> int | None:
    """Last token of a day of the month at token i ("14", "14th", "fourteenth", "twenty
    first", "fourteen")."""
    t = tokens[i]
    if t.is_digits and len(t.text) <= 2 and 1 <= int(t.text) <= 31:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.low in ORDINAL_SUFFIXES and glued(t, nxt):
            return i + 1
        return i
    if t.low in ORDINALS:
        return i
    if t.low in ("twenty", "thirty"):
        j = i + 1
        if j < len(tokens) and tokens[j].text == "-":
            j += 1
        if j < len(tokens) and tokens[j].low in ORDINALS and ORDINALS[tokens[j].low] < 10:
            return j
    got = small_number(tokens, i)
    if got is not None and 1 <= got[0] <= 31 and not t.is_digits:
        return got[1]
    return None


def _year(tokens: list[Token], i: int, *, short: bool = True) -> int | None:
    """Last token of a year at token i: "1985", "'85", "nineteen eighty five", "two thousand
    and three", "twenty oh three"."""
    t = tokens[i]
    if t.is_digits and len(t.text) == 4 and t.text[:2] in ("19", "20"):
        return i
    if short and t.is_digits and len(t.text) == 2:  # "March 3rd, 82"
        return i
    if t.text == "'" and i + 1 < len(tokens) and tokens[i + 1].is_digits:
        return i + 1 if len(tokens[i + 1].text) == 2 else None
    if t.low in ("nineteen", "twenty"):
        j = i + 1
        if j < len(tokens) and tokens[j].low in ("oh", "o") and j + 1 < len(tokens):
            return j + 1 if tokens[j + 1].low in UNITS else None
        if j < len(tokens) and (tokens[j].low in TENS or tokens[j].low in TEENS):
            got = small_number(tokens, j)
            return got[1] if got else None
        return None
    if t.low == "two" and i + 1 < len(tokens) and tokens[i + 1].low == "thousand":
        got = small_number(tokens, i)
        return got[1] if got else None
    if short and t.low in TENS and t.low != "twenty":  # "the third of May, eighty two"
        got = small_number(tokens, i)
        return got[1] if got else None
    return None


def _skip(tokens: list[Token], i: int, words: tuple[str, ...]) -> int:
    while i < len(tokens) and (tokens[i].low in words or tokens[i].text == ","):
        i += 1
    return i


def date_at(tokens: list[Token], i: int) -> int | None:
    """Last token of a date written with words starting at token i, if one starts there."""
    n = len(tokens)
    if not (tokens[i].is_word or tokens[i].is_digits):
        return None
    start = _skip(tokens, i, ("the",))
    if start >= n:
        return None
    if tokens[start].low in MONTHS:  # March [the] 14th[,] [1985] | March 1985
        j = _skip(tokens, start + 1, ("the",))
        if j < n and (y := _year(tokens, j, short=False)) is not None:
            return y
        day = _day(tokens, j) if j < n else None
        if day is None:
            return None
        k = _skip(tokens, day + 1, ("of",))
        y = _year(tokens, k) if k < n else None
        return y if y is not None else day
    day = _day(tokens, start)
    if day is None:  # [the] 14th [of] March[,] [1985]
        return None
    k = _skip(tokens, day + 1, ("of",))
    if k >= n or tokens[k].low not in MONTHS:
        return None
    m = _skip(tokens, k + 1, ())
    y = _year(tokens, m) if m < n else None
    return y if y is not None else k


def births(text: str, tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    done = -1
    for k, t in enumerate(tokens):
        if t.low not in _BIRTH or k <= done:
            continue
        hi = min(len(tokens) - 1, k + WINDOW)
        numeric = numeric_dates(text, t.end, tokens[hi].end)
        if numeric:
            out.append(PiiSpan(EntityType.DATE_OF_BIRTH, *numeric[0]))
            continue
        for i in range(k + 1, hi + 1):
            if tokens[i].text in "?!;":
                break
            last = date_at(tokens, i)
            if last is not None:
                out.append(PiiSpan(EntityType.DATE_OF_BIRTH, tokens[i].start, tokens[last].end))
                done = last
                break
    return out


def old_dates(text: str, tokens: list[Token], this_year: int | None = None) -> list[PiiSpan]:
    """Full dates, in words or numeric with a four-digit year, at least `BIRTH_YEARS_AGO`
    years before this_year (today's by default): birth dates said without a birth word."""
    now = this_year or dt.datetime.now(dt.UTC).year
    out: list[PiiSpan] = []

    def birthday(year: int, start: int) -> bool:
        if not _FIRST_BIRTH_YEAR <= year <= now - BIRTH_YEARS_AGO:
            return False
        return year <= now - ADULT_YEARS or not _said_as_an_event(text, start)

    for start, end in numeric_dates(text, 0, len(text)):
        four = re.search(r"(\d{4})$", text[start:end])
        if four and birthday(int(four.group(1)), start):
            out.append(PiiSpan(EntityType.DATE_OF_BIRTH, start, end))
    i = 0
    while i < len(tokens):
        last = date_at(tokens, i)
        year = _year_value(tokens, i, last) if last is not None else None
        if last is not None and year is not None and birthday(year, tokens[i].start):
            out.append(PiiSpan(EntityType.DATE_OF_BIRTH, tokens[i].start, tokens[last].end))
            i = last + 1
            continue
        i += 1
    return out


def _said_as_an_event(text: str, start: int) -> bool:
    """The date follows a word that dates an event ("on", "since", "dated"), "the" aside."""
    before = re.findall(r"[a-z]+", text[:start].lower())
    while before and before[-1] == "the":
        before.pop()
    return bool(before) and before[-1] in _EVENT_BEFORE


def _year_value(tokens: list[Token], first: int, last: int) -> int | None:
    """The year of the date tokens[first..last] when it has a day and a four-digit year, in
    digits ("1985") or words ("nineteen eighty five", "two thousand and three")."""
    start = _skip(tokens, first, ("the",))
    if tokens[start].low in MONTHS:  # "March 1985" is read as a year straight after the month
        j = _skip(tokens, start + 1, ("the",))
        if _year(tokens, j, short=False) is not None:
            return None  # a month, not a birthday
    # The year is what _year reads as ending the date, starting after its first token.
    k = next((k for k in range(first + 1, last + 1) if _year(tokens, k, short=False) == last), None)
    if k is None:
        return _short_year_value(tokens, first, last)
    word = tokens[k].low
    if tokens[k].is_digits:
        return int(tokens[k].text)
    if word == "two":  # "two thousand and three"
        got = small_number(tokens, k)
        return got[0] if got is not None else None
    century = 1900 if word == "nineteen" else 2000
    if tokens[k + 1].low in ("oh", "o"):  # "twenty oh three"
        got = small_number(tokens, k + 2)
    else:
        got = small_number(tokens, k + 1)
    return century + got[0] if got is not None and got[0] < 100 else None


_OLDEST_SHORT_YEAR = 30  # "83" is 1983; "25" may be this century's, so it is no birth year


def _short_year_value(tokens: list[Token], first: int, last: int) -> int | None:
    """A two-digit year that ends the date and the clause ("The 9th of November, 83.",
    seventeenth-dev; "the third of May, eighty two"): 1930 to 1999. Not a count said after a
    date ("on the 14th of May, 45 people came")."""
    if last + 1 < len(tokens) and tokens[last + 1].text not in (".", ",", "?", "!", ";"):
        return None
    k = next((k for k in range(first + 1, last + 1) if _year(tokens, k) == last), None)
    if k is None or k <= first + 1:
        return None
    if tokens[k].is_digits:
        value = int(tokens[k].text) if len(tokens[k].text) == 2 else None
    else:
        got = small_number(tokens, k)
        value = got[0] if got is not None and got[1] == last else None
    return 1900 + value if value is not None and value >= _OLDEST_SHORT_YEAR else None
