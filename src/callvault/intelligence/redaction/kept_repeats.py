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
keeps the hiding)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from callvault.intelligence.redaction.context import Cue, cue_of
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


# Between a business's word and its number: "receipt 401 766", "job number is J 277 061".
_BETWEEN = frozenset(["is", "number", "no", "#", ":", "was", "it's", "reads", "-"])


def _after_a_business_word(tokens: list[Token], first: int) -> bool:
    """The number follows one of the words that name a business's own numbers (a BLOCK cue:
    receipt, job, order, reference…), with at most "number is" and a letter between."""
    k = first - 1
    if k >= 0 and tokens[k].is_letter and tokens[k].is_title:
        k -= 1  # "J 277 061": the id's letter
    while k >= 0 and (tokens[k].low in _BETWEEN or tokens[k].text in (".", ",")):
        k -= 1
    return k >= 0 and cue_of(tokens[k].low) is Cue.BLOCK


@dataclass(frozen=True, slots=True)
class _Kept:
    end_ms: int
    digits: str


def repeats_of_kept(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> its spans that repeat a kept, named number (to be left out)."""
    out: dict[int, list[PiiSpan]] = {}
    kept: list[_Kept] = []
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        mine = spans.get(u.index, ())
        recent = [k for k in kept if u.start_ms - k.end_ms <= READ_BACK_MS]
        cued = any(cue_of(t.low) not in (None, Cue.BLOCK) for t in tokens if t.is_word)
        for s in mine:
            digits = digits_between(tokens, s.start, s.end)
            if (
                s.type in _NUMBERS
                and not cued
                and len(digits) >= MIN_DIGITS
                and any(digits in k.digits for k in recent)
            ):
                out.setdefault(u.index, []).append(s)
        for run in number_runs(tokens):
            a, b = tokens[run.first].start, tokens[run.last].end
            if len(run.digits) < MIN_DIGITS or any(s.start < b and a < s.end for s in mine):
                continue
            if named_otherwise(tokens, run) or _after_a_business_word(tokens, run.first):
                kept.append(_Kept(u.end_ms, run.digits))
    return out
