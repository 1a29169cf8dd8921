"""Resolve a spoken due-date phrase to the calendar dates a careful reader would accept.

Written for a benchmark scorer: given how someone on a business call said when
something is due ("by Thursday", "within five business days") and the date of
the call, return the set of acceptable due dates, or an empty set when the words
do not pin a calendar day on their own (the scorer then compares the words).
Written independently, without reading the product it judges. Stdlib only.

Decisions beyond the brief are marked "Decision" in comments. Leading words such as
"by"/"before"/"no later than" name the deadline day itself ("before the twelfth" ->
the 12th); a time of day never moves the date; words anchored to an event that is
not named ("the day before", "within 48 hours of the visit") give an empty set.
"""

import calendar
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from speech import ORDINALS, TEENS, TENS, UNITS  # bench/vi/speech.py

# The number words of the bench's own speech module (the scripts say numbers that way).
_U = [*UNITS, *TEENS]
_T = TENS[2:]
_OU = ORDINALS[:20]
CARD = {w: i for i, w in enumerate(_U)}
ORD = {w: i for i, w in enumerate(_OU) if i}
for _i, _t in enumerate(_T):
    CARD[_t] = 20 + 10 * _i
    CARD.update({f"{_t} {_U[u]}": 20 + 10 * _i + u for u in range(1, 10)})
ORD.update({"twentieth": 20, "thirtieth": 30, "thirty first": 31})
ORD.update({f"twenty {_OU[u]}": 20 + u for u in range(1, 10)})
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [m.lower() for m in calendar.month_name[1:]]


def _alt(words):  # regex alternation, longest first so "forty eight" beats "forty"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


ORD_RE = rf"(?:{_alt(ORD)})\b|\d{{1,2}}(?:st|nd|rd|th)\b"
MON_RE, WD_RE = _alt(MONTHS), _alt(WEEKDAYS)
NUM_RE = rf"\d+|(?:{_alt(CARD)})\b|a few|a couple of|the next|an?|the|next"
DUR_RE = re.compile(
    rf"(?:\b(?P<pre>[a-z']+) )?\b(?P<n>{NUM_RE}) (?:(?P<biz>business|working) )?"
    r"(?P<unit>minute|hour|day|night|evening|morning|week|month)s?\b"
    r"(?: (?P<rel>before|after|of|from)\b ?(?P<rest>.*))?"
)
# Nouns that make an ordinal a rank, not a day of the month ("the first session").
NOT_DAY = (
    r"(?! (?:thing|session|time|visit|call|one|week|day|step|appointment|floor|stop|part|round))"
)
TODAY_RE = (
    r"\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b|\bright (?:now|away)\b"
    r"|\bright after (?:this|the|our) call|\bright after we (?:hang up|get off|finish)"
    r"|\bnow\b|\bimmediately\b|\basap\b|\bas soon as possible\b"
    r"|\bend of (?:the )?(?:business )?day\b"
    r"|\bclose of business\b|\beod\b|\bcob\b"
)
CLOCK = set(_U[1:13]) | {
    "fifteen",
    "thirty",
    "forty",
    "o'clock",
    "oclock",
    "a",
    "p",
    "m",
    "am",
    "pm",
    "noon",
    "midday",
    "half",
    "past",
    "quarter",
}
LEAD = r"^(?:by|before|on|no later than|until|till|at|around|about)\b ?"


def _num(s):
    if s.isdigit():
        return int(s)
    return CARD[s] if s in CARD else {"a few": None, "a couple of": 2}.get(s, 1)


def _add_months(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift(base, n, unit, biz, sign):
    """Dates ending a window of n units counted from base (backwards when sign < 0)."""
    if unit == "minute":  # a window of minutes on a live call ends the same day
        return {base}
    if unit == "hour":
        # Decision: up to 12 hours on a business call ends the same day ("in an hour",
        # "within the hour"); longer windows accept both floor and ceil of n/24 days.
        return (
            {base}
            if n <= 12
            else {base + sign * dt.timedelta(days=k) for k in {n // 24, -(-n // 24)}}
        )
    if unit == "month":
        return {_add_months(base, sign * n)}
    if unit == "week":
        n *= 7
    if biz:  # business days: the call day itself never counts
        d = base
        while n:
            d += sign * dt.timedelta(days=1)
            n -= d.weekday() < 5
        return {d}
    return {base + sign * dt.timedelta(days=n)}


def _durations(s, day):
    """None when no duration phrase applies, else the (possibly empty) set it yields."""
    for m in DUR_RE.finditer(s):
        pre, n, unit, rel, rest = m["pre"], m["n"], m["unit"], m["rel"], (m["rest"] or "").strip()
        if pre == "every":
            return set()  # recurring, not a due date
        if unit in ("night", "evening", "morning") and not (
            n == "the" and rel in ("before", "after", "of")
        ):
            continue  # "tomorrow morning" is a time of day, not a duration
        if (
            rel is None
            and n in ("the", "next", "the next")
            and not (pre in ("within", "in", "inside") and unit in ("hour", "minute"))
        ):
            continue  # "on the day", "end of next week": not a window
        num, sign = _num(n), -1 if rel == "before" else 1
        if num is None:  # "in a few minutes" is today; "a few days" pins nothing
            return {day} if unit == "minute" and not rel else set()
        if rel in ("before", "after", "of"):
            # Anchored to something else: resolvable only if that anchor is
            # ("the day before the 12th").
            base = acceptable_days(rest, day) if rest else set()
            if n == "the":  # "the day/night before X" = X - 1; "the morning of X" = X
                return {b + dt.timedelta(days=sign * (rel != "of")) for b in base}
        else:  # "a week from Monday" counts from Monday; otherwise from the call
            base = (
                {day}
                if rel is None or re.match(r"(?:today|now)\b", rest)
                else acceptable_days(rest, day)
            )
        return {x for b in base for x in _shift(b, num, unit, m["biz"], sign)}
    return None


def _dom(s):
    """(month or None, day of month) named in the words, or None."""
    for pat, mi, oi in (
        (rf"\b({MON_RE}) (?:the )?({ORD_RE}|\d{{1,2}}\b)", 1, 2),
        (rf"\b({ORD_RE}) of ({MON_RE})\b", 2, 1),
        (rf"(?:\bthe |\b(?:{WD_RE}) )({ORD_RE}){NOT_DAY}", None, 1),
    ):
        if m := re.search(pat, s):
            o = m[oi]
            n = int(re.match(r"\d+", o)[0]) if o[0].isdigit() else ORD[o]
            return (MONTHS.index(m[mi]) + 1 if mi else None), n
    return None


def _dom_dates(day, month, dom, wd):
    """Next date on/after day with that day-of-month (and month). When a weekday is
    also named it must agree: try the next two occurrences, then one up to a week
    back (Decision: "Tuesday, December eighth" said on Wed Dec 9 means yesterday,
    not a Wednesday a year on). If the weekday never agrees, the date words win."""
    past, future, d = [], [], day - dt.timedelta(days=7)
    while len(future) < 2 and d.year < day.year + 12:
        if d.day == dom and (month is None or d.month == month):
            (future if d >= day else past).append(d)
        d += dt.timedelta(days=1)
    if wd is not None:
        for c in future + past[::-1]:
            if c.weekday() == wd:
                return {c}
    return set(future[:1])


def _weekday(s, day):
    if not (m := re.search(rf"(?:\b(this|next) )?\b({WD_RE})\b( after next)?", s)):
        return None
    k = (WEEKDAYS.index(m[2]) - day.weekday()) % 7
    first = day + dt.timedelta(days=k or 7)  # first such weekday strictly after today
    week = dt.timedelta(days=7)
    if m[3]:
        return {first + week}
    # Decision: "next Friday" = the coming one or the one after; said on a Friday, both
    # readings ("first after today", "Friday of next week") give a week out, so only that.
    if m[1] == "next":
        return {first} if k == 0 else {first, first + week}
    if m[1] == "this" or k:
        return {day + dt.timedelta(days=k)}
    return {day, day + week}  # said on that weekday: today or in a week


def acceptable_days(words: str, day: dt.date) -> set:
    s = re.sub(r"[^a-z0-9' ]+", " ", words.lower().replace("\u2019", "'").replace("-", " "))
    s = " ".join(s.split())
    if not s or re.search(r"\bevery\b", s) or re.search(r"\b(?:before|after|of)$", s):
        return set()  # recurring, or anchored to an event not named ("the day before")
    if (got := _durations(s, day)) is not None:
        return got
    if "christmas" in s:
        y = day.year + (day >= dt.date(day.year, 12, 25))  # on/after Christmas: next year's
        return {dt.date(y, 12, 24), dt.date(y, 12, 25)}
    if dom := _dom(s):
        wm = re.search(rf"\b({WD_RE})\b", s)
        return _dom_dates(day, dom[0], dom[1], WEEKDAYS.index(wm[1]) if wm else None)
    wd, one = day.weekday(), dt.timedelta(days=1)
    m = re.search(r"\bend of (?:the |this |(next) )?week\b", s)
    if (
        m
    ):  # coming Friday (the next one from a weekend) or next Mon-Sun week's Friday; its Sunday too
        fri = day + ((11 - wd) if m[1] else (4 - wd) % 7) * one
        return {fri, fri + 2 * one}
    m = re.search(r"\bend of (?:the |this |(next) )?month\b", s)
    if m:
        d = _add_months(day.replace(day=1), 1 if m[1] else 0)
        return {d.replace(day=calendar.monthrange(d.year, d.month)[1])}
    if (got := _weekday(s, day)) is not None:
        return got
    if re.search(r"\btomorrow\b", s):
        return {day + one}
    if re.search(TODAY_RE, s):
        return {day}
    rest = re.sub(LEAD, "", s)
    # Decision: a bare clock time ("before two", "by one", "at noon") said on a call means today.
    if rest and all(t in CLOCK or re.fullmatch(r"\d{1,2}", t) for t in rest.split()):
        return {day}
    return set()
