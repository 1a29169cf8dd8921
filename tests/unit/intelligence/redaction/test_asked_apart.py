"""Stop 35 rules from the sixteenth realistic set's dev half, in the form the recogniser
writes: a card asked for to hold a booking, a phone number asked for in words apart ("the
number the technician can call"), "triple" before the rest of a phone number glued into one
token, and a mailbox whose "at" was lost. Each case is written for these tests; what must
stay is checked beside what must go."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType

from .conversation_call import redacted_texts

ALL = frozenset(EntityType)


def _call(*turns: tuple[str, int, str]) -> list[str]:
    return redacted_texts(*turns, types=ALL, parties=("Marta Quist", "Leon Abara"))


def test_the_card_asked_for_to_hold_a_visit_is_hidden_in_every_piece() -> None:
    out = _call(
        ("callee", 0, "I'll need a card to hold the visit. Go ahead."),
        ("caller", 3_000, "the Mastercard."),
        ("caller", 6_000, "5187 2204 61, no wait."),
        ("caller", 9_000, "6739 0052."),
        ("callee", 14_000, "Thanks. Your visit is booked for 2 pm, job 4471."),
    )
    assert "5187" not in out[2] and "61" not in out[2]
    assert "6739" not in out[3] and "0052" not in out[3]
    assert out[4] == "Thanks. Your visit is booked for 2 pm, job 4471."


def test_a_phone_number_asked_for_in_words_apart_is_hidden() -> None:
    out = _call(
        ("callee", 0, "And the number the technician can call on the day?"),
        ("caller", 3_000, "That's my cell, 608, 55 nine, 31 20."),
    )
    assert out[1] == "That's my cell, [PHONE]."


@pytest.mark.parametrize(
    ("said", "digits"),
    [("myself, 715, triple 42081,", "715, triple 42081"), ("It's 608 double 5513 20.", None)],
)
def test_triple_before_the_rest_of_a_number_repeats_its_first_digit(
    said: str, digits: str | None
) -> None:
    found = [(s.type, said[s.start : s.end]) for s in detect(said, types=ALL)]
    if digits is None:
        assert [t for t, _ in found] == [EntityType.PHONE]
    else:
        assert found == [(EntityType.PHONE, digits)]


def test_the_number_to_call_about_an_order_keeps_the_order_number() -> None:
    out = _call(
        ("callee", 0, "What number should I call about the order?"),
        ("caller", 3_000, "The order number is 66120, and call me on 608 555 3120."),
    )
    assert out[1] == "The order number is 66120, and call me on [PHONE]."


@pytest.mark.parametrize(
    "said",
    ["It's abebe dot tesfaye 19 gmail dot com.", "B dot check, bay dot 1 9x mail dot com."],
)
def test_a_mailbox_without_its_at_is_hidden(said: str) -> None:
    assert [s.type for s in detect(said, types=ALL)] == [EntityType.EMAIL]


@pytest.mark.parametrize(
    "said",
    ["Yes, my gmail dot com one.", "Send it to John's hotmail dot com, he reads that."],
)
def test_a_provider_named_in_passing_is_no_mailbox(said: str) -> None:
    assert detect(said, types=frozenset({EntityType.EMAIL})) == []


def test_a_question_for_what_the_other_party_announced_is_still_a_question() -> None:
    out = _call(
        ("caller", 0, "I switched insurance since the surgery, by the way."),
        ("callee", 3_000, "Okay, what is the new member ID?"),
        ("caller", 6_000, "WBK 902 261 53."),
        ("callee", 10_000, "WBK 902 261 53, got it."),
        ("callee", 14_000, "Little claims, 2208, or 116, when is your old plan?"),
    )
    assert out[2] == "[MEMBER_ID]."
    assert out[4] == "Little claims, 2208, or 116, when is your old plan?"


def test_a_number_for_her_asks_for_a_phone_and_go_ahead_is_no_read_back() -> None:
    out = _call(
        ("callee", 0, "Is there a number for her for that morning?"),
        ("caller", 3_000, "Her L.I.V.I. 1248."),  # garbled past any read-back match
        ("callee", 6_000, "Go ahead."),
        ("caller", 7_000, "Double A.V.A. Three, one."),
        ("callee", 10_000, "So that is 612 408 77314."),
    )
    assert out[1] == "Her L.I.V.I. [PHONE]."
    assert out[4] == "So that is [PHONE]."


def test_a_thank_you_after_the_answer_ends_the_asker_s_turn() -> None:
    out = _call(
        ("callee", 0, "Is there a number for her?"),
        ("caller", 3_000, "612 408 7731."),
        ("callee", 6_000, "Thank you."),
        ("callee", 8_000, "Your booking is at 10 45, room 12."),
    )
    assert out[1] == "[PHONE]."
    assert out[3] == "Your booking is at 10 45, room 12."
