"""A ZIP said alone after the same party's address is the address's, though the question
for it was garbled; a number continuing one broken off, or said with its name, stays.
Conversations written for these tests, apart from any evaluation set."""

from __future__ import annotations

from tests.support.redacting import redacted_lines

# Said unasked: no question's answer window, only the address itself.
ADDRESS = [("callee", "Okay, go ahead."), ("caller", "Please deliver to 1840 Wren Hollow Drive.")]


def test_a_bare_zip_after_the_address_is_hidden() -> None:
    out = redacted_lines(
        [*ADDRESS, ("callee", "And the fit code there?"), ("caller", "6 0 6 1 4.")]
    )
    assert "1840" not in out[1]
    assert out[3] == "[ADDRESS]."


def test_a_number_with_its_name_stays() -> None:
    out = redacted_lines(
        [*ADDRESS, ("callee", "Anything else?"), ("caller", "My order number is 60614.")]
    )
    assert out[3] == "My order number is 60614."


def test_the_rest_of_a_number_broken_off_stays() -> None:
    out = redacted_lines([*ADDRESS, ("caller", "The order is 817 223,"), ("caller", "5946.")])
    assert out[3] == "5946."


def test_long_after_the_address_a_bare_number_stays() -> None:
    lines = [*ADDRESS] + [("callee", "Let me check that for you now, one moment.")] * 6
    out = redacted_lines([*lines, ("caller", "60614.")])
    assert out[-1] == "60614."
