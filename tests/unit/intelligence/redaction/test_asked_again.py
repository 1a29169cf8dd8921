"""The asker asking to hear the answer again ("Sorry, it broke up, the last two groups
again?") asks the same question again: the number said once more is the answer, however many
lines the first answer took (stop 36, the shape of nineteenth-dev's IBAN read over several
turns). Conversations written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)
AGENT = frozenset({"callee"})
GIVEN = (
    ("callee", "And the account number for the refund?"),
    ("caller", "It's 4401"),
    ("callee", "Okay, go on,"),
    ("caller", "7792"),
    ("callee", "Got it, and?"),
    ("caller", "I'm sorry, 03."),
)


def _said(*turns: tuple[str, str]) -> list[str]:
    timed = [(speaker, n * 3000, text) for n, (speaker, text) in enumerate(turns)]
    return redacted_texts(*timed, types=ALL, business=AGENT)


@pytest.mark.parametrize(
    "again",
    [
        "Sorry, it broke up, the last two groups again?",
        "Could you repeat that for me?",
        "Sorry, say that again?",
        "Come again?",
    ],
)
def test_the_number_said_again_is_the_answer(again: str) -> None:
    red = _said(*GIVEN, ("callee", again), ("caller", "7792, 03."))
    assert red[-1] == "[BANK_ACCOUNT]."


def test_a_promise_to_call_again_asks_nothing() -> None:
    red = _said(
        *GIVEN,
        ("callee", "Thanks. I'll call you again when the refund goes out."),
        ("caller", "Sure, and the order was 5512."),
    )
    assert red[-1] == "Sure, and the order was 5512."


def test_asking_again_long_after_the_question_asks_nothing() -> None:
    late = [(s, n * 9000, t) for n, (s, t) in enumerate(GIVEN)]
    late += [
        ("callee", 60_000, "Sorry, say that again?"),
        ("caller", 63_000, "I said the order is 5512."),
    ]
    red = redacted_texts(*late, types=ALL, business=AGENT)
    assert red[-1] == "I said the order is 5512."
