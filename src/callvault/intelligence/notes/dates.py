"""Deadlines as people say them ("by Friday", "tomorrow", "within 48 hours") and the dates they
mean relative to the day of the call.

Conventions, since speech is vague: a bare weekday is its next occurrence after the reference
day ("Friday" said on a Friday is a week later); "next <weekday>" is that weekday of next week;
"next week" / "this week" / "end of the week" are that week's Friday (the working deadline);
"next month" / "end of the month" its last day; business days skip Saturday and Sunday."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from callvault.intelligence.redaction.dates import ORDINALS

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty-four": 24, "forty-eight": 48,
    "a couple of": 2, "a few": 3, "couple of": 2, "few": 3,
}  # fmt: skip
_NUM = (
    r"(?:\d+|a couple of|a few|couple of|few|twenty-four|forty-eight|an|a|one|two|three|four"
    r"|five|six|seven|eight|nine|ten)"
)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?: (?:morning|afternoon|evening|night))?"
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
# Words that may follow a day of the month; any other word after an ordinal is what it counts.
_AFTER_DAY = (
    r"(?:of|at|in|by|and|or|to|for|please|so|then|if|when|from|with|between|around|about"
    r"|before|after|until|morning|afternoon|evening|night|latest|is|works|it|that|the|we|i|you"
    r"|he|she|they|as|but|okay|ok|yes|yeah|right)\b"
)
_DIGIT_ORDINAL = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
_ORDINAL = (
    r"(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?:twenty|twenty-|thirty-)?(?:first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)

# "first thing Monday" as the recogniser writes it on the phone: "Thursday Monday" (twentieth-
# and twenty-first-dev, two of six). No one says two days in a row, so the first is the
# misheard "first thing" and the second the day (`resolve_due` reads the other day first).
_FIRST_THING = (
    r"thursday (?=(?:monday|tuesday|wednesday|friday|saturday|sunday|tomorrow|today|tonight)\b)"
)

_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?::\d\d)?)"
_END_OF_DAY = (
    r"(?:by |before )?(?:the )?(?:end of (?:the )?day|close of business|end of business|eod|cob)"
)

WHEN = re.compile(
    r"\b(?:"
    # Before "tomorrow" and "today" below, which they hold: the longer phrase is the date.
    r"(?:the )?day after tomorrow|a week (?:from )?(?:today|tomorrow)"
    # A time of day as the deadline: today. Only with "by"/"before": "eight to noon" is when
    # a visit happens, not a deadline.
    r"|(?:by |before )(?:noon|midday|lunch(?:time)?|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m|p\.m"
    r"|o'clock))|within the hour"
    # "clear the space before two.", "by one, please": an hour alone, ending the clause (not
    # "by two days", "by one of us"): today as well (fifth-dev: the day was lost).
    rf"|(?:by |before ){_HOUR}(?=\s*(?:[.,!?;]|$|today\b|this\b|please\b|at the latest\b))"
    # The weekend: "by/before the weekend" is this week's Friday, "over/this weekend" Saturday.
    r"|(?:by|before|over|this|at) (?:the )?weekend"
    r"|(?:with)?in the next week"
    # "by end of day Tuesday", "close of business on Friday": that day's end (before the bare
    # "end of day", which is today's).
    rf"|{_END_OF_DAY},? (?:on )?{_DAY}"
    r"|"
    r"(?:by |before |until |till )?(?:the )?end of (?:the |this |next )?(?:day|week|month)"
    # "by Friday the 18th": the day of the month says which Friday (before the bare weekday,
    # which would stop at "Friday": seventh-dev's was resolved a week early).
    rf"|(?:by |before |until |till |on )?{_DAY},? the {_ORDINAL}(?: of {_MONTH})?"
    rf"|(?:by |before |until |till |on |this |next |by next |on next |first thing "
    rf"|{_FIRST_THING})*(?!{_FIRST_THING}){_DAY}{_PART}"
    # Not the possessive: "a copy of today's confirmation" names a thing, not a deadline.
    rf"|(?:first thing |{_FIRST_THING})?(?:by |before |until )?(?:tomorrow|today|tonight)"
    rf"(?!['’]s\b){_PART}"
    r"|later (?:today|on today)|this (?:morning|afternoon|evening)"
    # "She'll call you early next week" (thirteenth-dev: "early" was left in the task)
    r"|(?:by |before |until |sometime |some time |early |late |later )?(?:next|this) (?:week"
    r"|month)"
    rf"|(?:with)?in (?:the next )?{_NUM} (?:business |working )?(?:minutes?|hours?|days?|weeks?)"
    r"|(?:by )?(?:close of business|end of business|eod|cob)"
    r"|right away|straight away|asap|as soon as possible"
    # Said on calls beyond the dev half (issue #11): the same day in other words, a range of
    # days ("3 to 5 business days": its end), a day of the month ("by the 27th").
    r"|(?:with)?in the next (?:few |couple of )?(?:minutes?|hours?)|in a (?:few )?minutes?"
    r"|shortly|later on|after (?:this|the) call|end of (?:play|today)"
    r"|(?:right |straight |just )?(?:after|once|as soon as) we hang up"
    rf"|(?:with)?in (?:the next )?{_NUM} (?:to|or|-) {_NUM} (?:business |working )?(?:days|weeks"
    r"|hours)"
    rf"|(?:by |before |on |until )?(?:the )?{_DIGIT_ORDINAL}(?: of {_MONTH})?"
    # not "on the first truck": an ordinal before a noun counts things (twentieth-dev)
    rf"|(?:by |before |on |until )the {_ORDINAL}(?: of {_MONTH}|(?! (?!{_AFTER_DAY})[a-z]))"
    rf"|the {_ORDINAL} of {_MONTH}"
    rf"|(?:by |before |on |until )?{_MONTH} (?:the )?{_ORDINAL}"
    # Relative to the visit or the move the call booked: "I'll ring you the day before", "on
    # the day". When, not a date: the event's own day may not be said with it (resolve_due).
    r"|(?:the|that) (?:day|evening|night|morning) before(?! yesterday| last)|on the day(?! of\b)"
    r")\b",
    re.IGNORECASE,
)


_DURATION = re.compile(r"^(?:with)?in ", re.I)
_RELATIVE = re.compile(r"\b(?:the|that) (?:day|evening|night|morning) before\b|\bon the day\b")


def find_when(text: str, start: int = 0) -> re.Match[str] | None:
    """The first deadline expression in text from `start`, if any; a day said after a
    duration or a relative day restates it ("in 3 to 5 business days, so by Friday at the
    latest", "the day before, so Wednesday"): that day."""
    found = list(WHEN.finditer(text, start))
    if not found:
        return None
    if vague(found[0]):
        return next((m for m in found[1:] if not vague(m)), found[0])
    return found[0]


def vague(m: re.Match[str]) -> bool:
    """A duration or a day relative to an event: a plain day said with it is the deadline."""
    return bool(_DURATION.match(m.group()) or _RELATIVE.search(m.group().lower()))


def _friday_of(day: date) -> date:
    return day + timedelta(days=4 - day.weekday())


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_business_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def resolve_due(when: str, reference: date) -> date | None:
    """The calendar date `when` means for a call on `reference`, or None if it is too vague."""
    said = " ".join(when.lower().split())
    if _RELATIVE.search(said):
        return None  # "the day before" the event: the event's day is not in the phrase
    day_end = re.match(rf"{_END_OF_DAY},? (?:on )?({_DAY})", said)
    if day_end:  # "by end of day Tuesday" is Tuesday, not today
        return resolve_due(day_end.group(1), reference)
    other_day = _days_ahead(said)
    if other_day is not None:
        return reference + timedelta(days=other_day)
    if "weekend" in said:
        friday = _friday_of(reference)
        by = re.search(r"\b(?:by|before)\b", said)
        return max(friday if by else friday + timedelta(days=1), reference)  # said at a weekend
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day"
                 r"|eod|cob|close of business|end of business|right away|straight away|asap"
                 r"|as soon as possible)\b", said):  # fmt: skip
        return reference
    if re.search(r"\b(?:minutes?|hours?|shortly|later on|after (?:this|the) call|end of play"
                 r"|hang up)\b",
                 said) and not re.search(rf"\b{_NUM} (?:\w+ )?hours?", said):  # fmt: skip
        return reference
    if "tomorrow" in said:
        return reference + timedelta(days=1)
    if re.search(rf"\b{_DAY},? the ", said):
        dated = _day_of_month(said, reference)
        if dated is not None:
            return dated
    for index, name in enumerate(_DAYS):
        if name in said:
            ahead = (index - reference.weekday()) % 7 or 7
            upcoming = reference + timedelta(days=ahead)
            if re.search(rf"\bnext {name}\b", said) and _friday_of(upcoming) == _friday_of(
                reference
            ):
                upcoming += timedelta(days=7)  # "next Friday" said on Monday: not this week's
            return upcoming
    day = _day_of_month(said, reference)
    if day is not None:
        return day
    if "week" in said and "within" not in said and not re.search(r"\d|in ", said):
        this_friday = _friday_of(reference)
        if "early next" in said:  # by that week's second working day
            return this_friday + timedelta(days=4)
        if "next" in said:
            return this_friday + timedelta(days=7)
        return this_friday if this_friday >= reference else reference
    if "month" in said:
        if "next" in said:
            first_next = _month_end(reference.year, reference.month) + timedelta(days=1)
            return _month_end(first_next.year, first_next.month)
        return _month_end(reference.year, reference.month)
    m = re.search(rf"({_NUM}) (?:(?:to|or|-) ({_NUM}) )?(business |working )?(hour|day|week)", said)
    if m:
        said_amount = m.group(2) or m.group(1)  # a range: its end
        amount = int(said_amount) if said_amount.isdigit() else _NUMBERS[said_amount]
        unit = m.group(4)
        if unit == "hour":
            return reference + timedelta(days=max(0, (amount + 23) // 24))
        if unit == "week":
            return reference + timedelta(weeks=amount)
        if m.group(3):
            return _add_business_days(reference, amount)
        return reference + timedelta(days=amount)
    return None


def _days_ahead(said: str) -> int | None:
    """Phrases that hold "today" or "tomorrow" but mean another day, and times of today."""
    if "day after tomorrow" in said:
        return 2
    week = re.search(r"a week (?:from )?(today|tomorrow)", said)
    if week:
        return 7 + (week.group(1) == "tomorrow")
    if re.search(r"in the next week", said):
        return 7
    if re.search(r"\b(?:noon|midday|lunch(?:time)?|o'clock|[ap]\.?m)\b|within the hour", said):
        return 0
    if re.fullmatch(rf"(?:by|before) {_HOUR}", said):
        return 0
    return None


def _day_of_month(said: str, reference: date) -> date | None:
    """ "by the 27th", "the first of December", "November 20th": that day in the month named,
    else its next occurrence from the reference day (this month's, or next month's when past)."""
    m = re.search(rf"(?:({_MONTH}) (?:the )?)?\b({_ORDINAL})\b(?: of ({_MONTH}))?", said)
    if not m or not re.search(r"\d|th\b|first|second|third|{_MONTH}", m.group()):
        return None
    token = m.group(2).replace("-", "")
    if token[:1].isdigit():
        number = int(re.sub(r"\D", "", token))
    else:
        tens = 0
        if token.startswith("twenty") and token != "twentieth":  # noqa: S105 (a word)
            tens = 20
        elif token.startswith("thirty") and token != "thirtieth":  # noqa: S105 (a word)
            tens = 30
        rest = token.removeprefix("twenty").removeprefix("thirty") if tens else token
        number = tens + ORDINALS.get(rest, 0)
    named = m.group(1) or m.group(3)
    year, month = reference.year, reference.month
    if named:
        month = _MONTHS.index(named) + 1
        if month < reference.month:
            year += 1
    elif number < reference.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if not 1 <= number <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, number)
