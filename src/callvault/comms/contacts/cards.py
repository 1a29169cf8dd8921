"""A contact's card: validated and normalised input, its sealed form, its index entries.

Name search uses keyed prefix tokens rather than decrypt-and-filter: each lower-cased name
word contributes its prefixes of 2 to 16 characters, each stored only as a workspace-keyed
HMAC (`contact.name_prefix`). A query matches contacts holding the tokens of every query word,
in SQL, so search stays one indexed query however large the shared directory grows (decrypting
every visible card per keystroke would not). What the index reveals to someone holding the
database but not the keys is only which contacts share a name prefix, the same kind of
equality leak every blind index has; no name, prefix or length is readable."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from callvault.comms.calls.values import number_index
from callvault.comms.contacts import phones as phone_numbers
from callvault.comms.contacts.errors import InvalidContact, InvalidContactEmail, InvalidQuery
from callvault.comms.contacts.models import Contact
from callvault.comms.contacts.schemas import MAX_EMAILS, MAX_PHONES, Card
from callvault.crypto.cipher import WorkspaceCipher

KIND = "contact"
PHONE_FIELD = "contact.phone"
EMAIL_FIELD = "contact.email"
NAME_FIELD = "contact.name_prefix"
MIN_PREFIX = 2
MAX_PREFIX = 16
MAX_NAME_TOKENS = 160
MAX_QUERY_WORDS = 8
LIMITS = {"name": 200, "company": 200, "notes": 4000, "email": 254}

_WORD = re.compile(r"\w+")
_EMAIL = re.compile(
    r"^[^@\s\x00-\x1f]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"
)


def normalise_email(email: str, *, field: str = "email") -> str:
    value = email.strip().lower()
    if len(value) > LIMITS["email"] or not _EMAIL.match(value):
        raise InvalidContactEmail(f"{field}: not a valid email address.", field=field)
    return value


def _text(value: str | None, field: str, *, required: bool = False) -> str | None:
    text = (value or "").strip() if field != "notes" else (value or "")
    if "\x00" in text:
        raise InvalidContact(f"{field}: contains a NUL character.", field=field)
    if not text:
        if required:
            raise InvalidContact(f"{field}: is required.", field=field)
        return None
    if len(text) > LIMITS[field]:
        raise InvalidContact(f"{field}: longer than {LIMITS[field]} characters.", field=field)
    return text


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def build_card(
    *,
    name: str | None,
    phones: list[str],
    emails: list[str],
    company: str | None,
    notes: str | None,
    region: str | None,
) -> Card:
    """Validate and normalise everything a contact holds (numbers to E.164, emails folded)."""
    region = phone_numbers.check_region(region)
    if len(phones) > MAX_PHONES:
        raise InvalidContact(f"phones: at most {MAX_PHONES} numbers.", field="phones")
    if len(emails) > MAX_EMAILS:
        raise InvalidContact(f"emails: at most {MAX_EMAILS} addresses.", field="emails")
    full_name = _text(name, "name", required=True)
    assert full_name is not None
    return Card(
        name=full_name,
        phones=_unique(
            [
                # the message counts as people do ("phone 2"); the field as the API does
                phone_numbers.normalise(
                    p, region=region, field=f"phones[{i}]", said=f"phone {i + 1}"
                )
                for i, p in enumerate(phones)
            ]
        ),
        emails=_unique([normalise_email(e, field=f"emails[{i}]") for i, e in enumerate(emails)]),
        company=_text(company, "company"),
        notes=_text(notes, "notes"),
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def name_prefixes(name: str) -> list[str]:
    """The plaintext prefixes a name is findable by (only their HMACs are stored)."""
    out: dict[str, None] = {}
    for word in _words(name):
        for n in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
            out[word[:n]] = None
    return list(out)[:MAX_NAME_TOKENS]


def query_prefixes(query: str) -> list[str]:
    """The prefix each query word must match; 'ann sm' finds 'Anna Smith'."""
    words = [w[:MAX_PREFIX] for w in _words(query) if len(w) >= MIN_PREFIX]
    if not words:
        raise InvalidQuery(
            f"Search needs a word of at least {MIN_PREFIX} letters or digits.", field="q"
        )
    return list(dict.fromkeys(words))[:MAX_QUERY_WORDS]


def line_indexes(cipher: WorkspaceCipher, card: Card) -> list[str]:
    """The card's numbers as the call log indexes them (what calls and voicemail link by)."""
    return [number_index(cipher, p) for p in card.phones]


def points(cipher: WorkspaceCipher, card: Card) -> list[tuple[str, str]]:
    """(kind, blind index) entries for exact look-up, name search and linking calls."""
    out = [("phone", cipher.blind_index(p, field=PHONE_FIELD)) for p in card.phones]
    out += [("line", i) for i in line_indexes(cipher, card)]
    out += [("email", cipher.blind_index(e, field=EMAIL_FIELD)) for e in card.emails]
    out += [("name", cipher.blind_index(t, field=NAME_FIELD)) for t in name_prefixes(card.name)]
    return out


def seal(cipher: WorkspaceCipher, contact_id: str, card: Card) -> bytes:
    raw = json.dumps(card.model_dump(), separators=(",", ":"), ensure_ascii=False)
    return cipher.seal_text(raw, kind=KIND, object_id=contact_id, field="card")


def card_fields(cipher: WorkspaceCipher) -> Callable[[str, bytes], dict[str, Any]]:
    """Open many cards of one workspace (a list page) into their fields, unvalidated: the
    caller validates them once, in the response model that holds them."""
    open_card_text = cipher.text_opener(kind=KIND, field="card")

    def fields(contact_id: str, sealed: bytes) -> dict[str, Any]:
        out: dict[str, Any] = json.loads(open_card_text(contact_id, sealed))
        return out

    return fields


def open_card(cipher: WorkspaceCipher, contact: Contact) -> Card:
    raw = cipher.open_text(contact.card_sealed, kind=KIND, object_id=contact.id, field="card")
    return Card.model_validate_json(raw)
