"""Phone numbers in, E.164 out. The default region is passed per call (a contact typed in
London and one imported from a US address book differ), never read from a global."""

from __future__ import annotations

import phonenumbers

from callvault.comms.contacts.errors import InvalidPhoneNumber, InvalidRegion

MAX_INPUT_LENGTH = 40


def check_region(region: str | None) -> str | None:
    """Upper-cased ISO 3166-1 alpha-2 region known to phonenumbers, or None."""
    if region is None or region == "":
        return None
    value = region.strip().upper()
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidRegion("Unknown region; use an ISO 3166 code such as GB.", field="region")
    return value


def normalise(
    number: str, *, region: str | None, field: str = "phone", said: str | None = None
) -> str:
    """E.164 form of a dialable number; numbers without a leading + need a region. `said`:
    the number as a person names it in a message ("phone 2"), `field` as the API does."""
    label = said or field
    text = number.strip()  # phonenumbers also reads RFC 3966 "tel:" URIs (vCard 4.0)
    if not text or len(text) > MAX_INPUT_LENGTH:
        raise InvalidPhoneNumber(f"{label}: not a phone number.", field=field)
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        reason = (
            "add the country code (+44…) or give the country it is in"
            if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
            else "not a phone number"
        )
        raise InvalidPhoneNumber(f"{label}: {reason}.", field=field) from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhoneNumber(f"{label}: not a valid number for its country.", field=field)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
