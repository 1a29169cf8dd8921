"""Contact input and output shapes. Inputs forbid unknown fields and bound every string."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StrictBool, StringConstraints

from callvault.comms.bulk import BulkDeleteIn
from callvault.core.inputs import Input
from callvault.core.instants import Instant

MAX_PHONES = 20
MAX_EMAILS = 20

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PhoneText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
EmailText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=254)]
Company = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Notes = Annotated[str, StringConstraints(max_length=4000)]
Region = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=2)]
Scope = Literal["all", "mine", "shared"]
FileFormat = Literal["csv", "vcard"]


class ContactIn(Input):
    name: Name
    """The contact's name."""
    phones: Annotated[list[PhoneText], Field(max_length=MAX_PHONES)] = []
    """Phone numbers: international (+country code), or national with `region`."""
    emails: Annotated[list[EmailText], Field(max_length=MAX_EMAILS)] = []
    """Email addresses."""
    company: Company | None = None
    """The contact's company."""
    notes: Notes | None = None
    """Free-text notes."""
    shared: StrictBool = False
    """True: in the workspace's shared directory (admins); false: your personal contact."""
    region: Region | None = Field(
        default=None, description="Default region (ISO 3166) for numbers without a + prefix"
    )


class ContactUpdateIn(Input):
    """Fields left out stay as they are; phones and emails, when given, replace the lists."""

    name: Name | None = None
    """The new name."""
    phones: Annotated[list[PhoneText], Field(max_length=MAX_PHONES)] | None = None
    """The new list of phone numbers (replaces the old one)."""
    emails: Annotated[list[EmailText], Field(max_length=MAX_EMAILS)] | None = None
    """The new list of email addresses (replaces the old one)."""
    company: Company | None = None
    """The new company."""
    notes: Notes | None = None
    """The new notes."""
    region: Region | None = None
    """Default region (ISO 3166) for numbers given without a + prefix."""


class Card(BaseModel):
    """The sealed content of a contact, already validated and normalised."""

    name: str
    phones: list[str] = []
    emails: list[str] = []
    company: str | None = None
    notes: str | None = None


class ContactOut(Card):
    id: str
    shared: bool
    owner_id: str | None
    created_at: datetime
    updated_at: datetime


class ContactPageOut(BaseModel):
    items: list[ContactOut]
    next_cursor: str | None


class DeletionReceipt(BaseModel):
    deleted: dict[str, int]
    object_id: str
    deleted_at: datetime


Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", max_length=36
    ),
]


class ContactFilterIn(Input):
    """Which contacts a bulk deletion takes: shared ones, personal ones (one user's, with
    owner_id, or everyone's) or both, optionally only those created in a window (an import
    is one transaction: its contacts share a creation time)."""

    scope: Literal["shared", "personal", "all"]
    """`shared` (the directory), `personal` (users' own contacts) or `all`."""
    owner_id: Uuid | None = None
    """Only the personal contacts of this user."""
    created_since: Instant | None = None
    """Only contacts created at or after this time."""
    created_until: Instant | None = None
    """Only contacts created before this time."""


ContactBulkDeleteIn = BulkDeleteIn[ContactFilterIn]


class RowError(BaseModel):
    row: int = Field(description="1-based data row (CSV, header excluded) or card (vCard)")
    line: int = Field(description="1-based line of the file where the row or card starts")
    code: str
    field: str | None = None
    reason: str


class RowMerged(BaseModel):
    row: int
    line: int
    contact_id: str = Field(description="The existing contact the row was merged into")
    added: list[str] = Field(
        description="What the row added to it: phones, emails, company and/or notes"
    )


class RowSkipped(BaseModel):
    row: int
    line: int
    code: Literal["duplicate", "ambiguous_match"] = Field(
        description="duplicate: an existing contact already holds everything the row has; "
        "ambiguous_match: its numbers or emails belong to several contacts, so none was changed"
    )
    reason: str
    contact_ids: list[str] = Field(description="The existing contacts the row matched")


class ImportReport(BaseModel):
    """What became of each row. A row whose phone number or email an existing contact of the
    same scope (the shared directory, or the importer's personal contacts) already holds is
    merged into that contact (its missing numbers, emails, company and notes are added; the
    name is kept) instead of creating a second one, so importing a file again changes
    nothing."""

    format: FileFormat
    shared: bool
    rows: int = Field(description="Data rows (CSV) or cards (vCard) read")
    imported: int = Field(description="created + merged")
    created: int
    merged: int
    skipped: int
    failed: int
    errors: list[RowError] = Field(description="Rows that could not be imported, with why")
    merged_rows: list[RowMerged]
    skipped_rows: list[RowSkipped]
    contact_ids: list[str] = Field(description="The contacts created, in row order")
