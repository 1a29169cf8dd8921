"""Numbers said after a question for personal data that cannot be its answer survive (ADR
0030): the asker's own numbers that do not repeat the answer, and numbers after an answer of
a fixed length is whole. Repeats and answers still in progress stay hidden."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_the_askers_own_numbers_survive_and_a_read_back_does_not() -> None:
    red = redacted_texts(
        ("callee", 0, "What's the card number?"),
        ("caller", 3000, "4111 1111 1111 1111."),
        ("callee", 8000, "That's 2 nights at 189 per night."),
    )
    assert red[1] == "[CARD_NUMBER]."
    assert red[2] == "That's 2 nights at 189 per night."
    read_back = redacted_texts(
        ("callee", 0, "Can I have the security code on the back?"),
        ("caller", 3000, "It's 4 4 7."),
        ("callee", 6000, "4 4 7, thank you."),
    )
    assert "4 4 7" not in " ".join(read_back)


def test_after_a_whole_answer_other_numbers_survive() -> None:
    red = redacted_texts(
        ("callee", 0, "And the routing number?"),
        ("caller", 3000, "0 2 1 0 0 0 0 2 1."),
        ("caller", 7000, "And I want to move 1,200 over."),
    )
    assert "0 2 1" not in red[1]
    assert red[2] == "And I want to move 1,200 over."


def test_an_answer_in_groups_stays_hidden_until_it_is_whole() -> None:
    red = redacted_texts(
        ("callee", 0, "I need your full social security number please"),
        ("caller", 3000, "one two three."),
        ("caller", 4500, "four five."),
        ("caller", 6000, "six seven eight nine."),
        ("caller", 8000, "I have 2 accounts with you."),
    )
    assert red[1:4] == ["[SSN].", "[SSN].", "[SSN]."]
    assert red[4] == "I have 2 accounts with you."
