"""A card number read with an aside in the middle: "5412 77... sorry, bad light in here...
three oh, double 8826 4915" comes out of the recogniser as "541277 hurry bad light in here
three you double 8264915". No piece is a card (no checksum, no 16 digits), the aside is
longer than the short fillers `grouped` allows, and when the question for the card was
garbled too, nothing hid it (seventh-dev, stop 25).

Pieces of digits in one utterance, with at most a few words between each, that make 13
digits or more (the shortest card) are one identifier read out: nobody says thirteen digits
of unrelated numbers in one breath without naming them. Each piece is hidden, the aside
kept. A piece with a sign, a unit, a time's point or a business label ends the reading (a
price, "10.30", "work order 3381"), and a reading led by a business label ("the tracking
number is …") is that thing's number."""

from __future__ import annotations

from callvault.intelligence.redaction.context import Cue, cues_before
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.labels import counts_things, named_otherwise, said_as_money
from callvault.intelligence.redaction.spoken import NumberRun
from callvault.intelligence.redaction.tokens import Token

MIN_DIGITS = 13  # the shortest card number
MAX_ASIDE_WORDS = 8  # "sorry, bad light in here", "uh, hang on, my glasses"
MIN_PIECE = 2  # digits of a piece that counts
# Words that join a list's items or a range's ends: amounts and times are listed so.
_LISTING = frozenset(["and", "then", "plus", "or", "to", "of", "by", "at", "for", "per", "from"])
_ORDINALS = frozenset(["st", "nd", "rd", "th"])
_SIGNS = frozenset({"$", "€", "£", "%", ":"})
_UNITS = frozenset(
    ["dollars", "dollar", "bucks", "cents", "euros", "pounds", "percent", "am", "pm",
     "minutes", "hours", "days", "weeks", "months", "years", "miles", "times", "each"]
)  # fmt: skip


def interrupted_numbers(tokens: list[Token], runs: list[NumberRun]) -> list[list[PiiSpan]]:
    """Each such reading's pieces as card-number spans (a reading any other detector took a
    piece of is that detector's: see `detect`)."""
    out: list[list[PiiSpan]] = []
    reading: list[NumberRun] = []
    for run in runs:
        if len(run.digits) < MIN_PIECE:
            continue  # a lone digit ("three you double"): part of the aside, as heard
        if _says_what_it_is(tokens, run):
            out += _hidden(tokens, reading)
            reading = []
            continue
        if reading and not _aside(tokens, reading[-1].last + 1, run.first):
            out += _hidden(tokens, reading)
            reading = []
        reading.append(run)
    return out + _hidden(tokens, reading)


def _says_what_it_is(tokens: list[Token], run: NumberRun) -> bool:
    """A price, a time, a count or a number named for what it is: no piece of a card."""
    before = tokens[run.first - 1] if run.first > 0 else None
    after = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    if before is not None and before.text in _SIGNS:
        return True
    if after is not None and (
        after.text in _SIGNS or after.low in _UNITS or after.low in _ORDINALS
    ):
        return True
    if any(t.text in (".", ":") for t in tokens[run.first : run.last + 1]):
        return True  # "10.30", "4.99": a time or an amount
    return (
        said_as_money(tokens, run)
        or counts_things(tokens, run)
        or named_otherwise(tokens, run)
        or Cue.BLOCK in cues_before(tokens, run.first)[:1]
    )


def _aside(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether the words between two pieces are an aside, not a list's or a range's joint
    ("8 and 11", "2 to 4 on the 15th")."""
    words = [t.low for t in tokens[lo:hi] if t.is_word]
    return len(words) <= MAX_ASIDE_WORDS and not set(words) & _LISTING


def _hidden(tokens: list[Token], reading: list[NumberRun]) -> list[list[PiiSpan]]:
    if len(reading) < 2 or sum(len(r.digits) for r in reading) < MIN_DIGITS:
        return []  # one run is the other detectors' to judge
    return [
        [
            PiiSpan(EntityType.CARD_NUMBER, tokens[r.first].start, tokens[r.last].end)
            for r in reading
        ]
    ]
