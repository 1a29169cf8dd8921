"""A mailbox whose "at" the recogniser lost ("bay dot 1 9x mail dot com"): the leak check
marks a mail provider's "dot com" with a mailbox-like word before it (a digit, a spelled
letter, "dot"), never a provider named in passing. Sentences written for these tests, apart
from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.marks import emails
from callvault.intelligence.leakcheck.words import Heard


def _words(text: str) -> list[Heard]:
    return [
        Heard(w, w.lower().strip(".,;:!?"), i * 400, i * 400 + 300, 0, i, i + 1)
        for i, w in enumerate(text.split())
    ]


@pytest.mark.parametrize(
    "said",
    [
        "B dot check, bay dot 1 9x mail dot com, and then",
        "it's lena 44 gmail dot com",
        "so k w gmail dot com",
    ],
)
def test_a_mailbox_without_its_at_is_marked(said: str) -> None:
    assert [m.kind for m in emails(_words(said))] == ["email"]


@pytest.mark.parametrize(
    "said",
    [
        "I use gmail dot com for everything",
        "is that your hotmail dot com one",
        "proton mail is what I use",
    ],
)
def test_a_provider_named_in_passing_is_no_mailbox(said: str) -> None:
    assert emails(_words(said)) == []
