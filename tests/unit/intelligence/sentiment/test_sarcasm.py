"""Sarcasm as customers say it on the phone (stop 29): praise words right after a price, a
day or a count said back as a question, or beside what it costs them ("there goes my
weekend", "another surprise"), are complaints; the same words meant ("Friday? Lovely, thank
you.") stay praise. Through the product's model, as the pipeline runs it. Sentences written
for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.sentiment.model import load
from callvault.intelligence.sentiment.service import analyse
from tests.support.transcripts import build_transcript


def _label(text: str) -> str:
    return analyse(build_transcript([("caller", text)]), model=load()).utterances[0].label


@pytest.mark.parametrize(
    "text",
    [
        "Four hundred? Oh, marvellous.",
        "Thursday? Brilliant. So I lose another day off work.",
        "Sixty quid? Lovely. Another surprise.",
        "Right, there goes my Saturday then.",
        "Oh, wonderful. Nobody mentioned the fee.",
        "Ouch. That's just what I needed this month.",
        # praise, then the burden it is about (stop 38's `sarcasm` feature)
        "Oh, lovely. Another form to sign.",
        "Fantastic. So much for next-day delivery.",
        "Perfect. Two more trips to the post office.",
    ],
)
def test_sarcastic_praise_is_a_complaint(text: str) -> None:
    assert _label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Friday? Lovely, thank you.",
        "Oh, that's wonderful, thank you.",
        "Perfect, that's sorted.",
        "Lovely, so it's all sorted then.",
        "Great, so I'm all set.",
        "Brilliant, no more waiting.",
    ],
)
def test_meant_praise_stays_praise(text: str) -> None:
    assert _label(text) == "positive"
