"""Stop 38, from twenty-first-dev's addresses: "What's the new one?" after the asker named the
item ("The letter went to your old address.") asks for that item; a street whose
name the recogniser marked with a hyphen ("1240 Rift U -Court") is still a street, and an
amount's unit is no street name ("40 dollars Court fees"). Conversations written for these
tests, apart from any evaluation set. Also "a number for <person>" asks for a phone
(seventeenth-dev)."""

from __future__ import annotations

from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)
AGENT = frozenset({"callee"})


def _said(*turns: tuple[str, str]) -> list[str]:
    timed = [(speaker, n * 3000, text) for n, (speaker, text) in enumerate(turns)]
    return redacted_texts(*timed, types=ALL, business=AGENT)


def test_the_new_one_asks_for_the_item_just_named() -> None:
    red = _said(
        ("callee", "Your statement went to your old address."),
        ("callee", "What's the new one?"),
        ("callee", "Go ahead,"),
        ("caller", "flat 7K, Dunmore, for 4410."),
    )
    assert red[-1] == "[ADDRESS]."


def test_the_new_one_with_nothing_named_before_asks_for_nothing() -> None:
    red = _said(
        ("callee", "Your parcel was the blue one."),
        ("callee", "What's the new one?"),
        ("caller", "Order 7K, for 4410."),
    )
    assert "4410" in red[-1]


def test_a_street_marked_with_a_hyphen_is_a_street() -> None:
    (red,) = _said(("callee", "So that's 1240 Rift U -Court, unit 3B, 43214."))
    assert red == "So that's [ADDRESS]."


def test_an_amounts_unit_is_no_street_name() -> None:
    (red,) = _said(("caller", "I paid 40 dollars Court fees on top."))
    assert "40 dollars" in red


def test_where_should_they_go_asks_for_the_address() -> None:
    red = _said(
        ("callee", "We're still mailing your renewals to the shop."),
        ("callee", "Where should they go?"),
        ("caller", "It's 9 Tarrant -Vale roads, Ashby 3056,"),
    )
    assert red[-1] == "It's [ADDRESS],"


def test_a_birth_date_read_back_in_two_groups_is_hidden() -> None:
    red = _said(
        ("callee", "And your date of birth?"),
        ("caller", "June 9th, 1974."),
        ("callee", "0906 74. Thanks."),
    )
    assert red[-1] == "[DATE_OF_BIRTH]. Thanks."


def test_an_amount_in_two_groups_after_a_birth_date_is_kept() -> None:
    red = _said(
        ("callee", "And your date of birth?"),
        ("caller", "June 9th, 1974."),
        ("callee", "Thanks. Your balance is 1200 50."),
    )
    assert "1200 50" in red[-1]


def test_a_birth_date_read_back_with_a_one_digit_month_is_hidden() -> None:
    red = _said(
        ("callee", "And the date of birth?"),
        ("caller", "January 13th, 1975."),
        ("callee", "So 113, 75. Great."),
    )
    assert "113" not in red[-1] and "75" not in red[-1]


def test_a_number_for_a_named_person_asks_for_a_phone() -> None:
    red = _said(
        ("callee", "And can I get a number for Marta?"),
        ("caller", "It's 412 6058."),
    )
    assert red[-1] == "It's [PHONE]."


def test_a_number_for_a_thing_asks_for_no_phone() -> None:
    red = _said(
        ("callee", "Can I get a number for the claim?"),
        ("caller", "It's 412 6058."),
    )
    assert "412 6058" in red[-1]
