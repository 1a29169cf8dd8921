"""A long account number read in short groups and heard badly: "D E eight nine, three seven
oh four, oh oh four four…" comes out as "3104, so 044, so I'm 320, so I'm 310" - the
recogniser turns some digits ("oh") into short words, which split the number into runs no
rule for a kind takes. Four or more groups of three or four digits with at most two short
words between each are one identifier said in groups: nobody says four unrelated numbers
like that. Prices and times carry their sign or unit, lists are joined by "and", "then",
and an order or tracking number said in groups has its label before it."""

from __future__ import annotations

from callvault.intelligence.redaction.context import Cue, cues_before
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.labels import LISTING, signed_or_pointed
from callvault.intelligence.redaction.spoken import NumberRun
from callvault.intelligence.redaction.tokens import Token

MIN_GROUPS = 4
MIN_DIGITS = 12
_GAP_WORDS = 2  # words between two groups ("so I'm")
_SHORT = 4  # letters in a gap word: fillers and misheard digits, not labels
# Words that join the items of a list or a range ("120, then 340, and 560"): amounts and
# quantities are listed so, an identifier's groups are not.
AMOUNT_UNITS = frozenset(
    ["dollars", "dollar", "bucks", "cents", "euros", "pounds", "percent", "am", "pm",
     "minutes", "hours", "days", "miles", "times", "each", "total"]
)  # fmt: skip


def grouped_numbers(tokens: list[Token], runs: list[NumberRun]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    group: list[NumberRun] = []
    for run in runs:
        if not _group_like(tokens, run):
            out += _taken(tokens, group)
            group = []
            continue
        if group and not filler_between(tokens, group[-1].last + 1, run.first):
            out += _taken(tokens, group)
            group = []
        group.append(run)
    return out + _taken(tokens, group)


def _group_like(tokens: list[Token], run: NumberRun) -> bool:
    if not 3 <= len(run.digits) <= 8:  # two groups the recogniser joined ("8820, 557")
        return False
    # "$62", "8.30", "627.14", "10:45": an amount or a time, never an account's group.
    if signed_or_pointed(tokens, run, AMOUNT_UNITS):
        return False
    after = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    return not (after is not None and after.text in (".", ":") and run.last + 2 < len(tokens)
                and tokens[run.last + 2].is_digits)  # fmt: skip


def filler_between(tokens: list[Token], lo: int, hi: int) -> bool:
    words = [t for t in tokens[lo:hi] if t.is_word]
    other = [t for t in tokens[lo:hi] if not t.is_word and t.text not in (",", "-")]
    if other or len(words) > _GAP_WORDS:
        return False
    return all(len(t.text) <= _SHORT and t.low not in LISTING for t in words)


def _taken(tokens: list[Token], group: list[NumberRun]) -> list[PiiSpan]:
    groups = sum(len(r.chunks) for r in group)  # a run may hold two groups, joined
    if groups < MIN_GROUPS or sum(len(r.digits) for r in group) < MIN_DIGITS:
        return []
    if Cue.BLOCK in cues_before(tokens, group[0].first):
        return []  # "the tracking number is 4471, 2210, …": labelled, not personal data
    start, end = tokens[group[0].first].start, tokens[group[-1].last].end
    return [PiiSpan(EntityType.BANK_ACCOUNT, start, end)]
