"""The account number that follows a routing number. A payment by bank is given as a pair —
"routing is 074 000 311" then "815064429" — and the question ("the numbers at the bottom of
a check?") is often lost to the recogniser: once a party's routing number was hidden, the
long numbers that party says next, within ACCOUNT_AFTER_MS, are the account's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from callvault.intelligence.redaction.conversation import labelled_otherwise
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import number_runs
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.transcript import Utterance

ACCOUNT_AFTER_MS = 20_000
ACCOUNT_DIGITS = 6  # US account numbers run 6-17 digits; shorter runs stay (amounts, times)


def accounts_after_routing(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> BANK_ACCOUNT spans for the unhidden runs of ACCOUNT_DIGITS+ digits
    the same party said after its hidden routing number (that utterance included)."""
    ordered = sorted(utterances, key=lambda u: (u.start_ms, u.index))
    out: dict[int, list[PiiSpan]] = {}
    for k, u in enumerate(ordered):
        routing = [s for s in spans.get(u.index, ()) if s.type is EntityType.ROUTING_NUMBER]
        if not routing:
            continue
        after = max(s.end for s in routing)
        for v in ordered[k:]:
            if v.start_ms - u.end_ms > ACCOUNT_AFTER_MS:
                break
            if v.speaker != u.speaker:
                continue
            hidden = [*spans.get(v.index, ()), *out.get(v.index, ())]
            tokens = tokenize(v.text)
            for run in number_runs(tokens):
                a, b = tokens[run.first].start, tokens[run.last].end
                if v.index == u.index and a < after:
                    continue  # the routing number itself, or what came before it
                if len(run.digits) < ACCOUNT_DIGITS or labelled_otherwise(tokens, run):
                    continue
                if any(s.start < b and a < s.end for s in hidden):
                    continue
                out.setdefault(v.index, []).append(PiiSpan(EntityType.BANK_ACCOUNT, a, b))
    return out
