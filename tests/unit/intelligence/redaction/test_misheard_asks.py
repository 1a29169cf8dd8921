"""Questions for personal data as the recogniser writes them: Whisper's continuation hyphen
inside a phrase ("best -number") and "IBAN" heard as "I -Ben"; and English that only looks
like such a question ("I ban smoking")."""

from __future__ import annotations

from callvault.intelligence.redaction.asks import Ask, asks_in
from callvault.intelligence.redaction.tokens import tokenize
from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def _kinds(text: str) -> list[Ask]:
    return [a.kind for a in asks_in(tokenize(text))]


def test_a_continuation_hyphen_inside_a_phrase_is_looked_through() -> None:
    assert _kinds("And the best -number for you?") == [Ask.PHONE]


def test_iban_heard_as_i_ben_asks_for_the_bank_account() -> None:
    assert _kinds("The I -Ben.") == [Ask.BANK]
    red = redacted_texts(
        ("caller", 0, "Can the refund go back to my parents' account?"),
        ("callee", 4000, "Sure. The I -Ben."),
        ("caller", 6000, "F 91200"),
        ("caller", 9000, "513"),
    )
    assert "91200" not in red[2]


def test_i_ban_is_english_and_asks_nothing() -> None:
    assert _kinds("I ban smoking in the van.") == []
