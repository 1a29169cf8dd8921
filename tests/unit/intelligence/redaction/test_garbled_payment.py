"""A card read out after a card question the recogniser garbled: the long run alone says a
payment is under way, so the payer's next short answers (expiry, code) are hidden; once both
were given, the payment is over and amounts, times and flight numbers survive."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_short_answers_after_a_misheard_card_are_hidden() -> None:
    # A sixteen-digit run with one digit misheard (no Luhn), no "card" heard anywhere, and
    # the expiry and code questions turned into other words.
    red = redacted_texts(
        ("callee", 0, "Alright, go ahead whenever you're ready."),
        ("caller", 3000, "Sure, 4716 2093 5518 8342."),
        ("callee", 8000, "Expression bait?"),
        ("caller", 10000, "11"),
        ("callee", 12000, "and the tree dish it dope?"),
        ("caller", 14000, "547"),
        ("callee", 17000, "The hold is 350 until you return the car."),
        ("caller", 21000, "350, wow, okay."),
        ("caller", 24000, "My flight 2218 lands at 7."),
    )
    assert red[3] != "11"
    assert "547" not in red[5]
    assert red[6] == "The hold is 350 until you return the car."
    assert red[7] == "350, wow, okay."
    assert red[8] == "My flight 2218 lands at 7."


def test_an_amount_after_expiry_and_code_survives_even_unechoed() -> None:
    red = redacted_texts(
        ("caller", 0, "Okay it's 5391 0277 4410 6283"),
        ("callee", 5000, "Expired eight?"),
        ("caller", 7000, "oh four twenty nine"),
        ("callee", 9000, "and the free digit cold?"),
        ("caller", 11000, "812"),
        ("caller", 14000, "200, that's steep."),
    )
    assert "twenty nine" not in red[2]
    assert "812" not in red[4]
    assert red[5] == "200, that's steep."


def test_a_labelled_long_number_opens_no_payment() -> None:
    # A tracking number is as long as a card: its label says what it is, and the short
    # numbers the same party says next are a quantity and a time.
    red = redacted_texts(
        ("caller", 0, "The tracking number is 4200 1234 5678 9012 345."),
        ("callee", 5000, "Thanks, how many boxes?"),
        ("caller", 7000, "12"),
        ("callee", 9000, "And when are you home?"),
        ("caller", 11000, "after 530"),
    )
    assert red[0] == "The tracking number is 4200 1234 5678 9012 345."
    assert red[2] == "12"
    assert red[4] == "after 530"


def test_a_payment_asked_for_is_over_once_expiry_and_code_were_given() -> None:
    # The agent asked for the card, its expiry and its code; the customer gave them. A
    # number said next is no card data (tenth-dev: a business number the customer wrote
    # down was hidden as an expiry and a code within the minute after the question).
    red = redacted_texts(
        ("callee", 0, "I can take the card now."),
        ("caller", 3000, "3719 604425 81003."),
        ("callee", 8000, "And the expiry?"),
        ("caller", 10000, "March 27."),
        ("callee", 12000, "And the code on the front?"),
        ("caller", 14000, "4118."),
        ("callee", 20000, "All paid."),
        ("caller", 40000, "Great. 1893, wasn't it?"),
    )
    assert "3719" not in red[1]
    assert "27" not in red[3]
    assert "4118" not in red[5]
    assert red[7] == "Great. 1893, wasn't it?"


def test_until_both_were_given_the_payer_s_digits_stay_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "I can take the card now."),
        ("caller", 3000, "3719 604425 81003."),
        ("callee", 8000, "And the expiry?"),
        ("caller", 10000, "March 27."),
        ("callee", 20000, "Righto."),
        ("caller", 40000, "Great. 1893, wasn't it?"),
    )
    assert "1893" not in red[5]


def test_a_card_table_asks_for_no_card() -> None:
    red = redacted_texts(
        ("caller", 0, "Third floor, by the card table?"),
        ("callee", 3000, "Yes, by the card table. Your office licence is 228 516 9973."),
        ("caller", 8000, "Hang on. 228, 516."),
    )
    assert red[2] == "Hang on. 228, 516."


def test_a_card_the_recogniser_looped_on_is_hidden_whole() -> None:
    looped = "4916, 4233, 697166, 423, 697166, 423, 69716, 4233, 69716, 423, 69716, 423, 69716"
    red = redacted_texts(
        ("callee", 0, "The deposit is one month, so 1,350 today."),
        ("caller", 3000, "Okay, card's all right."),
        ("caller", 5000, looped),
    )
    assert not any(ch.isdigit() for ch in red[2])


def test_a_long_number_that_repeats_no_group_is_no_looped_card() -> None:
    # Twenty-four digits, a tracking number said without its label: no group comes back,
    # so it is not a card the recogniser looped on.
    said = "4200 1234 5678 9012 3456 7891, that's what the box says."
    assert redacted_texts(("caller", 0, said)) == [said]


def test_a_receipt_number_closes_the_card_questions() -> None:
    red = redacted_texts(
        ("callee", 0, "And the expiry?"),
        ("caller", 2000, "March 27."),
        ("callee", 4000, "And the code on the back?"),
        ("caller", 6000, "4118."),
        ("callee", 9000, "Done, your receipt of 6.62 is 1.9."),
    )
    assert red[4] == "Done, your receipt of 6.62 is 1.9."


def test_an_expiry_given_as_month_and_year_is_whole() -> None:
    # "March of 29" answers the expiry: the number the customer writes down eighteen seconds
    # later (a job number whose reading the recogniser garbled) is no second expiry.
    red = redacted_texts(
        ("callee", 0, "We take a deposit of 450."),
        ("caller", 2000, "Sure, it's 3714 496218 7305, and it expires March of 29."),
        ("callee", 9000, "And the security code on the front?"),
        ("caller", 12000, "8026."),
        ("callee", 14000, "Approved, your job number is J. Two heaven, heaven, both is one."),
        ("caller", 20000, "277061."),
    )
    assert "29" not in red[1]
    assert "8026" not in red[3]
    assert red[5] == "277061."


def test_a_percentage_after_the_word_code_is_no_security_code() -> None:
    red = redacted_texts(("callee", 0, "The code HOLLY 26 takes 10% off your order."))
    assert "10%" in red[0]


def test_an_expiry_said_as_the_nth_month_is_hidden() -> None:
    for answer in ("9th month, 29th", "The ninth month, twenty-nine."):
        red = redacted_texts(("callee", 0, "And the expiry."), ("caller", 3000, answer))
        assert "29" not in red[1] and "nine" not in red[1], red


def test_an_amount_after_a_whole_security_code_in_the_same_breath_survives() -> None:
    red = redacted_texts(
        ("callee", 0, "Can I take the card number?"),
        ("caller", 3000, "5456 0218 7330 9942."),
        ("callee", 8000, "And the three digit code beside the signature."),
        ("caller", 11000, "227, so 165 today."),
        ("callee", 14000, "165 yes, receipt 7044."),
    )
    assert "227" not in red[3]
    assert red[3].endswith("so 165 today.")
    assert red[4] == "165 yes, receipt 7044."


def test_a_security_code_corrected_in_the_same_breath_is_hidden_both_times() -> None:
    red = redacted_texts(
        ("callee", 0, "And the security code?"), ("caller", 3000, "6138, no sorry, 618.")
    )
    assert "613" not in red[1] and "618" not in red[1], red


def test_digits_read_one_by_one_before_a_plural_are_no_count() -> None:
    red = redacted_texts(
        ("callee", 0, "And the last four of your social."), ("caller", 3000, "Six six oaths")
    )
    assert "Six" not in red[1] and "six" not in red[1], red
    # A count said as one number stays: "sixty six boxes" after the same question.
    red = redacted_texts(
        ("callee", 0, "And the last four of your social."),
        ("caller", 3000, "Hang on, I have sixty six boxes here."),
    )
    assert red[1] == "Hang on, I have sixty six boxes here."


def test_the_rest_of_a_card_before_the_payers_own_expiry_phrase_is_hidden() -> None:
    # Stop 32 (fourteenth-dev): an Amex read in two breaths around the agent's misheard
    # "and then?", the second breath going on into "it expires…" (a question of its own).
    red = redacted_texts(
        ("caller", 0, "3715 66204 9308,"),
        ("callee", 5000, "And men, for"),
        ("caller", 7000, "41 9308, it expires April of 29 and the code on the front is 4471."),
        ("callee", 15000, "Your job number is 22518."),
    )
    assert "9308" not in red[2] and "41" not in red[2]
    assert "4471" not in red[2]
    assert red[3] == "Your job number is 22518."


def test_a_number_before_an_expiry_phrase_with_no_card_said_stays() -> None:
    red = redacted_texts(
        ("caller", 0, "I've had the policy since 2019."),
        ("caller", 5000, "Order 41 9308, it expires in April, the warranty."),
    )
    assert "41 9308" in red[1]


def test_charge_a_card_asks_for_the_card() -> None:
    """ "Shall I charge a card?" opens the payment (sixteenth-dev: a garbled card's digits
    were left); a card mailed with an order asks for nothing."""
    red = redacted_texts(
        ("callee", 0, "Shall I charge a card?"),
        ("caller", 3000, "be met for nine to 90381, haven't too big."),
    )
    assert "90381" not in red[1]
    red = redacted_texts(
        ("callee", 0, "We'll send you a card with the order."),
        ("caller", 3000, "Great, order 55128 then."),
    )
    assert red[1] == "Great, order 55128 then."
