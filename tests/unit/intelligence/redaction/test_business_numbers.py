"""Numbers the business states as its own: where the call's business side is known (a
workspace user talking to a contact), a number that side says first, in a statement that
neither asks for nor names personal data, stays even when the recogniser garbled its label;
and so does the customer's repeat of it. What the customer said and the agent reads back,
an answer to the agent's own question, a question, a cue, and a card's or an SSN's shape
stay hidden. Conversations written for these tests, apart from any evaluation set."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts

AGENT = frozenset({"callee"})


def test_a_number_the_agent_states_under_a_garbled_label_stays_and_so_does_its_repeat() -> None:
    turns = (
        ("caller", 0, "Second floor, no lift."),
        ("callee", 3000, "No problem. Goerler Goerler is 817 223 5946."),
        ("caller", 8000, "817 223, and then?"),
    )
    assert redacted_texts(*turns, business=AGENT)[1:] == [
        "No problem. Goerler Goerler is 817 223 5946.",
        "817 223, and then?",
    ]
    # Without knowing which side is the business, a ten-digit number is a phone.
    assert "5946" not in redacted_texts(*turns)[1]


def test_the_agent_reading_back_the_customer_s_number_stays_hidden() -> None:
    red = redacted_texts(
        ("caller", 0, "It's 301 442 0796."),
        ("callee", 4000, "Got it, 301 442 0796."),
        business=AGENT,
    )
    assert "0796" not in red[0]
    assert "0796" not in red[1]


def test_a_read_back_of_an_answer_the_recogniser_garbled_stays_hidden() -> None:
    # The agent asked for a phone; the customer's answer came out garbled, so no digits of
    # the read-back match it: the question is what makes it a read-back.
    red = redacted_texts(
        ("callee", 0, "And the best number for you?"),
        ("caller", 3000, "mobile mate, I'm 9, I'm I'm 1, 20, 48,"),
        ("callee", 8000, "859 551 2148. Sure."),
        business=AGENT,
    )
    assert "2148" not in red[2]


def test_a_number_with_a_personal_cue_or_asked_about_stays_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "I have your cell as 301 442 0796."),
        ("callee", 40000, "Is 301 442 0796 still good?"),
        business=AGENT,
    )
    assert "0796" not in red[0]
    assert "0796" not in red[1]


def test_a_card_or_ssn_shape_is_never_the_business_s() -> None:
    red = redacted_texts(
        ("callee", 0, "Right, 4111 1111 1111 1111 then."),
        ("callee", 40000, "Okay, 123 45 6789 then."),
        business=AGENT,
    )
    assert "1111" not in red[0]
    assert "6789" not in red[1]


def test_the_customer_stating_a_number_is_no_business_number() -> None:
    red = redacted_texts(
        ("caller", 0, "No problem. Goerler Goerler is 817 223 5946."), business=AGENT
    )
    assert "5946" not in red[0]


def test_the_business_s_own_line_stays_after_a_card_was_given() -> None:
    # "our direct line": a phone word the business says of its own number; the card read a
    # few seconds before shares three digits with it ("442"), which is no read-back.
    red = redacted_texts(
        ("caller", 0, "On a card, please. 3719 604425 81003."),
        ("callee", 4000, "And the expiry?"),
        ("caller", 6000, "March 27."),
        ("callee", 20000, "If you ever need us, our direct line is 510 893 4420."),
        business=AGENT,
    )
    assert "3719" not in red[0]
    assert red[3] == "If you ever need us, our direct line is 510 893 4420."


def test_the_end_of_the_customer_s_account_read_back_stays_hidden() -> None:
    red = redacted_texts(
        ("caller", 0, "It's the one at my bank, I think."),
        ("callee", 40000, "I see it, ending 8396."),
        business=AGENT,
    )
    assert "8396" not in red[1]


def test_the_first_digits_after_the_customer_s_are_their_read_back() -> None:
    # The recogniser garbled the customer's mobile number (nothing hid it: no digits match a
    # phone); the agent's next digits confirm it, and match none of it either.
    red = redacted_texts(
        ("caller", 0, "My mobile, 9, 1, 20, 48,"),
        ("callee", 6000, "859 551 2148. Sure."),
        business=AGENT,
    )
    assert "2148" not in red[1]


def test_a_number_under_a_business_word_is_no_read_back() -> None:
    # The customer just gave a card's code; the agent's next digits are a booking reference
    # (its label garbled to "welcome reference"), not a read-back of the code.
    red = redacted_texts(
        ("callee", 0, "And the code on the back?"),
        ("caller", 2000, "418"),
        ("callee", 4000, "Thanks. Welcome reference 709 253 6618."),
        ("caller", 9000, "709 253 6618."),
        business=AGENT,
    )
    assert "418" not in red[1]
    assert red[2:] == ["Thanks. Welcome reference 709 253 6618.", "709 253 6618."]


def test_a_number_the_customer_says_bare_makes_no_read_back_of_the_next() -> None:
    # A licence plate read out, then the agent's own line: nothing personal was given, so
    # the agent's digits read nothing back.
    red = redacted_texts(
        ("caller", 0, "PL 26 0441 7."),
        ("callee", 4000, "Any problem, ring the yard on 0113 496 2208."),
        business=AGENT,
    )
    assert red[1] == "Any problem, ring the yard on 0113 496 2208."


def test_a_personal_word_without_a_number_makes_the_next_digits_a_read_back() -> None:
    # "a phone for the crew" (the question garbled), the answer garbled past every rule:
    # the agent's next digits read it back.
    red = redacted_texts(
        ("callee", 0, "a phone for the crew,"),
        ("caller", 2000, "The biogen, Heaven 2, oh, I'm, 4 Heavens."),
        ("callee", 8000, "720 555 0947 Medio calls in the night before."),
        business=AGENT,
    )
    assert "0947" not in red[2]


def test_an_announcement_the_customer_moved_on_from_is_over_for_its_announcer() -> None:
    """ "address" said in passing by the agent; two lines of the customer's thanks later the
    agent's own line is no address (fourteenth-dev). A "go ahead" alone keeps it open."""
    red = redacted_texts(
        ("callee", 0, "address Desmond and he'll text when he's 10 minutes out"),
        ("caller", 9000, "Wonderful."),
        ("caller", 11000, "Honestly, this was so much easier than I feared."),
        ("callee", 16000, "Our line is 312 555 06."),
        business=AGENT,
    )
    assert red[3] == "Our line is 312 555 06."


def test_which_number_is_no_identifier_asked_for() -> None:
    red = redacted_texts(("callee", 0, "And a fourth number,"), ("caller", 2000, "Q 77402."))
    assert red[1] == "Q 77402."


def test_an_account_the_business_keeps_for_its_customer_is_no_bank_account() -> None:
    red = redacted_texts(("callee", 0, "Got it? Trade Account 77041."))
    assert red[0] == "Got it? Trade Account 77041."
    red = redacted_texts(("caller", 0, "My account is 7704133 21."))
    assert "7704133" not in red[0]
