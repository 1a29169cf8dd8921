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
from callvault.intelligence.redaction.labels import (
    LISTING,
    counts_things,
    named_otherwise,
    said_as_money,
    signed_or_pointed,
)
from callvault.intelligence.redaction.spoken import NumberRun
from callvault.intelligence.redaction.tokens import Token

MIN_DIGITS = 13  # the shortest card number
MAX_ASIDE_WORDS = 8  # "sorry, bad light in here", "uh, hang on, my glasses"
MIN_PIECE = 2  # digits of a piece that counts
# After a number: what it measures, or an ordinal's ending ("the 14th").
_UNITS = frozenset(
    ["dollars", "dollar", "bucks", "cents", "euros", "pounds", "percent", "am", "pm",
     "minutes", "hours", "days", "weeks", "months", "years", "miles", "times", "each",
     "st", "nd", "rd", "th"]
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
    return (
        signed_or_pointed(tokens, run, _UNITS)
        or said_as_money(tokens, run)
        or counts_things(tokens, run)
        or named_otherwise(tokens, run)
        or Cue.BLOCK in cues_before(tokens, run.first)[:1]
    )


def _aside(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether the words between two pieces are an aside, not a list's or a range's joint
    ("8 and 11", "2 to 4 on the 15th")."""
    words = [t.low for t in tokens[lo:hi] if t.is_word]
    return (
        len(words) <= MAX_ASIDE_WORDS
        and not set(words) & LISTING
        and not _introduces_another(words)
    )


_WHOSE = frozenset(["my", "his", "her", "our", "their", "your", "the"])


def _introduces_another(words: list[str]) -> bool:
    """The words introduce another number: "My cell is 604 718 249. My husband is 778 300
    5162" (twentieth-dev: the two phones were read as one card, and the card's payer's
    enrolment number a minute later was hidden as its security code)."""
    return any(w in _WHOSE and "is" in words[k + 1 : k + 4] for k, w in enumerate(words))


def _hidden(tokens: list[Token], reading: list[NumberRun]) -> list[list[PiiSpan]]:
    if len(reading) < 2 or sum(len(r.digits) for r in reading) < MIN_DIGITS:
        return []  # one run is the other detectors' to judge
    return [
        [
            PiiSpan(EntityType.CARD_NUMBER, tokens[r.first].start, tokens[r.last].end)
            for r in reading
        ]
    ]
