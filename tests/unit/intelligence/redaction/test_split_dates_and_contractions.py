"""Stop 36 rules from the eighteenth realistic set's dev half, in the form the recogniser
writes: a birth date split after its month with its question misheard, a payment date with its
day said as an ordinal while a card is being paid, and a contraction after "I'm" taken for a
name. Conversations written for these tests, apart from any evaluation set; what must stay is
checked beside what must go."""

from __future__ import annotations

from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

AGENT = frozenset({"callee"})


def test_a_birth_date_split_after_its_month_is_hidden_whole() -> None:
    red = redacted_texts(
        ("caller", 0, "I still can't believe it, almost seven grand. June"),
        ("callee", 3000, "your name is Burt,"),  # "your date of birth", misheard
        ("caller", 5000, "9, 1978,"),
        ("callee", 7000, "and your home address,"),
        business=AGENT,
    )
    assert red[0] == "I still can't believe it, almost seven grand. [DATE_OF_BIRTH]"
    assert red[2] == "[DATE_OF_BIRTH],"


def test_a_month_then_a_recent_date_or_a_count_stays() -> None:
    recent = redacted_texts(
        ("caller", 0, "We moved in June"), ("callee", 2000, "Okay,"), ("caller", 4000, "9, 2025.")
    )
    assert recent == ["We moved in June", "Okay,", "9, 2025."]
    counted = redacted_texts(
        ("caller", 0, "It was in June"), ("callee", 2000, "Okay,"), ("caller", 4000, "9 came.")
    )
    assert counted == ["It was in June", "Okay,", "9 came."]


def test_another_speakers_month_does_not_start_the_date() -> None:
    red = redacted_texts(
        ("callee", 0, "Renewal is in June"), ("caller", 2000, "9, 1978, is when I joined.")
    )
    assert red[0] == "Renewal is in June"


def test_a_day_said_as_an_ordinal_is_no_card_expiry() -> None:
    red = redacted_texts(
        ("callee", 0, "The first on the card today, the second by debit on January 15th."),
        ("caller", 4000, "That works. The card is 4111 1111 1111 1111."),
        ("callee", 8000, "And the expiry?"),
        ("caller", 11000, "January 28."),
        business=AGENT,
    )
    assert red[0] == "The first on the card today, the second by debit on January 15th."
    assert red[1] == "That works. The card is [CARD_NUMBER]."
    assert red[3] == "[CARD_EXPIRY]."


def test_a_contraction_after_i_am_is_no_name() -> None:
    red = redacted_texts(
        ("callee", 0, "Anything else?"),
        ("caller", 2000, "I can't say I'm We'll build up our savings, I'm Dana Whitcombe."),
        types=frozenset(EntityType),
    )
    assert red[1] == "I can't say I'm We'll build up our savings, I'm [PERSON]."


def test_the_day_before_a_hidden_birth_month_goes_with_it() -> None:
    for said in ("The second on August, 1938.", "The 2nd of August, 1938."):
        red = redacted_texts(
            ("callee", 0, "And her date of birth,"), ("caller", 3000, said), business=AGENT
        )
        assert red[1] == "[DATE_OF_BIRTH]."


def test_a_count_before_a_hidden_birth_month_stays() -> None:
    red = redacted_texts(
        ("callee", 0, "And her date of birth?"),
        ("caller", 3000, "Two of us came. August 2, 1938."),
        business=AGENT,
    )
    assert red[1] == "Two of us came. [DATE_OF_BIRTH]."
