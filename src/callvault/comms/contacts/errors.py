"""Contact errors with stable codes; `field` names the offending input (e.g. "phones[1]")."""

from __future__ import annotations

from callvault.core.errors import InvalidInput, NotFound


class ContactNotFound(NotFound):
    """Unknown id, another workspace's contact, or another user's personal contact."""

    code = "not_found"


class UnknownContact(InvalidInput):
    """A contact id given with a call or voicemail that is no contact of the workspace (the
    same answer for a random id and another workspace's contact)."""

    code = "unknown_contact"


class InvalidPhoneNumber(InvalidInput):
    code = "invalid_phone_number"


class InvalidRegion(InvalidInput):
    code = "invalid_region"


class InvalidContactEmail(InvalidInput):
    code = "invalid_email"


class InvalidContact(InvalidInput):
    code = "invalid_contact"


class InvalidCursor(InvalidInput):
    code = "invalid_cursor"


class InvalidQuery(InvalidInput):
    code = "invalid_query"


class UnsupportedImportFormat(InvalidInput):
    code = "unsupported_import_format"
    status = 415


class ImportTooLarge(InvalidInput):
    code = "import_too_large"
    status = 413


class MalformedImport(InvalidInput):
    """The file as a whole cannot be read (not text, no header row); row errors are reported
    per row instead."""

    code = "malformed_import"
