"""The street of an address hidden in one place, said again where no address rule can read it
(streets_again): the customer's answer garbled and the agent's read-back hidden, and the other
way round. Conversations written for these tests, apart from any evaluation set; what must
stay (a city, an everyday word, a street never hidden) is checked beside what must go."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_a_garbled_answer_naming_the_street_of_the_hidden_read_back_is_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "And your address,"),
        ("caller", 3000, "I made it out Clarkson's treat. Apartment for"),
        ("callee", 7000, "988 South Clarkson, Apartment 4C 80210. Your copay is $40 a visit."),
    )
    assert "Clarkson" not in red[1]
    assert "[ADDRESS]" in red[2]
    assert red[2].endswith("Your copay is $40 a visit.")


def test_a_garbled_read_back_of_a_hidden_answer_is_hidden() -> None:
    red = redacted_texts(
        ("callee", 0, "What's the delivery address?"),
        ("caller", 3000, "It's 61 Marsden Street, unit 402."),
        ("callee", 7000, "So for one, two, Marsden's tree, got it."),
    )
    assert "Marsden" not in red[1] and "Marsden" not in red[2]


def test_the_city_and_everyday_words_of_an_address_are_not_spread() -> None:
    red = redacted_texts(
        ("callee", 0, "What's the delivery address?"),
        ("caller", 3000, "It's 14 South Park Road, Valencia."),
        ("callee", 7000, "Our Valencia office will call. The park opens at nine, down south."),
    )
    assert red[2] == "Our Valencia office will call. The park opens at nine, down south."


def test_a_street_named_but_never_hidden_stays() -> None:
    red = redacted_texts(
        ("callee", 0, "Our depot is on Marsden Street, by the bridge."),
        ("caller", 3000, "Marsden Street, great, I know it."),
    )
    assert red == [
        "Our depot is on Marsden Street, by the bridge.",
        "Marsden Street, great, I know it.",
    ]
