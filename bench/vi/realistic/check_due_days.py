"""Print every due phrase of the call sets resolved for two call days, then assert the
hand-worked cases of due_days.py (written with it, by its author, without reading the product):

    .venv/bin/python bench/vi/realistic/check_due_days.py"""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from due_days import acceptable_days

D = dt.date
SAT, WED = D(2026, 12, 5), D(2026, 12, 9)  # Saturday, Wednesday
THU, FRI, MON = D(2026, 12, 10), D(2026, 12, 11), D(2026, 12, 7)


def fmt(ds):
    return ", ".join(f"{d:%a %Y-%m-%d}" for d in sorted(ds)) or "(empty)"


# Every due phrase of the call sets (generate.load), resolved for two call days.
from generate import HALVES, load  # noqa: E402

phrases = sorted(
    {
        a.due_words
        for h in HALVES
        if h != "both"
        for p in load(h)
        for a in p.call.actions
        if a.due_words
    },
    key=str.lower,
)
nonempty = 0
for p in phrases:
    a, b = acceptable_days(p, SAT), acceptable_days(p, WED)
    nonempty += bool(a)
    assert bool(a) == bool(b), p
    print(f"{p!r:48} Sat 12-05: {fmt(a):40} | Wed 12-09: {fmt(b)}")
print(f"\n{nonempty} of {len(phrases)} phrases resolve to a non-empty set\n")

CASES = [
    # today-ish and tomorrow
    ("today", SAT, {SAT}),
    ("tonight", WED, {WED}),
    ("this evening", WED, {WED}),
    ("right after we hang up", WED, {WED}),
    ("in five minutes", SAT, {SAT}),
    ("within the hour", WED, {WED}),
    ("in an hour", WED, {WED}),
    ("in the next ten minutes", WED, {WED}),
    ("before the end of the day", WED, {WED}),
    ("close of business", WED, {WED}),
    ("today, between two and four", SAT, {SAT}),
    ("before two", WED, {WED}),
    ("tomorrow", SAT, {D(2026, 12, 6)}),
    ("first thing tomorrow", WED, {THU}),
    ("by noon tomorrow", WED, {THU}),
    ("tomorrow after one", SAT, {D(2026, 12, 6)}),
    ("the day after tomorrow", WED, {FRI}),
    # weekdays
    ("Thursday", SAT, {THU}),
    ("by Thursday", WED, {THU}),
    ("Thursday morning", THU, {THU, D(2026, 12, 17)}),
    ("Wednesday", WED, {WED, D(2026, 12, 16)}),
    ("on Saturday", SAT, {SAT, D(2026, 12, 12)}),
    ("by Sunday", SAT, {D(2026, 12, 6)}),
    ("first thing Monday", SAT, {MON}),
    ("first thing Monday", MON, {MON, D(2026, 12, 14)}),
    ("Monday, when it ships", WED, {D(2026, 12, 14)}),
    ("by end of day Tuesday", WED, {D(2026, 12, 15)}),
    ("it goes out Tuesday", SAT, {D(2026, 12, 8)}),
    ("next Friday", THU, {FRI, D(2026, 12, 18)}),
    ("by next Friday", FRI, {D(2026, 12, 18)}),
    ("by next Friday", SAT, {FRI, D(2026, 12, 18)}),
    ("by next Wednesday", WED, {D(2026, 12, 16)}),
    ("this Friday", FRI, {FRI}),
    ("this Friday", SAT, {FRI}),
    # days of the month, words and digits
    ("by the eighteenth", SAT, {D(2026, 12, 18)}),
    ("the 18th", SAT, {D(2026, 12, 18)}),
    ("on the ninth", WED, {WED}),
    ("on the ninth", THU, {D(2027, 1, 9)}),
    ("on the twenty-second", SAT, {D(2026, 12, 22)}),
    ("on the twenty-seventh", WED, {D(2026, 12, 27)}),
    ("the 31st", D(2026, 11, 5), {D(2026, 12, 31)}),
    ("by December first", SAT, {D(2027, 12, 1)}),
    ("December 3rd", SAT, {D(2027, 12, 3)}),
    ("by December first", D(2026, 11, 20), {D(2026, 12, 1)}),
    ("Wednesday the ninth", SAT, {WED}),
    ("Wednesday the ninth, between one and three", WED, {WED}),
    ("by Friday the eighteenth", WED, {D(2026, 12, 18)}),
    ("Monday the seventh at eight fifteen", SAT, {MON}),
    ("Monday the fourth of January", SAT, {D(2027, 1, 4)}),
    ("for the first session, January twelfth", SAT, {D(2027, 1, 12)}),
    ("the Monday after, the twenty-first", SAT, {D(2026, 12, 21)}),
    ("Saturday, December twelfth", WED, {D(2026, 12, 12)}),
    ("Tuesday, December eighth, at ten forty", SAT, {D(2026, 12, 8)}),
    ("Tuesday, December eighth, at ten forty", WED, {D(2026, 12, 8)}),  # weekday pins yesterday
    ("right after the inspection on the fourteenth", WED, {D(2026, 12, 14)}),
    ("the day before the twelfth", SAT, {FRI}),
    # windows
    ("within five business days", SAT, {FRI}),
    ("within five business days", WED, {D(2026, 12, 16)}),
    ("within three working days", THU, {D(2026, 12, 15)}),
    ("within two working days", FRI, {D(2026, 12, 15)}),
    ("within two working days", D(2026, 12, 6), {D(2026, 12, 8)}),
    ("within forty-eight hours", WED, {FRI}),
    ("within 30 hours", WED, {THU, FRI}),
    ("within ten days", SAT, {D(2026, 12, 15)}),
    ("within thirty days", SAT, {D(2027, 1, 4)}),
    ("a week from today", WED, {D(2026, 12, 16)}),
    ("in two weeks", SAT, {D(2026, 12, 19)}),
    ("about forty minutes", WED, {WED}),
    # ends of periods
    ("by the end of the week", SAT, {FRI, D(2026, 12, 13)}),
    ("end of the week", WED, {FRI, D(2026, 12, 13)}),
    ("end of the week", FRI, {FRI, D(2026, 12, 13)}),
    ("by the end of next week", SAT, {FRI, D(2026, 12, 13)}),
    ("before the end of next week", WED, {D(2026, 12, 18), D(2026, 12, 20)}),
    ("by the end of the month", WED, {D(2026, 12, 31)}),
    ("end of the month", D(2027, 2, 10), {D(2027, 2, 28)}),
    ("before Christmas", SAT, {D(2026, 12, 24), D(2026, 12, 25)}),
    ("before Christmas", D(2026, 12, 26), {D(2027, 12, 24), D(2027, 12, 25)}),
    # nothing pinned
    *[
        (p, WED, set())
        for p in (
            "the day before",
            "a week before",
            "the evening before",
            "the night before",
            "the morning of",
            "on the day",
            "that day",
            "before you dig",
            "before you fly",
            "every thirty minutes",
            "within forty-eight hours of the visit",
            "the Monday after",
            "in a few days",
            "next week",
        )
    ],
]
bad = 0
for words, day, want in CASES:
    got = acceptable_days(words, day)
    if got != want:
        bad += 1
        print(f"FAIL {words!r} on {day:%a %Y-%m-%d}: got {fmt(got)}, want {fmt(want)}")
assert not bad, f"{bad} of {len(CASES)} hand-worked cases failed"
print(f"all {len(CASES)} hand-worked cases pass")
