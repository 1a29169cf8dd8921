"""A word English hardly uses that is a near spelling of a listed name is that name wherever
it stands, a sentence of its own included (stop 39, twenty-first-dev: "…feel it. Kayleet."
for Kaylee at the end of a call, unflagged); an everyday word as near a listed name is no
name there, nor is a weekday ("by Friday?" for Farida) or a pronoun the recogniser
capitalised ("You", a Census surname). Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.check import check
from tests.support.transcripts import build_transcript


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Got it. And thanks for your patience. Kayleet.", ["Kaylee Brandvold"]),
        ("Okay. Brandvolt. Bye now.", ["Kaylee Brandvold"]),
    ],
)
def test_a_rare_near_spelling_of_a_listed_name_alone_is_flagged(
    text: str, people: list[str]
) -> None:
    raw = build_transcript([("callee", text)])
    assert [f.kind for f in check(raw, raw, None, people=people).flags] == ["name"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Great. Thanks for calling.", ["Grant Fenwick"]),
        ("Perfect. Bye now.", ["Percy Fenwick"]),
    ],
)
def test_an_everyday_word_near_a_listed_name_alone_is_not(text: str, people: list[str]) -> None:
    raw = build_transcript([("callee", text)])
    assert check(raw, raw, None, people=people).flags == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Can you sign and return it by Friday?", ["Farida Rahimi"]),  # near "farida"
        ("Thank you, you You have been really helpful.", []),  # "You" is a Census surname
    ],
)
def test_a_weekday_or_a_pronoun_is_no_name(text: str, people: list[str]) -> None:
    raw = build_transcript([("caller", text)])
    assert check(raw, raw, None, people=people).flags == []


def test_a_listed_name_misheard_mid_sentence_is_still_flagged() -> None:
    raw = build_transcript([("caller", "Yes, this is Fareeda calling back.")])
    assert [f.kind for f in check(raw, raw, None, people=["Farida Rahimi"]).flags] == ["name"]
