"""Answers to "and the address?" as the recogniser hears them: a short number with whatever
follows it, the flat before it, a postcode spelled letter by letter; "the mobile on the
account" and "the patient's number" ask too. A number the answer labels as something else
stays. Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.asks import Ask, asks_in
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.redaction.tokens import tokenize
from tests.unit.intelligence.redaction.conversation_call import redacted_texts


@pytest.mark.parametrize(
    ("asked", "answer", "gone"),
    [
        ("And the address.", "Flat free 27 NARLOROS LEAST L -E -S -I -C 4 Q -G",
         ["Flat", "27", "NARLOROS", "Q"]),
        ("And the postcode?", "-K 1 -S 3 -B 7 -Q", ["K", "1", "S", "7"]),
        ("And the address.", "Kwarry Hill 2 -A -T -W -A", ["2", "T -", "W"]),
        ("What's the address?", "it's 14 80 quarry hill road", ["14", "quarry"]),
    ],
)  # fmt: skip
def test_an_answered_address_is_hidden_however_it_was_heard(
    asked: str, answer: str, gone: list[str]
) -> None:
    red = redacted_texts(("callee", 0, asked), ("caller", 3000, answer))
    assert "[ADDRESS]" in red[1]
    for word in gone:
        assert word not in red[1].replace("[ADDRESS]", "")


def test_numbers_the_answer_names_as_something_else_stay() -> None:
    red = redacted_texts(
        ("callee", 0, "And the address?"),
        ("caller", 3000, "Same as before. The order is 4471, for 2 boxes at 10 dollars."),
    )
    assert red[1] == "Same as before. The order is 4471, for 2 boxes at 10 dollars."


def test_which_address_asks_so_the_askers_own_next_number_stays() -> None:
    red = redacted_texts(
        ("callee", 0, "The mandate will be emailed to you today, which address"),
        ("caller", 3000, "L -E -N -A"),
        ("callee", 6000, "Your enrolment number will be on it, 775291."),
    )
    assert red[2] == "Your enrolment number will be on it, 775291."


def test_without_a_question_for_it_a_short_number_stays() -> None:
    red = redacted_texts(
        ("callee", 0, "How many steps are there?"), ("caller", 3000, "About 14 steps, all oak.")
    )
    assert red[1] == "About 14 steps, all oak."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("And the mobile on the account.", Ask.PHONE),
        ("Could I take your mobile, please?", Ask.PHONE),
        ("Can I have your patient's number?", Ask.MEMBER),
        ("Can I have her mobile? In case he can't find it?", Ask.PHONE),
        ("And his number, if we can't reach you?", Ask.PHONE),
    ],
)
def test_more_ways_to_ask(text: str, kind: Ask) -> None:
    assert [a.kind for a in asks_in(tokenize(text))] == [kind]


def test_the_answer_to_the_mobile_on_the_account_is_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "And the mobile on the account."), ("caller", 3000, "It's 617 402 9931.")
    )
    assert "9931" not in red[1]


def test_an_address_at_a_mail_provider_written_with_a_dot_for_the_at_is_hidden() -> None:
    red = redacted_texts(("caller", 0, "It's zofia.w88.hotmail.com, and mine is Zofi.wa.mail.com."))
    assert red[0] == "It's [EMAIL], and mine is [EMAIL]."
    site = "Our site is www.stairlifts.com, and Outlook is fine."
    assert redacted_texts(("callee", 0, site))[0] == site


def test_a_rare_word_after_a_call_from_is_a_person() -> None:
    every = frozenset(EntityType)
    said = "Expect a call from Russland before he arrives."
    assert redacted_texts(("callee", 0, said), types=every)[0] == (
        "Expect a call from [PERSON] before he arrives."
    )
    kept = "The flight from Reykjavik lands at nine."
    assert redacted_texts(("callee", 0, kept), types=every)[0] == kept


def test_the_asker_going_on_to_a_day_or_a_price_ends_the_question() -> None:
    red = redacted_texts(
        ("callee", 0, "The address."),
        ("caller", 2000, "It's 1840 Peachtree Industrial Boulevard, suite 210."),
        ("callee", 8000, "The first opening is Tuesday the 8, between 8 and 10 a.m."),
        ("caller", 12000, "A great 2p. Two more days driving around with this."),
    )
    assert "1840" not in red[1] and "Peachtree" not in red[1]
    assert red[3] == "A great 2p. Two more days driving around with this."
    # A read-back is no going on: the answer's next words are still the address.
    red = redacted_texts(
        ("callee", 0, "The address."),
        ("caller", 2000, "It's 1840 Peachtree"),
        ("callee", 5000, "1840?"),
        ("caller", 7000, "Industrial Boulevard, suite 210."),
    )
    assert "1840" not in red[2] and "210" not in red[3]


def test_a_short_ask_heard_as_three_words_asks_and_measures_are_no_address() -> None:
    red = redacted_texts(
        ("callee", 0, "The propper key address."),
        ("caller", 2000, "It's 88 Fenwick Road."),
        ("callee", 6000, "Size and year built?"),
        ("caller", 8000, "About 2400 square feet, built in 1962."),
        ("callee", 12000, "That's 475 for the inspection."),
    )
    assert "88" not in red[1] and "Fenwick" not in red[1]
    assert red[3] == "About 2400 square feet, built in 1962."
    assert red[4] == "That's 475 for the inspection."


def test_feet_alone_after_a_house_number_is_still_the_address() -> None:
    red = redacted_texts(
        ("callee", 0, "And the address?"), ("caller", 2000, "It's 1250 feet or hollow road.")
    )
    assert "1250" not in red[1], red


def test_a_lone_number_word_after_an_address_read_back_is_no_house_number() -> None:
    """ "That's right, or one more week…" confirms the address read back; it gives none."""
    answer = "That's right, or one more week anyway, I'm moving."
    red = redacted_texts(
        ("callee", 0, "And I have the delivery address as 105 Kirkwood Lane. Is that right?"),
        ("caller", 4000, answer),
    )
    assert red[1] == answer
    red = redacted_texts(("callee", 0, "And the address?"), ("caller", 4000, "It's 7 -A -T."))
    assert "7" not in red[1]
    # several number words: an address the recogniser garbled ("Suite two, Chamblee 30341")
    said = "We two can't shamble the three of three for one."
    red = redacted_texts(("callee", 0, "And the address?"), ("caller", 4000, said))
    assert "shamble" not in red[1]
