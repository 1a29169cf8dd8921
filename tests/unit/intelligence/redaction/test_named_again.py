"""A first name or surname said again after the full name was hidden is hidden too; a single
word hidden as a name, and everyday words, are not spread. Sentences written for these
tests, apart from any evaluation set."""

from __future__ import annotations

from tests.support.redacting import redacted_lines


def test_a_name_hidden_in_full_is_hidden_when_said_again_alone() -> None:
    out = redacted_lines(
        [
            ("callee", "I have a slot at nine with Bogdan Novak, one of our senior inspectors."),
            ("caller", "Okay."),
            ("callee", "Bogdan will inspect the house. Bogdan's van is white."),
            ("caller", "And Novak does the roof too?"),
        ]
    )
    assert "Bogdan" not in out[2]
    assert "Novak" not in out[3]
    assert "van is white" in out[2]


def test_a_single_word_hidden_as_a_name_is_not_spread() -> None:
    """ "Cersei" hidden once (a recogniser's word for "Thursday") stays where it recurs."""
    out = redacted_lines(
        [
            ("callee", "Thanks, Cersei."),
            ("caller", "Okay."),
            ("callee", "Cersei works for the delivery."),
        ]
    )
    assert out[2] == "Cersei works for the delivery."


def test_everyday_words_of_a_full_name_are_not_spread() -> None:
    out = redacted_lines(
        [
            ("callee", "Your adjuster is Grace Ostrowska."),
            ("caller", "Okay."),
            ("callee", "Grace period is ten days."),
        ]
    )
    assert out[2] == "Grace period is ten days."
