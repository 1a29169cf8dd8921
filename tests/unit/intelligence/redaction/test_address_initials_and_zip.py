"""A street whose name the recogniser wrote as initials with full stops ("North K.D.
Avenue"), and a ZIP code after a filler word ("Mill Road so 05672"): both are the address.
Full stops after numbers and words that are not initials keep their old reading. Sentences
written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from tests.support.redacting import redacted_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("4211 North K.D. Avenue, Chicago, 60618, on the driveway.", "4211"),
        ("4211 North K.D. Avenue, Chicago, 60618, on the driveway.", "60618"),
        ("It is 200 M.L.K. Boulevard.", "200"),
        ("Send it to 15 J. R. Avenue, please.", "15"),
        ("the other one is 2250 mill road so 05672", "05672"),
        ("2250 Old Mill Road, uh, 05672.", "05672"),
        ("It's 18 Elm Street, zip 02139.", "02139"),
    ],
)
def test_the_whole_address_is_hidden(text: str, gone: str) -> None:
    assert gone not in redacted_text(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a filler, then a number that is no ZIP: the minutes stay
        ("We're at 40 Main Street so 20 minutes away.", "20 minutes"),
        ("Meet at 12 Main Street and 5 more people are coming.", "5 more"),
        # initials that are no street name
        ("I paid 200 U.S. dollars for it.", "200 U.S. dollars"),
    ],
)
def test_what_follows_that_is_no_address_stays(text: str, kept: str) -> None:
    assert kept in redacted_text(text)
