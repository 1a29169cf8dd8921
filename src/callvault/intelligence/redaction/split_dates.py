"""A date's month left before its hidden digits. An expiry or a birth date said as "September
... twenty-seven" is often split by the recogniser: the month ends one utterance ("…9, 2, 5,
September") and the digits, hidden as the answer, start the speaker's next one ("27,"), or a
pause leaves the month outside the span that took the digits. A month name is half the date,
so the month right before a hidden expiry or birth date goes with it. And where nothing hid
the digits (the question was misheard), a month ending one utterance and a day and an old year
starting the speaker's next are one birth date all the same (`dates_across`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from callvault.intelligence.redaction.dates import MONTHS, old_dates
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.tokens import Token, tokenize
from callvault.intelligence.transcript import Utterance

_DATED = frozenset({EntityType.CARD_EXPIRY, EntityType.DATE_OF_BIRTH})
# "July, uh, 14 69"; "March of 29" (an expiry said "March of twenty-nine")
_FILLERS = frozenset({"uh", "um", "er", "erm", "hmm", "the", "of"})
GAP_MS = 20_000  # the month at the end of the speaker's previous utterance, at most this before


def months_before(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans for month names that start a hidden expiry or birth date."""
    out: dict[int, list[PiiSpan]] = {}
    previous: dict[str, tuple[Utterance, list[Token]]] = {}  # each speaker's last utterance
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        for s in spans.get(u.index, ()):
            if s.type not in _DATED:
                continue
            k = next((i for i, t in enumerate(tokens) if t.start >= s.start), len(tokens))
            j = k - 1
            while j >= 0 and (tokens[j].text == "," or tokens[j].low in _FILLERS):
                j -= 1
            if j >= 0 and tokens[j].low in MONTHS and tokens[j].is_word:
                out.setdefault(u.index, []).append(PiiSpan(s.type, tokens[j].start, s.start))
            elif j < 0 and (month := _month_ending(u, previous.get(u.speaker), spans)):
                before = previous[u.speaker][0]
                out.setdefault(before.index, []).append(PiiSpan(s.type, month.start, month.end))
        previous[u.speaker] = (u, tokens)
    return out


def _month_ending(
    u: Utterance,
    before: tuple[Utterance, list[Token]] | None,
    spans: Mapping[int, Sequence[PiiSpan]],
) -> Token | None:
    """The month that ends the speaker's previous utterance (`before`), said at most GAP_MS
    before `u` and not hidden already; None otherwise."""
    if before is None or u.start_ms - before[0].end_ms > GAP_MS:
        return None
    last = _last_word(before[1])
    if last is None or last.low not in MONTHS or _hidden(spans.get(before[0].index, ()), last):
        return None
    return last


def _last_word(tokens: list[Token]) -> Token | None:
    words = [t for t in tokens if t.is_word or t.is_digits]
    return words[-1] if words else None


def _hidden(spans: Sequence[PiiSpan], t: Token) -> bool:
    return any(s.start <= t.start and t.end <= s.end for s in spans)


def dates_across(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> birth-date spans for a full, long-past date the recogniser split
    after its month: "…seven grand June" | "9, 1978," (eighteenth-dev: the cue was misheard,
    so no question hid it, and neither half is a date alone). The day and year must start the
    next utterance of the same speaker, and together with the month be what `old_dates`
    reads as a birth date."""
    out: dict[int, list[PiiSpan]] = {}
    previous: dict[str, tuple[Utterance, list[Token]]] = {}
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        before = previous.get(u.speaker)
        previous[u.speaker] = (u, tokens)
        month = _month_ending(u, before, spans)
        if before is None or month is None:
            continue
        joined = f"{month.text} {u.text}"
        shift = len(month.text) + 1
        date = next((d for d in old_dates(joined, tokenize(joined)) if d.start == 0), None)
        if date is None or date.end <= shift:
            continue
        out.setdefault(before[0].index, []).append(
            PiiSpan(EntityType.DATE_OF_BIRTH, month.start, month.end)
        )
        out.setdefault(u.index, []).append(PiiSpan(EntityType.DATE_OF_BIRTH, 0, date.end - shift))
    return out
