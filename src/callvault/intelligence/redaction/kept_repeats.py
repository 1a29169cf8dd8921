"""Repeats of a number the business named as its own. The agent says "your job number is J
277 061" (kept: a job number names no person), the customer writes it down saying "277,
061." — and the repeat, said right after a card's security code, was hidden as an expiry
(sixth-dev, twice; fifth- and ninth-dev alike). A number that repeats a named, kept number
is that number: the repeat keeps it too. `read_backs` is the same idea the other way round
(a repeat of a hidden number is hidden).

Only what the repeat's own words cannot make personal: a span goes back only when all its
digits, four or more, appear in a row in a number said in the last READ_BACK_MS and left
there under a name of its own ("job number", "receipt": `labels.named_otherwise` or a BLOCK
cue right before it), and the repeat itself holds no cue for personal data ("my card is …"
keeps the hiding).

A number the business states as its own (`business_numbers`) is kept the same way, and so is
the customer's repeat of it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from callvault.intelligence.redaction.asks import asks_in
from callvault.intelligence.redaction.business_numbers import (
    ReadBackWatch,
    after_a_business_word,
    states_its_own,
)
from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.dates import MONTHS
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.labels import named_otherwise
from callvault.intelligence.redaction.readback import READ_BACK_MS
from callvault.intelligence.redaction.spoken import digits_between, number_runs
from callvault.intelligence.redaction.tokens import Token, tokenize
from callvault.intelligence.transcript import Utterance

MIN_DIGITS = 4
# Spans a business's number may have been taken for; names, e-mails and addresses are
# never a number's repeat.
_NUMBERS = frozenset(
    [
        EntityType.CARD_EXPIRY,
        EntityType.CARD_SECURITY_CODE,
        EntityType.PHONE,
        EntityType.MEMBER_ID,
        EntityType.BANK_ACCOUNT,
        EntityType.DATE_OF_BIRTH,
    ]
)


@dataclass(frozen=True, slots=True)
class _Kept:
    end_ms: int
    digits: str


def repeats(digits: str, kept: str) -> bool:
    """The repeat's digits in a row in the kept number, or (five or more) the kept number's
    in the repeat: a statement the recogniser cut in two ("38261 and 1401") is repeated
    whole ("382 617 4401")."""
    return digits in kept or (len(kept) >= 5 and kept in digits)


def repeats_of_kept(
    utterances: Sequence[Utterance],
    spans: Mapping[int, Sequence[PiiSpan]],
    business: AbstractSet[str] = frozenset(),
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> its spans that repeat a kept, named number or are a number the
    business (its speaker labels) stated as its own (to be left out)."""
    out: dict[int, list[PiiSpan]] = {}
    kept: list[_Kept] = []
    watch = ReadBackWatch({u.speaker for u in utterances})
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        mine = spans.get(u.index, ())
        recent = [k for k in kept if u.start_ms - k.end_ms <= READ_BACK_MS]
        cued = any(cue_of(t.low) not in (None, Cue.BLOCK) for t in tokens if t.is_word)
        runs = number_runs(tokens)
        asked = asks_in(tokens)
        for s in mine:
            digits = digits_between(tokens, s.start, s.end)
            if (
                s.type in _NUMBERS
                and not cued
                and len(digits) >= MIN_DIGITS
                and any(repeats(digits, k.digits) for k in recent)
            ):
                out.setdefault(u.index, []).append(s)
        for run in runs:
            a, b = tokens[run.first].start, tokens[run.last].end
            if len(run.digits) < MIN_DIGITS:
                continue
            over = [s for s in mine if s.start < b and a < s.end]
            if u.speaker in business and states_its_own(u, tokens, asked, run, watch):
                if all(s.type in _NUMBERS and not _calendar_date(tokens, s) for s in over):
                    taken = out.setdefault(u.index, [])
                    taken += [s for s in over if s not in taken]
                    kept.append(_Kept(u.end_ms, run.digits))
                continue
            if over:
                continue
            if named_otherwise(tokens, run) or after_a_business_word(tokens, run.first):
                kept.append(_Kept(u.end_ms, run.digits))
        watch.heard(u, tokens, asked, runs, hidden=mine, cued=cued)
    return out


def _calendar_date(tokens: Sequence[Token], span: PiiSpan) -> bool:
    """A date of birth said with its month's name ("the 30th of August, 2019"): a date, never
    a number of the business's own (a reference or a line misread as one). The agent reading
    a child's birthday back is not stating the business's number (nineteenth-dev)."""
    return span.type is EntityType.DATE_OF_BIRTH and any(
        t.low in MONTHS for t in tokens if span.start <= t.start and t.end <= span.end
    )
