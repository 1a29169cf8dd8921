"""The hiding's veto (ADR 0019 addendum): a digits flag on numbers the redaction keeps on
purpose by their label (an order number, an amount, a count) stays visible in the text and
audible in the audio, reported as left for that reason; digits no rule names are hidden."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.check import Flag
from callvault.intelligence.pipeline.flagged import PLACEHOLDER, hide
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Transcript
from tests.support.spoken_turns import STEP_MS, turns

STEP = STEP_MS  # one word every 400 ms, each 300 ms long


def _transcript(*said: tuple[str, int, str]) -> Transcript:
    return turns(*said, duration_ms=30_000)


RAW = _transcript(
    ("callee", 0, "Your order number is 5512 8830 and the total is 186 dollars."),
    ("caller", 6_000, "Great, and I ordered 17 boxes."),
    ("caller", 10_000, "The other one I have is 4417 6600 if that helps."),
)
REDACTED = redact_transcript(RAW, types={EntityType.CARD_NUMBER}, fail_closed=False)
FOUND = [f.as_json() for f in REDACTED.found]


def _flag(u: int, words: str) -> Flag:
    """A digits flag of the check on `words` of utterance u of the redacted text."""
    line = REDACTED.transcript.utterances[u]
    start = line.text.index(words)
    first = len(line.text[:start].split())
    last = first + len(words.split()) - 1
    where = {"utterance": u, "start": start, "end": start + len(words)}
    ms = (line.words[first].start_ms, line.words[last].end_ms)
    return Flag("digits", ("text", "audio"), line.speaker, *ms, where)


def test_the_redaction_left_every_number_here() -> None:
    assert REDACTED.transcript == RAW  # nothing is a card: the digits are all the check's


@pytest.mark.parametrize(
    ("u", "words"),
    [(0, "5512 8830"), (0, "186"), (1, "17")],
    ids=["order number", "amount", "count"],
)
def test_a_number_the_redaction_keeps_by_its_label_stays_visible_and_audible(
    u: int, words: str
) -> None:
    flag = _flag(u, words)
    out = hide(RAW, REDACTED.transcript, [flag], FOUND, business={"callee"})
    assert out.transcript == REDACTED.transcript and out.added == 0
    assert out.hidden == (False,) and out.left_because == ("kept_number",)
    assert out.windows == ()  # nothing to silence in the audio
    assert out.flags == (flag,)  # still reported, at its place


def test_digits_no_rule_names_are_hidden() -> None:
    flag = _flag(2, "4417 6600")
    out = hide(RAW, REDACTED.transcript, [flag], FOUND, business={"callee"})
    assert out.hidden == (True,) and out.left_because == (None,)
    line = out.transcript.utterances[2].text
    assert line == f"The other one I have is {PLACEHOLDER} if that helps."
    window, flag_ms = out.windows[0], (flag.start_ms, flag.end_ms)
    assert (window.speaker, window.start_ms, window.end_ms) == (flag.speaker, *flag_ms)


def test_a_flag_over_a_kept_number_and_an_unnamed_one_is_hidden() -> None:
    """Hiding is the default: the veto needs every number under the flag to be kept."""
    count, bare = _flag(1, "17"), _flag(2, "4417 6600")
    both = Flag("digits", ("audio",), "caller", count.start_ms, bare.end_ms)  # heard only
    out = hide(RAW, REDACTED.transcript, [both], FOUND)
    assert out.hidden == (True,) and out.left_because == (None,)
    assert "17" not in out.transcript.utterances[1].text
    assert "4417" not in out.transcript.utterances[2].text
    # The whole of the agent's line holds two numbers, both kept: still visible.
    line = REDACTED.transcript.utterances[0]
    where = {"utterance": 0, "start": 0, "end": len(line.text)}
    wide = Flag("digits", ("text",), "callee", line.start_ms, line.end_ms, where)
    assert hide(RAW, REDACTED.transcript, [wide], FOUND).left_because == ("kept_number",)


def test_a_name_flag_on_a_kept_number_is_still_hidden() -> None:
    """The veto reads digits flags only: a name or letters flag is the check's call."""
    digits = _flag(0, "5512 8830")
    name = Flag("name", digits.sources, digits.speaker, digits.start_ms, digits.end_ms)
    out = hide(RAW, REDACTED.transcript, [name], FOUND)
    assert out.hidden == (True,)
