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

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty-four": 24, "forty-eight": 48,
    "a couple of": 2, "a few": 3,
}  # fmt: skip
_NUM = (
    r"(?:\d+|a couple of|a few|twenty-four|forty-eight|an|a|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)"
)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?: (?:morning|afternoon|evening|night))?"

WHEN = re.compile(
    r"\b(?:"
    r"(?:by |before |until |till )?(?:the )?end of (?:the |this |next )?(?:day|week|month)"
    rf"|(?:by |before |until |till |on |this |next |by next |on next |first thing )*{_DAY}{_PART}"
    rf"|(?:first thing )?(?:by |before |until )?(?:tomorrow|today|tonight){_PART}"
    r"|later (?:today|on today)|this (?:morning|afternoon|evening)"
    r"|(?:by |before |until |sometime |some time )?(?:next|this) (?:week|month)"
    rf"|(?:with)?in (?:the next )?{_NUM} (?:business |working )?(?:hours?|days?|weeks?)"
    r"|(?:by )?(?:close of business|end of business|eod|cob)"
    r"|right away|straight away|asap|as soon as possible"
    r")\b",
    re.IGNORECASE,
)


def find_when(text: str) -> re.Match[str] | None:
    """The first deadline expression in text, if any."""
    return WHEN.search(text)


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
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day"
                 r"|eod|cob|close of business|end of business|right away|straight away|asap"
                 r"|as soon as possible)\b", said):  # fmt: skip
        return reference
    if "tomorrow" in said:
        return reference + timedelta(days=1)
    for index, name in enumerate(_DAYS):
        if name in said:
            ahead = (index - reference.weekday()) % 7 or 7
            upcoming = reference + timedelta(days=ahead)
            if re.search(rf"\bnext {name}\b", said) and _friday_of(upcoming) == _friday_of(
                reference
            ):
                upcoming += timedelta(days=7)  # "next Friday" said on Monday: not this week's
            return upcoming
    if "week" in said and "within" not in said and not re.search(r"\d|in ", said):
        this_friday = _friday_of(reference)
        if "next" in said:
            return this_friday + timedelta(days=7)
        return this_friday if this_friday >= reference else reference
    if "month" in said:
        if "next" in said:
            first_next = _month_end(reference.year, reference.month) + timedelta(days=1)
            return _month_end(first_next.year, first_next.month)
        return _month_end(reference.year, reference.month)
    m = re.search(rf"({_NUM}) (business |working )?(hour|day|week)", said)
    if m:
        amount = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        unit = m.group(3)
        if unit == "hour":
            return reference + timedelta(days=max(0, (amount + 23) // 24))
        if unit == "week":
            return reference + timedelta(weeks=amount)
        if m.group(2):
            return _add_business_days(reference, amount)
        return reference + timedelta(days=amount)
    return None
