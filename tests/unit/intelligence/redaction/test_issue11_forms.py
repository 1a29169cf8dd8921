"""The forms issue 11 found leaking on phone speech, in one speaker's own words (the answers to
another party's questions are in test_conversation.py)."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType

E = EntityType


def found(text: str) -> list[tuple[str, str]]:
    return [(s.type.value, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # SSN in every grouping, in words, and its last four.
        ("my social is one two three, four five, six seven eight nine", E.SSN,
         "one two three, four five, six seven eight nine"),
        ("the last four of my social are six seven eight nine", E.SSN, "six seven eight nine"),
        ("last four of the social security number, oh three eight eight", E.SSN,
         "oh three eight eight"),
        # Card expiry in words and digits; security code by its names.
        ("the card expires September twenty eight", E.CARD_EXPIRY, "September twenty eight"),
        ("expiration date is oh nine twenty eight", E.CARD_EXPIRY, "oh nine twenty eight"),
        ("the expiry is 09/28", E.CARD_EXPIRY, "09/28"),
        ("valid thru September of twenty twenty seven", E.CARD_EXPIRY,
         "September of twenty twenty seven"),
        ("the code on the back is four five six", E.CARD_SECURITY_CODE, "four five six"),
        ("CVV 123", E.CARD_SECURITY_CODE, "123"),
        # Routing numbers and member / policy ids.
        ("routing number 021000021", E.ROUTING_NUMBER, "021000021"),
        ("my member id is XJ4 5521 889", E.MEMBER_ID, "XJ4 5521 889"),
        ("member ID is B H X four four seven, oh nine one two, thanks", E.MEMBER_ID,
         "B H X four four seven, oh nine one two"),
        ("policy number K M P, seven seven four, oh three nine, two one.", E.MEMBER_ID,
         "K M P, seven seven four, oh three nine, two one"),
        # Addresses: house numbers in digits and words, apartments, ZIP codes.
        ("I live at 427 Maple Avenue, apartment 5B, Springfield, Illinois 62704", E.ADDRESS,
         "427 Maple Avenue, apartment 5B, Springfield, Illinois 62704"),
        ("I live at 427-Maple Avenue, Springfield, Illinois 62704", E.ADDRESS,
         "427-Maple Avenue, Springfield, Illinois 62704"),
        ("it's four two seven Maple Avenue apt twelve", E.ADDRESS,
         "four two seven Maple Avenue apt twelve"),
        ("eighteen twenty-two Alder Court, apartment four B, Portland, Oregon, nine seven two "
         "one four", E.ADDRESS, "eighteen twenty-two Alder Court, apartment four B, Portland, "
         "Oregon, nine seven two one four"),
        # A recogniser's full stop where the caller paused, as heard on a loaded machine.
        ("It's 27. Maple Avenue. Springfield, Illinois, 62704.", E.ADDRESS,
         "27. Maple Avenue. Springfield, Illinois, 62704"),
        ("Twelve oh four Lakeview Avenue, apartment thirty-one.", E.ADDRESS,
         "Twelve oh four Lakeview Avenue, apartment thirty-one"),
        ("the zip code is nine four one zero seven", E.ADDRESS, "nine four one zero seven"),
        # Dates of birth with the year in words.
        ("my date of birth is the third of May, eighty two", E.DATE_OF_BIRTH,
         "the third of May, eighty two"),
        # An IBAN whose bank code has a spoken letter O.
        ("the IBAN is N L one six, R A B O, oh three one five, seven two eight four six two",
         E.BANK_ACCOUNT, "N L one six, R A B O, oh three one five, seven two eight four six two"),
    ],
)  # fmt: skip
def test_forms_found(text: str, kind: EntityType, value: str) -> None:
    assert found(text) == [(kind.value, value)]


@pytest.mark.parametrize(
    "text",
    [
        "My order number is 583920114456, it hasn't arrived.",
        "the promo code is 4455",
        "I'll call you back at three thirty.",
        "The member services line is open until eight.",
        "Our policy is to refund within thirty days.",
        "The tracking number is N L nine three three, seven oh two, five one eight.",
    ],
)
def test_numbers_that_must_survive(text: str) -> None:
    assert found(text) == []


def test_a_phone_number_labelled_after_it() -> None:
    text = "The adjuster will call you tomorrow. It's 412 -55 -0196 the best number."
    assert found(text) == [("phone", "412 -55 -0196")]
