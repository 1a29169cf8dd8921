"""What the recogniser cut off a hidden number's ends is part of it: an IBAN's country
letters and last group, an address's unit letter, city, state and ZIP; a card's expiry said
in the same breath. Amounts written in thousands are never a card's digits. Sentences
written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from tests.support.redacting import redacted_text
from tests.support.transcripts import build_transcript

TYPES = frozenset(EntityType)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a country code misheard ("XG" for "GB"): the IBAN rule does not take it
        ("XG29 -NWBK 6016 1331 9268 19?", ["XG29", "NWBK", "19"]),
        ("71 -C -R -E -D 442 7719 8830 415.", ["71", "-C", "415"]),
        ("4716 2208 5531 9042 October 29", ["October 29"]),
        ("It's 212 Larch Avenue, apartment 4 -B, Fresno, 93721.", ["Fresno", "93721", "B"]),
        ("64 Quarry Road, unit 3 -C, Bismarck, North Dakota.", ["Bismarck", "Dakota"]),
    ],
)
def test_the_ends_of_a_hidden_number_go_with_it(text: str, left: list[str]) -> None:
    out = redacted_text(text)
    assert "[" in out
    for piece in left:
        assert piece not in out


@pytest.mark.parametrize(
    "text",
    [
        "Order 4471, 617 555 0123.",  # a labelled group is its label's
        "It's 617 555 0123, 12 boxes.",  # a count after a comma
        "IBAN GB82 WEST 1234 5698 7654 32, please.",  # the label stays
        "64 Quarry Road, Thanks, Bye.",  # no state or ZIP: the words after are no place
    ],
)
def test_what_belongs_elsewhere_stays(text: str) -> None:
    out = redacted_text(text)
    for word in ("Order 4471", "12 boxes", "IBAN", "Thanks, Bye"):
        if word in text:
            assert word in out


def test_a_zip_answered_alone_takes_the_city_and_state_before_it() -> None:
    lines = [("callee", "And your ZIP code?"), ("caller", "Yes, Dayton, Ohio, 45402.")]
    out = redact_transcript(build_transcript(lines), types=TYPES).transcript.utterances
    assert "Dayton" not in out[1].text and "45402" not in out[1].text


def test_a_price_in_thousands_after_a_payment_is_no_card_digit() -> None:
    lines = [
        ("caller", "My card is 4111 1111 1111 1111."),
        ("caller", "And the code on the back is 737."),
        ("callee", "Thanks. A new liner runs from 1,800 to 3,000."),
    ]
    out = redact_transcript(build_transcript(lines), types=TYPES).transcript.utterances
    assert "737" not in out[1].text
    assert out[2].text.endswith("from 1,800 to 3,000.")


def test_a_month_before_a_hidden_number_that_starts_with_a_day_goes_with_it() -> None:
    said = redacted_text("July 9, 1968, 521 07 448 322")
    assert "July" not in said and "[" in said, said
    # No day after it: a month and a phone number said apart stay apart.
    said = redacted_text("Since June 555 212 0134 is my number.")
    assert said.startswith("Since June "), said
