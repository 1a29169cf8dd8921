"""Numbers people need to keep, which the leak check notes but does not flag: a run of digits
right after a label ("order", "tracking", "ticket", "referral"…), right before a unit
("dollars", "pm", "minutes", "-year"…), after "$", written as an amount with thousands commas
or as an ordinal, a time of day, or the answer to another party's question for such a number.
Without this every call with an order number would be flagged, and a flag that is always on
is ignored like one that is never on."""

from __future__ import annotations

import re
from collections.abc import Sequence

from callvault.intelligence.leakcheck.mark import FILLER, Mark
from callvault.intelligence.leakcheck.words import Heard

# The check's own list, though the redaction keeps a like one (conversation._NOT_IT_BEFORE):
# the check shares no rules with the detector it checks (ADR 0019), so one list's gap is not
# both's.
KEEP_LABELS = frozenset(
    [
        "order",
        "tracking",
        "ticket",
        "confirmation",
        "reference",
        "invoice",
        "case",
        "claim",
        "extension",
        "flight",
        "booking",
        "reservation",
        "seat",
        "gate",
        "model",
        "serial",
        # business papers' numbers (stop 39: "referral R X…", "levy notice 4419", "receipt
        # 77142" were flags on lines with nothing personal in them)
        "referral",
        "receipt",
        "notice",
        "quote",
    ]
)
_KEEP_AFTER = frozenset(
    [
        "dollars",
        "dollar",
        "bucks",
        "cents",
        # other currencies (stop 37: "450 euros" was a digits flag, as a number left)
        "euros",
        "euro",
        "pounds",
        "quid",
        "pence",
        "percent",
        "pm",
        "am",
        "o'clock",
        "minutes",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "items",
        "units",
        "boxes",
        # a number made an adjective: "a 300-year-old tree", "a 90-day plan"
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
    ]
)
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")  # "the 100th": a place in a row, not an identifier
# "25,000", "18,200": the recogniser writes an amount or a count said as one number with
# thousands commas; an identifier read out comes as digits or groups of them.
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")

_TIME_BEFORE = frozenset(
    ["at", "or", "and", "until", "till", "by", "around", "from", "between", "about", "have"]
)
_TIME_AFTER = frozenset(
    ["am", "pm", "a.m", "p.m", "in", "or", "tomorrow", "today", "tonight", "o'clock", "would"]
)

_CLOCK_WORD = re.compile(r"\d{1,2}[.:]\d{2}")  # "5.15", "9:40": how recognisers write times


def to_keep(words: Sequence[Heard], run: list[Heard]) -> bool:
    """Whether the run of number words inside `words` is a number people need to keep."""
    first = words.index(run[0])
    last = words.index(run[-1])
    before = [w.low for w in words[max(0, first - 5) : first]]
    after = [w.low for w in words[last + 1 : last + 3]]
    # The label may be glued to the number by the recogniser ("ReferralRX77302").
    labelled = any(b.startswith(k) for b in (*before, run[0].low) for k in KEEP_LABELS)
    unit = bool(after) and after[0].lstrip("-") in _KEEP_AFTER
    ordinal = len(run) == 1 and bool(_ORDINAL.fullmatch(run[0].low))
    amounts = all(
        _THOUSANDS.fullmatch(x.strip(".,;:!?")) for x in _as_written(run) if x not in FILLER
    )
    dollars = run[0].text.startswith("$")
    return labelled or unit or ordinal or amounts or dollars or _clock(run, before, after)


def _as_written(run: list[Heard]) -> list[str]:
    """The run's words as the text shows them: the recogniser's word pieces glued back
    ("25" + ",000" is "25,000")."""
    out: list[str] = []
    for k, w in enumerate(run):
        prev = run[k - 1] if k else None
        if prev is not None and prev.utterance == w.utterance and prev.end == w.start:
            out[-1] += w.text
        else:
            out.append(w.text)
    return out


def _clock(run: list[Heard], before: list[str], after: list[str]) -> bool:
    """A time of day as recognisers write it ("915", "10.45", "2:30") next to a word that
    goes with times ("at", "or", "in the morning")."""
    written = "".join(w.low for w in run)
    digits = "".join(c for c in written if c.isdigit())
    if len(run) > 2 or not 3 <= len(digits) <= 4:
        return False
    hour, minute = int(digits[:-2]), int(digits[-2:])
    if not (0 <= hour <= 23 and minute < 60):
        return False
    # The word right after: "412 VR would have…" is no time because "would" follows later.
    near = set(before[-2:]) & _TIME_BEFORE or set(after[:1]) & _TIME_AFTER
    # Recognisers split "5.15" into "5" and ".15": the words as written, joined.
    as_written = "".join(w.text for w in run).strip(".,;!?")
    return bool(near) or ":" in written or bool(_CLOCK_WORD.fullmatch(as_written))


ASKED_MS = 8000  # how far back another party's question labels a number


def asked_to_keep(m: Mark, others: Sequence[Heard]) -> bool:
    """A number answering another party's question for one to keep ("do you have the order
    number?" - "yes, it's four four seven"): among that party's last words before it."""
    if m.kind != "digits":
        return False
    said = [w for w in others if m.start_ms - ASKED_MS <= w.end_ms <= m.start_ms][-12:]
    return any(
        w.low.startswith(k) and _asks_for_it(said[i:])
        for i, w in enumerate(said)
        for k in KEEP_LABELS
    )


_NUMBER_NOUNS = frozenset(["number", "numbers", "no", "#", "id", "code"])


def _asks_for_it(said: Sequence[Heard]) -> bool:
    """The label (said[0]) asks for a number: "number" after it, or a question mark on it or
    just after. Not a label word inside a statement: an address read back as "…count the road
    case," (sixteenth-dev: the house number corrected next was taken for a case number)."""
    near = said[1:3]
    return any(w.low in _NUMBER_NOUNS for w in near) or any(w.text.endswith("?") for w in said[:3])
