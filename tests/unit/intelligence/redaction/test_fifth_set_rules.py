"""Rules from the fifth realistic set's dev half (ADR 0036, stop 23): numbers a business gives
out about its own work survive a payment or an identity question, as do their read-backs; a
short phrase ending an utterance asks; a house number never runs across a sentence's end;
the date a permit (not a card) expires is no card expiry. Each case is in the form the
recogniser writes, and the personal data next to it is still hidden."""

from __future__ import annotations

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType

from .conversation_call import redacted_texts

ALL = frozenset(EntityType)


def _call(*turns: tuple[str, int, str], types: frozenset[EntityType] = ALL) -> list[str]:
    """The redacted text of each turn (speaker, start ms, text)."""
    return redacted_texts(*turns, types=types, parties=("Marta Quist", "Leon Abara"))


def _said(text: str) -> list[tuple[EntityType, str]]:
    return [(s.type, text[s.start : s.end]) for s in detect(text, types=ALL)]


def test_a_job_number_with_a_letter_prefix_survives_the_payment() -> None:
    out = _call(
        ("callee", 0, "And the card number?"),
        ("caller", 3_000, "4539 1488 0343 6467."),
        ("callee", 8_000, "Expiry?"),
        ("caller", 10_000, "Oh six, twenty nine."),
        ("callee", 13_000, "Thanks. Your work order number is W 318 44."),
    )
    assert out[1] == "[CARD_NUMBER]."
    assert "[CARD_EXPIRY]" in out[2 + 1]
    assert out[4] == "Thanks. Your work order number is W 318 44."


def test_the_label_is_found_past_number_is_and_a_prefix_but_not_across_a_sentence() -> None:
    out = _call(
        ("callee", 0, "What's the security code on the back?"),
        ("caller", 3_000, "The intake number is KT 604 12. Oh, the code. 881."),
    )
    assert out[1] == "The intake number is KT 604 12. Oh, the code. [CARD_SECURITY_CODE]."


def test_the_other_party_reading_back_a_labelled_number_keeps_it() -> None:
    out = _call(
        ("callee", 0, "Can I get your member ID?"),
        ("caller", 3_000, "It's HX 7720 4419."),
        ("callee", 7_000, "Great. Your review number is 559 30."),
        ("caller", 10_000, "559 30."),
    )
    assert out[1] == "It's [MEMBER_ID]."
    assert out[3] == "559 30."


def test_a_read_back_heard_with_two_digits_swapped_is_still_the_labelled_number() -> None:
    out = _call(
        ("callee", 0, "And your account number?"),
        ("caller", 3_000, "00412 77391."),
        ("callee", 7_000, "I see statement 882 417."),
        ("caller", 10_000, "882 471."),
    )
    assert out[1] == "[BANK_ACCOUNT]."
    assert out[2] == "I see statement 882 417."
    assert out[3] == "882 471."


def test_a_number_unlike_the_labelled_one_is_still_the_answer() -> None:
    out = _call(
        ("callee", 0, "Your review number is 559 30. And the last four of your social?"),
        ("caller", 4_000, "7 1 0 4."),
    )
    assert out[1] == "[SSN]."


def test_a_short_phrase_with_its_question_mark_lost_asks() -> None:
    out = _call(
        ("callee", 0, "Service address."),
        ("caller", 2_000, "Two twelve Larkspur Lane."),
        ("callee", 6_000, "Last visit was October 20th, 2026."),
    )
    assert out[1] == "[ADDRESS]."
    assert out[2] == "Last visit was October 20th, 2026."


def test_offering_an_address_is_no_question() -> None:
    out = _call(
        ("caller", 0, "Let me give you the service address."),
        ("caller", 2_500, "It's 14 Alder Row."),
        ("callee", 6_000, "Got it."),
    )
    assert out[1] == "It's [ADDRESS]."


def test_a_house_number_does_not_run_back_across_a_sentence_end() -> None:
    text = "I start work at 830. 51 Birchwood Court, apartment 6."
    assert _said(text) == [(EntityType.ADDRESS, "51 Birchwood Court, apartment 6")]
    # A house number the recogniser cut off with a full stop is still one.
    assert _said("It's 27. Maple Avenue.") == [(EntityType.ADDRESS, "27. Maple Avenue")]


def test_a_permits_expiry_is_no_card_expiry_even_during_a_payment() -> None:
    assert _said("Your permit expires December 31.") == []
    assert _said("The card expires December 29.") == [(EntityType.CARD_EXPIRY, "December 29")]
    out = _call(
        ("callee", 0, "Card number, please."),
        ("caller", 3_000, "5412 7550 3381 9026."),
        ("callee", 8_000, "Zone 14, permit P 6602, expires December 31."),
        ("callee", 12_000, "Expiry on the card?"),
        ("caller", 14_000, "Oh four, twenty nine."),
    )
    assert out[1] == "[CARD_NUMBER]."
    assert out[2] == "Zone 14, permit P 6602, expires December 31."
    assert "04" not in out[4] and "29" not in out[4]


def test_a_time_said_twice_after_at_is_no_phone_number() -> None:
    assert _said("You'll meet her Wednesday, December 9th at 10 15, 10 15, 15,") == []
    # Phone numbers after "at", in groups of three and four or digit by digit, still are.
    assert _said("reach me at 215 555 0146") == [(EntityType.PHONE, "215 555 0146")]
    assert _said("call me at 2 1 5 5 5 5 0 1 4 6") == [(EntityType.PHONE, "2 1 5 5 5 5 0 1 4 6")]


def test_triple_before_a_glued_group_repeats_its_first_digit() -> None:
    # "five two oh one, triple three eight, four one one nine, six two seven oh" as written.
    text = "5201, triple 38, 4119, 6270."
    assert _said(text) == [(EntityType.CARD_NUMBER, "5201, triple 38, 4119, 6270")]


def test_an_amount_is_no_echo_of_a_longer_number_that_starts_like_it() -> None:
    out = _call(
        ("callee", 0, "The total is 412 dollars. And your social security number?"),
        ("caller", 4_000, "412 55 0146."),
    )
    assert out[1] == "[SSN]."
