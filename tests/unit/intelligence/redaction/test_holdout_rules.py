"""Rules added for issue #11 on realistic phone speech (ADR 0036): hyphenated asking phrases,
times said after a date question, people named in passing, a caller offering their own card,
and the other rules that ADR lists. Sentences written for these tests, in the forms a
recogniser writes."""

from __future__ import annotations

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from callvault.intelligence.transcript import Transcript

from .conversation_call import redacted_texts, utterance

ALL = frozenset(EntityType)


def _call(*turns: tuple[str, int, str], types: frozenset[EntityType] = ALL) -> list[str]:
    """The redacted text of each turn (speaker, start ms, text)."""
    return redacted_texts(*turns, types=types, parties=("Nadine Okafor", "Tobias Lindqvist"))


def _said(text: str, types: frozenset[EntityType] = ALL) -> list[tuple[EntityType, str]]:
    return [(s.type, text[s.start : s.end]) for s in detect(text, types=types)]


# -- (c) asking phrases written with hyphens


def test_hyphenated_birth_question_opens_the_answer() -> None:
    out = _call(
        ("callee", 0, "Could I have your date-of-birth please?"),
        ("caller", 3000, "oh seven, nineteen, sixty one"),
    )
    assert out[1] == "[DATE_OF_BIRTH]"


def test_zip_code_with_a_hyphen_labels_the_digits_as_an_address() -> None:
    assert _said("the zip-code is 60614") == [(EntityType.ADDRESS, "60614")]
    # Without the hyphen as before; and "promo-code" is still no personal data.
    assert _said("the zip code is 60614") == [(EntityType.ADDRESS, "60614")]
    assert _said("the promo-code is 60614") == []


# -- (b) a time is no answer to a date question


def test_time_after_a_birth_question_survives() -> None:
    out = _call(
        ("callee", 0, "And your date of birth?"),
        ("caller", 3000, "March 3rd, 1971."),
        ("callee", 6000, "When did it happen?"),
        ("caller", 9000, "At the crossing, around 5 45."),
        ("caller", 12000, "I had a meeting at 10."),
    )
    assert out[1] == "[DATE_OF_BIRTH]."
    assert out[3] == "At the crossing, around 5 45."
    assert out[4] == "I had a meeting at 10."


def test_expiry_said_as_digits_is_still_hidden() -> None:
    out = _call(("callee", 0, "And the expiry?"), ("caller", 3000, "oh four 29"))
    assert "29" not in out[1] and "[" in out[1]


# -- (g) people named in passing


def test_third_person_with_surname_is_a_person_when_person_is_on() -> None:
    text = "Our technician, Damian Whitcombe, comes on Thursday."
    assert _said(text) == [(EntityType.PERSON, "Damian Whitcombe")]
    # Misheard surname: still the word after a known given name.
    text = "Right, a locksmith, Connie Varrow will come at noon."
    assert _said(text) == [(EntityType.PERSON, "Connie Varrow")]


def test_given_name_alone_mid_sentence() -> None:
    text = "I spoke to Tamara yesterday about it."
    assert _said(text) == [(EntityType.PERSON, "Tamara")]


def test_names_in_passing_only_with_person_on() -> None:
    assert _said("Our technician, Damian Whitcombe, comes.", DEFAULT_TYPES) == []


def test_everyday_words_and_lower_case_names_stay() -> None:
    for text in [
        "I will grant you that, Mark my words.",  # "Will", "Mark": everyday words
        "the amber light was on in April",
        "we drove past the chase bank",
        "kevin",  # lower case: the recogniser writes names capitalised
    ]:
        assert [t for t, _ in _said(text)] == [], text


def test_title_before_a_given_name_is_not_taken_as_first_name_plus_surname() -> None:
    # "Mr. Raymond" is a surname after a title (introduced names); the title word itself is
    # never hidden as a name.
    said = _said("Thank you, Mr. Raymond.")
    assert (EntityType.PERSON, "Raymond") in said
    assert all(w != "Mr" for _, w in said)


# -- a caller offering their own card


def test_caller_offering_to_pay_by_card_has_their_digits_hidden() -> None:
    out = _call(
        ("caller", 0, "Could I pay by card today?"),
        ("callee", 3000, "Sure, go ahead"),
        ("caller", 5000, "4929 3310 5562 0187"),
    )
    assert out[2] == "[CARD_NUMBER]"


# -- a long card said without its label


def test_long_grouped_run_with_a_card_first_digit_is_the_card_not_a_phone() -> None:
    text = "okay 5, 3, 1, 7, 2, 0, 4, 4, 8, 1, 9, 6, 6, 2 then"
    said = _said(text)
    assert said == [(EntityType.CARD_NUMBER, "5, 3, 1, 7, 2, 0, 4, 4, 8, 1, 9, 6, 6, 2")]
    # One written token stays an order or tracking number; a phone number stays a phone.
    assert _said("okay 53172044819662 then") == []
    assert [t for t, _ in _said("call me on 312 555 0188 then")] == [EntityType.PHONE]


def test_a_card_heard_with_a_digit_lost_is_the_card_even_when_no_phone_reads_in_it() -> None:
    # "five two oh one, triple three eight, four one one nine, six two seven oh": 15 digits,
    # Luhn fails, and its first ten are no phone number (exchange 133).
    assert _said("sure 5201 338 4119 6270 thanks") == [
        (EntityType.CARD_NUMBER, "5201 338 4119 6270")
    ]
    # Labelled, it is the tracking number it says it is; a 22-digit parcel id is no card.
    assert _said("the tracking number is 5201 3384 1196 2704") == []
    assert _said("it's 9400 1000 0000 0000 0000 00") == []
    # Quantities in a list are no card (and no account: each has its unit).
    assert _said("we shipped 4400 units, 1200 boxes and 3100 pallets") == []


# -- (e) a read-back of a number already hidden


def test_read_back_heard_worse_than_the_original_is_hidden() -> None:
    out = _call(
        ("callee", 0, "What's the account number?"),
        ("caller", 3000, "it's 70 418 552 6"),
        ("callee", 7000, "Thanks. Let me read that back, Nero 4185526, okay."),
        ("callee", 12000, "Your reference is 418 77, and the fee is 4,185 dollars."),
    )
    assert out[1] == "it's [BANK_ACCOUNT]"
    assert "4185526" not in out[2] and "[BANK_ACCOUNT]" in out[2]


def test_numbers_that_share_only_three_digits_or_come_late_survive() -> None:
    out = _call(
        ("callee", 0, "What's the account number?"),
        ("caller", 3000, "it's 70 418 552 6"),
        ("callee", 6000, "Your order is 9418 3000."),
        ("callee", 40_000, "Again that was 4185526."),
    )
    assert out[2] == "Your order is 9418 3000."
    assert out[3] == "Again that was 4185526."


# -- a card said without its question heard opens the payment


def test_card_said_unasked_makes_the_payers_next_digits_card_data() -> None:
    turns = (
        ("callee", 0, "The late desk needs a car departed now."),  # "a card deposit", misheard
        ("caller", 3000, "4929 3310 5562 0180"),
        ("callee", 8000, "exploration made and"),  # "expiration date?", misheard
        ("caller", 10_000, "31,"),
        # The other party's digits are not the card's.
        ("callee", 12_000, "I have you at 31 Elm."),
    )
    out = _call(*turns)
    assert out[1] == "[CARD_NUMBER]"
    assert out[3] == "[CARD_EXPIRY],"
    assert "31" in out[4]
    off = redact_transcript(
        Transcript("en", 30_000, tuple(utterance(i, s, t, x) for i, (s, t, x) in enumerate(turns))),
        types=ALL,
        fail_closed=False,
    )
    assert off.transcript.utterances[3].text == "31,"


# -- an amount repeated by the other party is an echo, not an answer


def test_other_party_repeating_an_amount_is_no_answer_to_the_open_question() -> None:
    out = _call(
        ("callee", 0, "And the three digits on the back?"),
        ("caller", 3000, "4, 1,"),
        ("callee", 5000, "The hold is 350 dollars, released on return."),
        ("caller", 9000, "350, that's steep."),
    )
    assert out[1] == "[CARD_SECURITY_CODE],"
    assert out[3] == "350, that's steep."


def test_a_time_said_with_at_and_repeated_by_the_other_party_is_no_answer() -> None:
    """From the fresh set: the agent offered "at 9.45", asked "Insurance?" (a question for a
    member id), and the customer's "945 works" was hidden as one."""
    out = _call(
        ("callee", 0, "Dr. Farah has Tuesday, December 8th at 9.45."),
        ("callee", 3000, "Insurance?"),
        ("caller", 5000, "945 works. Yeah,"),
        ("caller", 7000, "member ID D L X 477 0216."),
    )
    assert out[2] == "945 works. Yeah,"
    assert "477" not in out[3] and "0216" not in out[3]


def test_a_time_said_at_a_time_word_is_no_answer_to_a_number_question() -> None:
    """From the fresh set: "Probably number 14" (a tooth) opened a question for a number, and
    the agent's own "December 8th at 9.45" was hidden as a member id."""
    out = _call(
        ("callee", 0, "Probably number 14."),
        ("caller", 2500, "Tuesday, oh great, four more days of this."),
        ("callee", 6000, "I'll put you on the cancellation list, too."),
        ("caller", 9000, "Okay, I appreciate that."),
        ("callee", 12000, "Tuesday December 8th at 9.45."),
    )
    assert out[4] == "Tuesday December 8th at 9.45."
    # An address after "at" is still one, and so is a phone number.
    out = _call(
        ("callee", 0, "And your home address?"),
        ("caller", 2500, "I live at 1120 Quarry Road."),
    )
    assert "1120" not in out[1]


def test_a_different_number_in_the_same_place_is_still_hidden() -> None:
    out = _call(
        ("callee", 0, "And the three digits on the back?"),
        ("caller", 3000, "4, 1,"),
        ("callee", 5000, "The hold is 350 dollars, released on return."),
        ("caller", 9000, "sorry, 417."),
    )
    assert "417" not in out[3]


# -- a member id with its label run into it, and its read-back by letters


def test_member_id_with_the_label_glued_to_its_letters() -> None:
    text = "I got a new card. Remember IDKPT 418 552 7."
    assert _said(text) == [(EntityType.MEMBER_ID, "IDKPT 418 552 7")]
    # Capitals glued to "ID" after any other word are not taken for a label.
    assert _said("The IDKPT 418 552 7 box.") == []


def test_id_read_back_with_its_letters_and_three_digits_in_common() -> None:
    out = _call(
        ("caller", 0, "Sure. Remember IDKPT 418 552 7."),
        ("callee", 5000, "Let me read it back, KPT418 5927, great."),
        ("callee", 9000, "And your order is ABC418 0000."),  # other letters: not the id
    )
    assert out[0] == "Sure. Remember [MEMBER_ID]."
    assert out[1] == "Let me read it back, [MEMBER_ID], great."
    assert out[2] == "And your order is ABC418 0000."


# -- a question asked by its phrase alone, and an answer the asker has read back


def test_answer_read_back_is_whole_and_later_numbers_stay() -> None:
    turns = (
        ("callee", 0, "account number,"),  # the question mark lost
        ("caller", 2000, "604, 7x1, 9x2."),
        ("callee", 6000, "so 604, 771, 922,"),
        ("caller", 9000, "Correct,"),
        ("callee", 10_000, "there's a fee of 40 dollars, sorry"),
        ("caller", 12_000, "4x6, 6x?"),  # "forty-six?" misheard: no account digits
    )
    out = _call(*turns)
    assert "604" not in out[1] and "604" not in out[2]
    assert out[5] == "4x6, 6x?"


def test_without_the_read_back_the_answerers_next_digits_stay_hidden() -> None:
    out = _call(
        ("callee", 0, "account number,"),
        ("caller", 2000, "604, 7x1,"),
        ("caller", 5000, "9x2, 4x6, 6x."),  # still giving it
    )
    assert "4x6" not in out[2]


# -- (f) a month said before the hidden digits of its date


def test_month_ending_the_previous_utterance_goes_with_the_hidden_expiry() -> None:
    out = _call(
        ("callee", 0, "What's the expiration date?"),
        ("caller", 3000, "Let me look, it's October"),
        ("callee", 6000, "mm-hmm"),
        ("caller", 8000, "29,"),
    )
    assert out[3] == "[CARD_EXPIRY],"
    assert "October" not in out[1]


def test_month_right_before_a_hidden_birth_date_in_the_same_utterance() -> None:
    out = _call(
        ("callee", 0, "And your date of birth?"),
        ("caller", 3000, "It's July, uh, 14 69."),
    )
    assert "July" not in out[1] and "14" not in out[1]


def test_month_of_a_hidden_expiry_year_goes_with_it() -> None:
    # fourth-dev: "March of twenty-nine" after the card, its question lost by the recogniser.
    out = _call(
        ("callee", 0, "Card number please?"),
        ("caller", 3000, "4111 1111 1111 1111."),
        ("caller", 6000, "March of 29."),
    )
    assert out[2] == "[CARD_EXPIRY].", out


def test_the_code_after_a_card_is_its_security_code() -> None:
    # fourth-dev: "And the security code?" heard as "is the code".
    out = _call(
        ("caller", 0, "4111 1111 1111 1111."),
        ("callee", 3000, "is the code"),
        ("caller", 6000, "832."),
    )
    assert out[2] == "[CARD_SECURITY_CODE].", out
    # Other codes keep their own meaning: a zip code is an address, a discount code is not
    # personal data.
    assert _call(("callee", 0, "What's the zip code?"), ("caller", 3000, "60614."))[1] == (
        "[ADDRESS]."
    )
    assert _call(("callee", 0, "Do you have the discount code?"), ("caller", 3000, "It's 4455."))[
        1
    ] == ("It's 4455.")


def test_month_not_followed_by_hidden_date_digits_stays() -> None:
    out = _call(
        ("caller", 0, "The bill from October"),
        ("caller", 3000, "came to 45 dollars."),
    )
    assert out == ["The bill from October", "came to 45 dollars."]


# -- (d) a card deposit and loyalty-programme numbers as asks


def test_card_deposit_opens_a_payment() -> None:
    out = _call(
        ("callee", 0, "Evening returns need a card deposit now."),
        # The card was read earlier in the call; now its expiry and code, unlabelled.
        ("caller", 3000, "Okay, 0 9, 2 8, and 7 1 2."),
    )
    assert "2 8" not in out[1] and "7 1 2" not in out[1]


def test_frequent_flyer_number_is_a_member_id() -> None:
    out = _call(
        ("callee", 0, "Frequent flyer number?"),
        ("caller", 3000, "N S, 4 0 0 8, 1 1 1, 6 2."),
        ("callee", 7000, "Thanks. Your seat is 14 C."),
    )
    assert "4 0 0 8" not in out[1] and "[MEMBER_ID]" in out[1]
    assert out[2] == "Thanks. Your seat is 14 C."


def test_the_agent_reading_the_card_back_does_not_become_the_payer() -> None:
    out = _call(
        ("callee", 0, "The late desk needs a car departed now."),
        ("caller", 3000, "4929 3310 5562 0180"),
        ("callee", 8000, "So 4929 3310 5562 0180."),
        ("callee", 12_000, "Pickup moved to 9 40, and bay 3 1 7."),
    )
    assert out[2] == "So [CARD_NUMBER]."
    assert out[3] == "Pickup moved to 9 40, and bay 3 1 7."
