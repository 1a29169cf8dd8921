"""The leak check's own look at names (ADR 0036, stop 24): a person named in passing whom
no list of the call's holds is flagged where the redaction left them, from the Census name
files; months, weekdays and brand words are not, nor a capital that is the sentence's."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.census import census_name
from callvault.intelligence.leakcheck.check import check
from callvault.intelligence.leakcheck.marks import names
from callvault.intelligence.leakcheck.words import stretches
from tests.unit.intelligence.redaction.conversation_call import transcript


def _named(text: str) -> list[str]:
    words = stretches(transcript((("callee", 0, text),)), "callee")[0]
    return [m.key for m in names(words, people=())]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("your account manager, Denise Holloway, will reach out", ["denise", "holloway"]),
        ("I'd like a preparer. Camel Dupree has an opening", ["dupree"]),
        ("it was Jonah who called", ["jonah"]),
        ("see you on Tuesday the 3rd of June", []),
        ("you can pay with Visa or Chase", []),
        ("the fee is waived", []),
        # A sentence's first word is capitalised anyway: a given name there counts only
        # when a surname or what people do follows (stop 26).
        ("Jonah called", ["jonah"]),
        ("Celia will mail a decision by Friday.", ["celia"]),
        ("Okay. Jonah Holloway emails it.", ["jonah", "holloway"]),
        ("Will I need to do anything else?", []),
        ("Look at your card.", []),
        ("You can pick them up tomorrow.", []),
        ("Card is fine.", []),  # a surname in the files, not a given name
        ("Mark it down, please.", []),
        ("Jonah.", []),
        # Names no list holds, English hardly using the word (stop 27), where a listener
        # hears a person; not a brand or a company said in passing.
        ("I'll ask Anjali in billing", ["anjali"]),
        ("my daughter Ngozi picks it up", ["ngozi"]),
        ("so Haruto will ring", ["haruto"]),
        ("the surveyor is Radoslaw Nowicki", ["radoslaw", "nowicki"]),
        ("we are looking at Zentrix instead", []),
        ("thank you for calling Acme Shipping", []),
        ("the refund goes out today", []),
        ("Haruto.", []),
        # A rare word opening a sentence, with what people do after it (stop 28).
        ("Huh? Kalani has a pamper slot on Wednesday.", ["kalani"]),
        ("Zentrix.", []),
        ("Zentrix pricing is different.", []),
    ],
)
def test_census_names_said_as_names_are_marked(text: str, found: list[str]) -> None:
    assert _named(text) == found


def test_the_files_are_read() -> None:
    assert census_name("holloway") and census_name("denise") and census_name("jonah")
    assert not census_name("june") and not census_name("plumbing") and not census_name("ab")


def test_a_name_the_redaction_left_is_flagged_in_the_text() -> None:
    raw = transcript((("callee", 0, "Your adviser, Denise Holloway, will call back."),))
    report = check(raw, raw, None, people=())
    assert [(f.kind, f.sources) for f in report.flags] == [("name", ("text",))]
