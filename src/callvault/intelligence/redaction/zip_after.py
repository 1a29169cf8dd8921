"""A ZIP code said on its own after its address. The customer gives the street, the agent asks
for the ZIP in words the recogniser garbles ("And the VIP goes there?", "and let me ID"), and
the customer answers with the number alone ("8103.", "303 270"): no question was heard, so no
rule for answers took it (dev halves of three sets: every such ZIP was left).

An utterance that is nothing but four to six digits, from the party whose address was hidden
in the last ZIP_MS, is that address's ZIP: nothing else a caller says right after their
street is a bare number of that length (a phone is longer, a flat number shorter, an order
number comes with its name)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import number_runs
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.transcript import Utterance

ZIP_MS = 15_000
_CONTINUED = re.compile(r"\d[\s,-]*$")
_FILLERS = frozenset(["uh", "um", "er", "it's", "its", "yes", "yeah", "so", "and", "oh"])


def _continued(before: Utterance, hidden: Sequence[PiiSpan]) -> bool:
    """The utterance before ended on a number that its address does not hold."""
    m = _CONTINUED.search(before.text)
    if m is None:
        return False
    return not any(s.type is EntityType.ADDRESS and s.start <= m.start() < s.end for s in hidden)


def zips_after_address(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> the span of a bare ZIP said after the same party's address."""
    out: dict[int, list[PiiSpan]] = {}
    last_address: dict[str, int] = {}  # speaker -> when their last hidden address ended
    previous: dict[str, Utterance] = {}
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        mine = spans.get(u.index, ())
        before, previous[u.speaker] = previous.get(u.speaker), u
        if before is not None and _continued(before, spans.get(before.index, ())):
            continue  # the rest of a number the utterance before broke off ("…817 223," | "594 6.")
        if any(s.type is EntityType.ADDRESS for s in mine):
            last_address[u.speaker] = u.end_ms
            continue
        at = last_address.get(u.speaker)
        if at is None or u.start_ms - at > ZIP_MS or mine:
            continue
        tokens = tokenize(u.text)
        runs = number_runs(tokens)
        if len(runs) != 1 or not 4 <= len(runs[0].digits) <= 6:
            continue
        run = runs[0]
        rest = tokens[: run.first] + tokens[run.last + 1 :]
        if all(t.low in _FILLERS or not t.is_word for t in rest):
            out[u.index] = [
                PiiSpan(EntityType.ADDRESS, tokens[run.first].start, tokens[run.last].end)
            ]
    return out
