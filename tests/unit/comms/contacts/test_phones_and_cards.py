"""Phone normalisation, card validation and the name-search tokens."""

from __future__ import annotations

import pytest

from callvault.comms.contacts import cards, phones
from callvault.comms.contacts.errors import (
    InvalidContact,
    InvalidContactEmail,
    InvalidPhoneNumber,
    InvalidQuery,
    InvalidRegion,
)


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+44 20 7946 0958", None, "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("(202) 555-0101", "US", "+12025550101"),
        ("tel:+1-201-555-0123", None, "+12015550123"),
        ("+49 30 901820", "US", "+4930901820"),  # an explicit country code wins over the region
    ],
)
def test_numbers_become_e164(raw: str, region: str | None, e164: str) -> None:
    assert phones.normalise(raw, region=region) == e164


@pytest.mark.parametrize(
    "raw", ["020 7946 0958", "not a number", "+1 555", "+999 1234567", "", "1" * 41, "'; DROP--"]
)
def test_invalid_numbers_name_the_field(raw: str) -> None:
    with pytest.raises(InvalidPhoneNumber) as exc:
        phones.normalise(raw, region=None, field="phones[2]")
    assert exc.value.fields["field"] == "phones[2]"
    assert exc.value.code == "invalid_phone_number"


def test_regions_are_checked() -> None:
    assert phones.check_region("gb") == "GB"
    assert phones.check_region(None) is None
    with pytest.raises(InvalidRegion):
        phones.check_region("XX")


def test_card_normalises_and_dedupes() -> None:
    card = cards.build_card(
        name="  Anna Smith ",
        phones=["020 7946 0958", "+44 20 7946 0958", "+1 202 555 0101"],
        emails=["Anna@Example.COM", "anna@example.com"],
        company=" ",
        notes="line one\nline two",
        region="GB",
    )
    assert card.name == "Anna Smith"
    assert card.phones == ["+442079460958", "+12025550101"]
    assert card.emails == ["anna@example.com"]
    assert card.company is None
    assert card.notes == "line one\nline two"


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"name": ""}, InvalidContact, "name"),
        ({"name": "x" * 201}, InvalidContact, "name"),
        ({"emails": ["ok@example.com", "not-an-email"]}, InvalidContactEmail, "emails[1]"),
        ({"phones": ["+442079460958", "12"]}, InvalidPhoneNumber, "phones[1]"),
        ({"phones": ["+442079460958"] * 21}, InvalidContact, "phones"),
        ({"company": "c" * 201}, InvalidContact, "company"),
        ({"notes": "a\x00b"}, InvalidContact, "notes"),
    ],
)
def test_card_rejects_bad_fields(kwargs: dict, error: type[Exception], field: str) -> None:
    values = {"name": "Ok", "phones": [], "emails": [], "company": None, "notes": None}
    values.update(kwargs)
    with pytest.raises(error) as exc:
        cards.build_card(region=None, **values)
    assert exc.value.fields["field"] == field  # type: ignore[attr-defined]


def test_a_bad_number_is_named_as_a_person_counts_it() -> None:
    # The form's second line is "phone 2" to the person who typed it; the API's field stays.
    with pytest.raises(InvalidPhoneNumber) as exc:
        cards.build_card(
            name="Ok",
            phones=["+442079460958", "(415) 555-0199"],
            emails=[],
            company=None,
            notes=None,
            region=None,
        )
    assert exc.value.fields["field"] == "phones[1]"
    assert str(exc.value.message).startswith("phone 2: add the country code")


def test_name_prefixes_and_queries() -> None:
    prefixes = cards.name_prefixes("Åsa O'Brien-Smith")
    assert {"ås", "åsa", "br", "brien", "sm", "smith"} <= set(prefixes)
    assert "o" not in prefixes  # one-letter words are not indexed
    assert set(cards.query_prefixes("o'brien")) <= set(prefixes)  # split the same way
    assert cards.query_prefixes("  SMI  ås ") == ["smi", "ås"]
    assert cards.query_prefixes("x" * 40) == ["x" * cards.MAX_PREFIX]
    with pytest.raises(InvalidQuery):
        cards.query_prefixes("a b")
    assert len(cards.name_prefixes(" ".join(["abcdefghijklmnopqrstu"] * 3 + ["w" * 30] * 20))) <= (
        cards.MAX_NAME_TOKENS
    )
