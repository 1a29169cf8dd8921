"""Normal forms of the values calls are filtered on: E.164 numbers and tags (page cursors are
comms.cursors')."""

from __future__ import annotations

import re

import phonenumbers

from callvault.comms.calls.errors import InvalidPhoneNumber
from callvault.core.errors import InvalidInput
from callvault.crypto.keyring import WorkspaceCipher

NUMBER_INDEX_FIELD = "call.number"  # one field for caller and callee: a number matches either
EXTERNAL_ID_FIELD = "call.external_id"
_TAG = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,39}$")


def normalise_number(raw: str, *, field: str = "number") -> str:
    """E.164 form of an international number ('+' and country code); InvalidPhoneNumber else."""
    try:
        parsed = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumber(
            "Not a valid phone number; give it in international form (+country code).",
            field=field,
        ) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhoneNumber("Not a valid phone number.", field=field)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def number_index(cipher: WorkspaceCipher, e164: str) -> str:
    return cipher.blind_index(e164, field=NUMBER_INDEX_FIELD)


def normalise_tags(values: list[str]) -> list[str]:
    """Lower-case, spaces to hyphens, de-duplicated and sorted; InvalidInput for anything else."""
    out: set[str] = set()
    for value in values:
        tag = "-".join(value.strip().lower().split())
        if not _TAG.match(tag):
            raise InvalidInput(
                "A tag is 1-40 letters, digits, '-' or '_' and starts with a letter or digit.",
                field="tags",
            )
        out.add(tag)
    return sorted(out)


def normalise_tag(value: str) -> str:
    return normalise_tags([value])[0]
