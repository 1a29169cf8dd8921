"""What the detector reports: the kinds of personal data it knows and a typed character span."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityType(StrEnum):
    CARD_NUMBER = "card_number"
    CARD_EXPIRY = "card_expiry"  # "oh nine twenty-eight", "September 2028", "09/28"
    CARD_SECURITY_CODE = "card_security_code"  # the three or four digits on the card
    BANK_ACCOUNT = "bank_account"  # IBANs, and US account/routing numbers said as such
    ROUTING_NUMBER = "routing_number"  # a US bank's nine-digit ABA number
    SSN = "ssn"  # whole, in groups, or its last four
    MEMBER_ID = "member_id"  # insurance member, policy and subscriber ids
    PHONE = "phone"
    EMAIL = "email"
    DATE_OF_BIRTH = "date_of_birth"
    ADDRESS = "address"
    PERSON = "person"


# Person names are opt-in per workspace: staff names in calls are often wanted in the record.
DEFAULT_TYPES: frozenset[EntityType] = frozenset(EntityType) - {EntityType.PERSON}


def placeholder(t: EntityType) -> str:
    """The text that replaces a redacted span, e.g. "[CARD_NUMBER]"."""
    return f"[{t.name}]"


@dataclass(frozen=True, slots=True)
class PiiSpan:
    type: EntityType
    start: int  # character offsets [start, end) in the text that was scanned
    end: int
