"""Rules from the eighth set's dev half (stop 26): words that look like questions for
personal data and are not ("the code of practice", "routing the hose"), a common word taken
for a street type, a recogniser's stutter taken for a name, and a name's spelling heard
wrong right after the name was hidden. Conversations written for these tests, apart from
any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from tests.support.redacting import redacted_lines

TYPES = frozenset(EntityType)


@pytest.mark.parametrize(
    ("lines", "survives"),
    [
        (  # a rule's code, then a ticket read back
            [
                ("callee", "We write to you only. That's the code of practice."),
                ("caller", "Makes sense."),
                # "ticket" heard as "check it": the number has no label left
                ("callee", "The Check it, 7, 7, 2, 9, 1, if you call back."),
                ("caller", "77 291."),
            ],
            "77 291",
        ),
        (  # the code for a gate is no card's code
            [
                ("callee", "That's the code for the car park."),
                ("caller", "Thanks. The van's bay is 4 1 7 2."),
            ],
            "4 1 7 2",
        ),
        (  # routing as a verb, then an amount
            [
                ("callee", "Has the leak been stopped?"),
                ("caller", "Yes, he was routing the hose out the window for hours."),
                ("callee", "Did you pay the plumber yourself?"),
                ("caller", "Yes, $425."),
            ],
            "$425",
        ),
    ],
)
def test_a_phrase_that_asks_nothing_opens_no_question(
    lines: list[tuple[str, str]], survives: str
) -> None:
    assert survives in redacted_lines(lines)[-1]


@pytest.mark.parametrize(
    ("lines", "hidden"),
    [
        ([("callee", "And the code on the back?"), ("caller", "4 1 7.")], "4 1 7"),
        ([("callee", "What's the code?"), ("caller", "It's 4 1 7.")], "4 1 7"),
        ([("callee", "And the routing number?"), ("caller", "0 2 1 0 0 0 0 2 1.")], "0 2 1"),
        ([("callee", "Routing?"), ("caller", "0 2 1 0 0 0 0 2 1.")], "0 2 1"),
    ],
)
def test_the_same_words_still_ask_when_they_ask(lines: list[tuple[str, str]], hidden: str) -> None:
    assert hidden not in redacted_lines(lines)[-1]


PEOPLE = DEFAULT_TYPES | {EntityType.PERSON}


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.type.value, text[s.start : s.end]) for s in detect(text, types=PEOPLE)]


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, the taxi is $18 each way, added at pick up.",
        "It's 18 each way.",
        "A 2 hour drive from here.",
        "The standard suite is 65 a night. The Garden Suite 80.",
        "I'll put a middle one there, I'm I'm 108.",
        "I'm I'm I'm 108.",
    ],
)
def test_everyday_words_are_no_address_or_name(said: str) -> None:
    assert _found(said) == []


@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("I live at 42 Maple Way, apt 3.", "42 Maple Way, apt 3"),
        ("send it to 1418 Pell Street, apartment 2", "1418 Pell Street, apartment 2"),
        # the street's name heard as spelled sounds
        ("It's 14 18 -TELF Street, apartment 2,", "14 18 -TELF Street, apartment 2"),
        ("Suite 80, please.", "Suite 80"),
    ],
)
def test_addresses_with_capitals_or_odd_names_are_hidden(said: str, hidden: str) -> None:
    assert ("address", hidden) in _found(said)


@pytest.mark.parametrize(
    ("said", "spelled"),
    [
        ("My daughter Fiona Delacqua, D -E -L -S -E -R -O -I -X,", "D -E -L -S -E -R -O -I -X"),
        ("Our driver Dimitri Volkov. V O L K O F F.", "V O L K O F F"),
    ],
)
def test_letters_right_after_a_name_are_its_spelling(said: str, spelled: str) -> None:
    assert ("person", spelled) in _found(said)


def test_letters_before_a_mail_domain_are_no_name_spelling() -> None:
    said = "My daughter Fiona Delacqua, F.D.E.L. mail.com, she said."
    assert ("person", "F.D.E.L") not in _found(said)


def test_letters_after_a_name_in_another_sentence_are_not_its_spelling() -> None:
    said = "Our driver Dimitri Volkov will come. Then bay A B C."
    assert _found(said) == [("person", "Dimitri Volkov")]


def test_an_expiry_in_words_after_a_corrected_card_is_hidden() -> None:
    lines = [
        ("callee", "Go ahead."),
        ("caller", "5218, no sorry, 1946, 3202, 00718,"),
        ("callee", "Can't, and let's fire it."),  # "card, and the expiry?" misheard
        ("caller", "September 28,"),
    ]
    out = redacted_lines(lines)
    assert "September" not in out[-1] and "28" not in out[-1]


@pytest.mark.parametrize(
    "said",
    [
        "Refund slip 2 2 7 5, allow five working days.",
        "Your rental agreement number is 7 7 0 4 1.",
        "The lease is 5 5 0 1 9 2, on file.",
        "Your order number is 4111 1111 1111 1111.",  # a card's shape, labelled otherwise
    ],
)
def test_a_document_the_business_issues_keeps_its_number(said: str) -> None:
    assert _found(said) == []


def test_a_card_named_before_a_document_word_is_still_the_card() -> None:
    said = "The card on the rental agreement is 4111 1111 1111 1111."
    assert _found(said) == [("card_number", "4111 1111 1111 1111")]


def test_a_slip_number_said_during_a_payment_survives() -> None:
    lines = [
        ("callee", "Then a bank transfer. The details?"),
        ("caller", "It's N L 9 1, A B N A, 0 4 1 9 3 2 6 5 8 1."),
        ("callee", "Thanks. Refund slip 2 2 7 5, allow five working days."),
    ]
    assert "2 2 7 5" in redacted_lines(lines)[-1]


def test_a_slip_number_after_bank_details_the_agent_asked_for_survives() -> None:
    lines = [
        ("callee", "Back on the card you used."),
        ("caller", "That card's gone. It was stolen in Rotterdam last month."),
        ("callee", "Then a bank transfer."),
        ("callee", "The details."),
        ("caller", "It's a Dutch account."),
        ("caller", "NL91 of the NA 041 932 big, I 81 no 8, I 84"),
        ("callee", "Thanks. Reef on slip 227 5, allow 5 working days,"),
    ]
    assert "227 5" in redacted_lines(lines)[-1]


# Ninth-dev (stop 26): a phone's extension (hidden with it since stop 34), a unit with its place, a
# unit after a comma.
@pytest.mark.parametrize(
    ("said", "hidden"),
    [
        ("call me on 617 550 4816 ext 214", ("phone", "617 550 4816 ext 214")),
        ("the Boston office, 617 550 481 6 extension to 40th,", ("phone", "617 550 481 6")),
        ("Out of the condo. Unit 9, Belbrook, Denver.", ("address", "Unit 9, Belbrook")),
        ("412 VR would have a new apartment, 206.", ("address", "apartment, 206")),
    ],
)
def test_ninth_dev_forms_are_hidden(said: str, hidden: tuple[str, str]) -> None:
    assert hidden in _found(said)


@pytest.mark.parametrize(
    "said",
    [
        "Dial extension 214 please.",
        "The unit 3, Monday works.",
        "Each unit, 40 dollars.",
        "The proof number is 4 4 7 1.",
    ],
)
def test_ninth_dev_lookalikes_stay(said: str) -> None:
    assert _found(said) == []
