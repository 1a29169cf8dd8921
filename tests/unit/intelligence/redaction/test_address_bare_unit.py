"""A suite or flat number said after the street with its word lost ("…19th Street, Northwest,
3, 6, 50,") belongs to the address, and so does the ZIP said alone next; a number that names
something else after the street ("45 minutes away", "2 bedrooms") does not. Sentences written
for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)


def test_a_suite_without_its_word_and_the_zip_said_next_are_the_address() -> None:
    red = redacted_texts(
        ("caller", 0, "to my office, 11, 11, 19th Street, Northwest, 3, 6, 50,"),
        ("callee", 6000, "Nineteen, three north west, embassies."),
        ("caller", 9000, "2, 0, 0, 3, 6,"),
    )
    assert red == [
        "to my office, [ADDRESS],",
        "Nineteen, three north west, embassies.",
        "[ADDRESS],",
    ]


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("I live at 1840 Peachtree Street, 45 minutes away.", "1840 Peachtree Street"),
        ("It is 1840 Peachtree Street, 2 bedrooms.", "1840 Peachtree Street"),
        ("It is 1840 Peachtree Street, 12, and I am home by 5.", "1840 Peachtree Street, 12"),
    ],
)
def test_only_a_bare_number_after_the_street_is_its_unit(said: str, address: str) -> None:
    found = [(s.type, said[s.start : s.end]) for s in detect(said, types=ALL)]
    assert found == [(EntityType.ADDRESS, address)]


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("It is 33 15 West, Devon Avenue.", "33 15 West, Devon Avenue"),
        ("It was 5 miles west, Main Street is closed.", None),
        ("We drove west, Main Street was closed.", None),
    ],
)
def test_a_pause_after_the_direction_after_the_house_number(said: str, address: str | None) -> None:
    found = [(s.type, said[s.start : s.end]) for s in detect(said, types=ALL)]
    assert found == ([(EntityType.ADDRESS, address)] if address else [])


def test_a_town_between_the_hidden_street_and_postcode_is_hidden_with_them() -> None:
    red = redacted_texts(
        ("callee", 0, "And where do we send it?"),
        ("caller", 3000, "42 Hilton Street, Manchester, M1 2FX."),
        ("caller", 6000, "It's near Piccadilly, Manchester is big."),
    )
    assert red[1:] == ["[ADDRESS].", "It's near Piccadilly, Manchester is big."]


def test_a_town_heard_in_lower_case_between_street_and_postcode_is_hidden() -> None:
    red = redacted_texts(("caller", 0, "Deliver to 41 Ashville Grove, headingly LS6 2QF."))
    assert red == ["Deliver to [ADDRESS]."]
