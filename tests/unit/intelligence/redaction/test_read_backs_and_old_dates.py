"""Stop 35 rules from the seventeenth realistic set's dev half, in the form the recogniser
writes: a phone number the agent reads back bare after the customer's came out garbled, a
date of birth read back in another order than it was given, a full date with a two-digit
year from the last century said without any birth word, a UK landline, and a phone number
whose next sentence starts with "The extension". Conversations and sentences written for
these tests, apart from any evaluation set; what must stay is checked beside what must go."""

from __future__ import annotations

import datetime as dt

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)
AGENT = frozenset({"callee"})


def _found(text: str) -> list[tuple[EntityType, str]]:
    return [(s.type, text[s.start : s.end]) for s in detect(text, types=ALL)]


def test_a_bare_read_back_by_the_agent_is_the_customer_s_number() -> None:
    red = redacted_texts(
        ("caller", 0, "And the new one, they go to a 65017."),
        ("callee", 4000, "802, 865, 0017."),
        ("callee", 8000, "Our main line is 802 555 0199 if you need us."),
        business=AGENT,
    )
    assert red[1] == "[PHONE]."
    assert red[2] == "Our main line is 802 555 0199 if you need us."


def test_a_date_of_birth_read_back_in_another_order_is_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "I'll just need your date of birth,"),
        ("caller", 3000, "The 12th of March 1959,"),
        ("callee", 6000, "so 3, 12, 59."),
    )
    assert red[1:] == ["[DATE_OF_BIRTH],", "so [DATE_OF_BIRTH]."]


def test_numbers_after_a_date_of_birth_that_make_no_date_stay() -> None:
    red = redacted_texts(
        ("callee", 0, "And your date of birth?"),
        ("caller", 3000, "The 12th of March 1959,"),
        ("callee", 6000, "Great, that is 3 items, 12 dollars, 59 cents."),
    )
    assert red[2] == "Great, that is 3 items, 12 dollars, 59 cents."


@pytest.mark.parametrize(
    "said", ["The 9th of November, 83.", "the third of May, eighty two.", "March 3rd, 82."]
)
def test_a_full_date_with_a_last_century_two_digit_year_is_a_birth_date(said: str) -> None:
    assert [t for t, _ in _found(said)] == [EntityType.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    "said",
    [
        "on the 14th of May, 45 people came",
        "The 9th of November, 25.",
        "We delivered on the 2nd of June, 12 boxes.",
    ],
)
def test_a_count_or_a_recent_year_after_a_date_is_no_birth_date(said: str) -> None:
    assert _found(said) == []


def test_a_child_s_full_date_of_birth_is_hidden_without_a_birth_word() -> None:
    """A daycare or a karate club asks for a child's: a full date two or more years back is a
    birthday; last year's (a purchase, a start date) stays."""
    year = dt.datetime.now(dt.UTC).year
    for said in (f"She was born, um, August 22nd, {year - 2}.", f"the 30th of August, {year - 7}"):
        assert [t for t, _ in _found(said)] == [EntityType.DATE_OF_BIRTH], said
    assert _found(f"I bought it on March 2nd, {year - 1}, at your store.") == []
    assert _found(f"We've had the account since the 2nd of May, {year - 5}.") == []


def test_the_agent_saying_a_child_s_birthday_is_not_stating_the_business_s_number() -> None:
    """The business's own numbers stated first stay (its line, a reference); a date said with
    its month's name is no such number, whoever says it first."""
    year = dt.datetime.now(dt.UTC).year - 7
    red = redacted_texts(
        ("caller", 0, "It's for my son, he's seven."),
        ("callee", 3000, f"Lovely, so that's the 30th of August, {year}, in the juniors class."),
        ("callee", 9000, "Our line for the class is 0161 496 0333 if you need us."),
        business=AGENT,
    )
    assert red[1] == "Lovely, so that's [DATE_OF_BIRTH], in the juniors class."
    assert red[2] == "Our line for the class is 0161 496 0333 if you need us."


@pytest.mark.parametrize(
    ("said", "phone"),
    [
        ("Call me on 0161 496 0333 if I'm in a meeting.", "0161 496 0333"),
        ("It's 020 7946 0018.", "020 7946 0018"),
        ("And mine is my work line 3 12 74 409 16. The extension to ask for", "3 12 74 409 16"),
    ],
)
def test_phone_numbers(said: str, phone: str) -> None:
    assert _found(said) == [(EntityType.PHONE, phone)]


@pytest.mark.parametrize(
    "said", ["The order is 0161 496 0333.", "It came to 25. Dollars are fine", "It was 01614960333"]
)
def test_labelled_or_unlike_numbers_are_no_phone(said: str) -> None:
    assert [t for t, _ in _found(said) if t is EntityType.PHONE] == []


def test_a_request_for_your_social_is_answered_past_a_total_said_in_passing() -> None:
    red = redacted_texts(
        ("callee", 0, "I need your social, please."),
        ("caller", 3000, "Okay, my total is, hang on."),
        ("caller", 6000, "46 114 3"),
        ("callee", 9000, "Thank you. The total is 38 dollars a month."),
    )
    assert red[2] == "[SSN]"
    assert red[3] == "Thank you. The total is 38 dollars a month."


def test_the_answerer_asking_about_a_number_to_keep_closes_the_question() -> None:
    red = redacted_texts(
        ("callee", 0, "I need your social."),
        ("caller", 3000, "Before that, what's my order number?"),
        ("callee", 6000, "It's 4471 2208."),
    )
    assert red[2] == "It's 4471 2208."


def test_places_in_a_site_said_during_a_payment_are_no_card_data() -> None:
    red = redacted_texts(
        ("callee", 0, "And you are paying today by card."),
        ("caller", 3000, "Yes, 4111 1111 1111 1111."),
        ("callee", 8000, "And the expiry."),
        ("caller", 10000, "Oh nine twenty eight."),
        ("callee", 30000, "It is Section 14, row C, Plot 22, by aisle 9."),
    )
    assert red[1:4] == ["Yes, [CARD_NUMBER].", "And the expiry.", "[CARD_EXPIRY]."]
    assert red[4] == "It is Section 14, row C, Plot 22, by aisle 9."


def test_what_the_recogniser_glued_on_with_a_dash_goes_with_the_hidden_item() -> None:
    red = redacted_texts(
        ("callee", 0, "Can I get the member number?"),
        ("caller", 3000, "T -C -Dash 04193,"),
        ("callee", 6000, "And a phone?"),
        ("caller", 8000, "617 555 0143 -Extension 14. Got it."),
    )
    assert red[1:] == ["[MEMBER_ID],", "And a phone?", "[PHONE]. Got it."]
    red = redacted_texts(
        ("callee", 0, "Your driver will be Beto -Celcedo. See you at 4 -ish."), types=ALL
    )
    assert red == ["Your driver will be [PERSON]. See you at 4 -ish."]


def test_the_tail_of_the_business_s_own_line_said_after_a_pause_stays() -> None:
    red = redacted_texts(
        ("callee", 0, "If you ever need us, certainly our dress line is 5.1, so 8.9.3.4.4.2.0"),
        ("caller", 6800, "10893 good"),
        ("callee", 8000, ".4.4.2.0, day or night."),
        business=AGENT,
    )
    assert red[2] == ".4.4.2.0, day or night."


def test_a_speaker_s_own_hidden_number_corrected_is_hidden_again() -> None:
    red = redacted_texts(
        ("callee", 0, "The account on file is 831 007 2549."),
        ("caller", 5000, "No, that's not what I have."),
        ("callee", 8000, "Sorry, 831 007 2649."),
        ("callee", 12000, "Your change reference is 8310 5566 and the refund is 312 dollars."),
        business=AGENT,
    )
    assert red[0] == "The account on file is [BANK_ACCOUNT]."
    assert red[2] == "Sorry, [BANK_ACCOUNT]."
    # a later number of the speaker's sharing fewer digits is no repeat
    assert red[3] == "Your change reference is 8310 5566 and the refund is 312 dollars."


def test_the_extension_read_back_after_a_hidden_phone_is_hidden_with_it() -> None:
    red = redacted_texts(
        ("callee", 0, "I also need a phone number for the carrier."),
        # the extension heard wrong the first time, right in the read-back
        ("caller", 3000, "Use my work line, 312 904 6618 extension 2 to heaven."),
        ("callee", 8000, "312 904 6618, the extension 227, got it."),
        ("callee", 12000, "For anything else, ask the front desk for extension 4410."),
        business=AGENT,
    )
    assert "227" not in red[2]
    assert red[3] == "For anything else, ask the front desk for extension 4410."
