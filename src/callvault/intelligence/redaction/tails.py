"""The last digits of an identifier, said as its tail: "ending 8396", "it ends in 4 426",
"the one ending with 1332". Whoever says "ending" of a three- to six-digit number reads
the end of an account, an IBAN or a card (dev halves of three sets: every such tail was
left, read back after the whole number had been hidden). A card cue before it makes it the
card's; otherwise it is a bank account's. Years ("a lease ending 2027") and amounts are no
tails."""

from __future__ import annotations

from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.labels import said_as_money
from callvault.intelligence.redaction.spoken import NumberRun
from callvault.intelligence.redaction.tokens import Token, back_past

_ENDING = frozenset(["ending", "ends", "ended"])
_GLUE = frozenset(["in", "with", "on", "at", "is", "it's", ":", "-"])
MAX_TAIL = 6


def tails(tokens: list[Token], runs: list[NumberRun]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    for run in runs:
        # up to six: "So ending 3, 2, 4, 9, 3, 1." read an IBAN's last six (twelfth-dev)
        if not 3 <= len(run.digits) <= MAX_TAIL or said_as_money(tokens, run):
            continue
        if len(run.digits) == 4 and 1900 <= int(run.digits) <= 2099:
            continue  # a year
        k = back_past(tokens, run.first, _GLUE, 3)
        if k < 0 or tokens[k].low not in _ENDING:
            continue
        card = any(cue_of(t.low) is Cue.CARD for t in tokens[:k])
        kind = EntityType.CARD_NUMBER if card else EntityType.BANK_ACCOUNT
        out.append(PiiSpan(kind, tokens[run.first].start, tokens[run.last].end))
    return out
