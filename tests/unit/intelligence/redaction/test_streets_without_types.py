"""Addresses whose street type was not said or not heard, closed by a unit after a comma
("415 Via Del Mar, building C, unit 112"), a numbered street run into its house number
("111119 Street Northwest") and the city's quarter after a street, PO boxes, three-word
street names, "apartment" heard as "department", and a phone number's extension. Things near
them that are no address keep their words. Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_lines, redacted_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("It's 415 via Del Mar, building C, unit 112. Did nobody update that?", "415"),
        ("It's 415 via Del Mar, building C, unit 112. Did nobody update that?", "Mar"),
        ("It's 415 via Del Mar, building C, unit 112. Did nobody update that?", "112"),
        ("We're at 77 Calle Luna, apartment 3B now.", "Luna"),
        ("It's 1240 West Olive, number 204.", "Olive"),
        ("It's 1240 West Olive, number 204.", "204"),
        ("It's 415 Via Del Mar Drive.", "Del Mar"),
        ("Send it to PO Box 4401, Arlington, Virginia 22201.", "4401"),
        ("Send it to PO Box 4401, Arlington, Virginia 22201.", "Box"),
        ("Send it to PO Box 4401, Arlington, Virginia 22201.", "22201"),
        ("The billing address is P.O. Box 12.", "12"),
        ("It's P O Box 9 in town.", "Box 9"),
        ("It's post office box 318.", "318"),
        ("So that's 820 South Ridgeway Avenue, Department 402.", "402"),
        ("my office, 111119 Street Northwest, Street 650,", "111119"),
        ("my office, 111119 Street Northwest, Street 650,", "Northwest"),
        ("It's 1111 Street NW.", "NW"),
        ("It's 40 Main Street North, apartment 4.", "North"),
        ("You can reach me at 312 904 6618, extension 227.", "227"),
        ("Call 312 904 6618 ext. 2 2 7 today.", "2 2 7"),
    ],
)
def test_the_whole_address_or_line_is_hidden(text: str, gone: str) -> None:
    assert gone not in redacted_text(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an amount, not a house number
        ("The total is $415 Del Mar, unit 2.", "$415"),
        # "number" closes a street only after a direction word
        ("We have 3 Blue Widgets, number 4 please.", "number 4"),
        # no capital: no street name
        ("I need 3 more boxes, unit 4 is full.", "unit 4"),
        # a box that is no PO box
        ("Put box 12 on the truck.", "box 12"),
        # an extension of a business's own line stays when no phone number was hidden
        ("Ask for extension 4410 at the front desk.", "4410"),
        # a long run after "extension" is no extension
        ("Call 312 904 6618 extension 2271234567.", "2271234567"),
        # a number before "Street" without a quarter after it
        ("We need 300 Street signs north of here.", "300 Street signs"),
        # a direction after the sentence's end
        ("I live at 40 Main Street. North of here is the park.", "North of here"),
        # an apartment count, no unit
        ("The Department 4 meeting is at noon.", "Department 4"),
    ],
)
def test_what_is_no_address_stays(text: str, kept: str) -> None:
    assert kept in redacted_text(text)


def test_a_time_after_an_asked_photo_id_is_no_id() -> None:
    """ "bring a photo ID" asks for a document, and "at 8.30 AM" read back after a member id
    was asked is a time: neither hides the court date's time."""
    out = redacted_lines(
        [
            ("callee", "Bring a photo ID."),
            ("callee", "His court date is December 17th at 8.30 AM."),
        ]
    )
    assert "8.30 AM" in out[1]
    out = redacted_lines([("callee", "What is your member ID?"), ("caller", "It's at 8.30 AM.")])
    assert "8.30 AM" in out[1]
