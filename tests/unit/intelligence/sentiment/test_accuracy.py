"""The combined model against plain VADER on hand-labelled call-centre sentences."""

from __future__ import annotations

import sys

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from callvault.intelligence.sentiment.service import analyse
from tests.support.transcripts import build_transcript
from tests.unit.intelligence.sentiment.labelled import HELD_OUT, LABELLED
from tests.unit.intelligence.sentiment.spoken import SPOKEN

Labelled = tuple[tuple[str, str], ...]


def _combined_accuracy(data: Labelled) -> float:
    # Each sentence is its own call: judged alone, with no baseline to lean on.
    hits = sum(analyse(build_transcript([("caller", t)])).utterances[0].label == y for t, y in data)
    return hits / len(data)


def _vader_accuracy(data: Labelled) -> float:
    vader = SentimentIntensityAnalyzer()

    def label(text: str) -> str:
        compound = vader.polarity_scores(text)["compound"]  # the standard ±0.05 cut-offs
        return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"

    return sum(label(t) == y for t, y in data) / len(data)


@pytest.mark.parametrize(
    ("name", "data", "floor"),
    [("labelled", LABELLED, 0.85), ("held_out", HELD_OUT, 0.75)],
)
def test_combined_model_is_accurate_and_beats_plain_vader(
    name: str, data: Labelled, floor: float, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, vader = _combined_accuracy(data), _vader_accuracy(data)
    with capsys.disabled():
        # Shown with -s and in CI logs: the numbers the lexicon is judged by.
        sys.stdout.write(f"\n{name} ({len(data)}): combined {ours:.3f}, plain VADER {vader:.3f}\n")
    assert ours >= floor
    assert ours > vader + 0.2


def test_labelled_set_is_large_and_balanced() -> None:
    assert len(LABELLED) >= 60
    for label in ("negative", "neutral", "positive"):
        assert sum(y == label for _, y in LABELLED) >= 12


def test_spoken_call_utterances(capsys: pytest.CaptureFixture[str]) -> None:
    ours = _combined_accuracy(SPOKEN)
    with capsys.disabled():
        sys.stdout.write(f"\nspoken ({len(SPOKEN)}): combined {ours:.3f}\n")
    assert ours >= 0.9
    # The case: "pretty" is a degree word here, not praise.
    upset = analyse(build_transcript([("caller", "I'm pretty upset.")])).utterances[0]
    assert upset.label == "negative"
    pretty_good = analyse(build_transcript([("caller", "That's pretty good.")])).utterances[0]
    assert pretty_good.label == "positive"
