"""Which numbers the redaction leaves visible on purpose, as one answer for its callers.

The redaction keeps a number by not hiding it, and the reasons are spread over its rules: an
answer's own label or unit says it is not what was asked (`conversation.labelled_otherwise`:
an amount, a count, a time, "order number", "claim"), a business's word names it
(`business_numbers.after_a_business_word`: receipt, job, reference), the business states it
as its own (`business_numbers.states_its_own`), or it repeats such a number (`kept_repeats`:
the repeat is that number, kept for the same reason).
The leak check, which shares none of these rules (ADR 0019), may flag such a number as digits
left; what hides its flags (pipeline.flagged) asks here whether the redaction meant to keep
it, so that an order number or an amount is not cut out of the record.

Every number run of the raw transcript is listed with why it is kept, or None: a run the
redaction hid, or one no rule names, was not kept on purpose (left by default: a garbled
identifier looks like that too)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

from callvault.intelligence.redaction.asks import asks_in
from callvault.intelligence.redaction.business_numbers import (
    ReadBackWatch,
    after_a_business_word,
    states_its_own,
)
from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.conversation import labelled_otherwise
from callvault.intelligence.redaction.kept_repeats import MIN_DIGITS, repeats
from callvault.intelligence.redaction.readback import READ_BACK_MS
from callvault.intelligence.redaction.spoken import number_runs
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.transcript import Span, Utterance

# "labelled": its own label or unit, or a business's word; "business": the business side
# states it as its own.
Why = Literal["labelled", "business"]


@dataclass(frozen=True, slots=True)
class Number:
    """A number run said in utterance `utterance`, characters [start, end) of its raw text."""

    utterance: int
    start: int
    end: int
    kept: Why | None  # why the redaction leaves it on purpose; None: it does not


def numbers(
    utterances: Sequence[Utterance],
    hidden: Sequence[Span],
    business: AbstractSet[str] = frozenset(),
) -> list[Number]:
    """Every number run of the raw utterances and why the redaction keeps it. hidden: where
    the redaction hid something (raw places: `Found.raw`); business: the business side's
    speaker labels, as `redact_transcript` was given them."""
    by_utterance: dict[int, list[Span]] = {}
    for s in hidden:
        by_utterance.setdefault(s.utterance, []).append(s)
    out: list[Number] = []
    kept: list[tuple[int, str, Why]] = []  # (end_ms, digits, why) of the numbers kept so far
    watch = ReadBackWatch({u.speaker for u in utterances})
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        mine = by_utterance.get(u.index, [])
        runs = number_runs(tokens)
        asked = asks_in(tokens)
        cued = any(cue_of(t.low) not in (None, Cue.BLOCK) for t in tokens if t.is_word)
        recent = [(d, why) for end_ms, d, why in kept if u.start_ms - end_ms <= READ_BACK_MS]
        for run in runs:
            a, b = tokens[run.first].start, tokens[run.last].end
            if any(s.start < b and a < s.end for s in mine):
                out.append(Number(u.index, a, b, None))  # hidden: not kept
                continue
            long = len(run.digits) >= MIN_DIGITS
            why: Why | None = None
            if labelled_otherwise(tokens, run) or after_a_business_word(tokens, run.first):
                why = "labelled"
            elif long and u.speaker in business and states_its_own(u, tokens, asked, run, watch):
                why = "business"
            elif long and not cued:
                why = next((w for d, w in recent if repeats(run.digits, d)), None)
            if why is not None and long:
                kept.append((u.end_ms, run.digits, why))
            out.append(Number(u.index, a, b, why))
        watch.heard(u, tokens, asked, runs, hidden=mine, cued=cued)
    return out
