"""Streaming parsers for contact files: CSV (header row) and vCard 3.0/4.0 (multi-card).

Both read an iterable of text lines and yield one `Record` per data row or card, or a
`RowError` for a row or card that cannot be read at all; field validation (phone numbers,
emails, lengths) happens later, in the service, which reports those per row too."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from callvault.comms.contacts.errors import MalformedImport
from callvault.comms.contacts.schemas import RowError
from callvault.comms.contacts.vcard import parse_cards

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MULTI_VALUE_SEPARATOR = ";"

_NAME = {"name", "full name", "fn", "display name", "contact name", "contact"}
_GIVEN = {"first name", "given name", "firstname"}
_FAMILY = {"last name", "family name", "surname", "lastname"}
_COMPANY = {"company", "organization", "organisation", "org", "company name"}
_NOTES = {"notes", "note", "comments"}


@dataclass(slots=True)
class Record:
    """One contact as read from a file, not yet validated."""

    row: int
    line: int
    name: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    company: str | None = None
    notes: str | None = None


def unescape_cell(text: str) -> str:
    """Undo the export's spreadsheet-formula escaping (a leading apostrophe)."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_START or text[1] == "'"):
        return text[1:]
    return text


def escape_cell(text: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (reversible)."""
    return "'" + text if text[:1] in FORMULA_START or text[:1] == "'" else text


def _column_kind(header: str) -> str | None:
    key = " ".join(header.replace("\ufeff", "").replace("_", " ").strip().lower().split())
    for kind, names in (
        ("name", _NAME),
        ("given", _GIVEN),
        ("family", _FAMILY),
        ("company", _COMPANY),
        ("notes", _NOTES),
    ):
        if key in names:
            return kind
    if key.startswith(("phone", "tel", "mobile", "cell")) or key.endswith("phone"):
        return "phone"
    if key.startswith(("email", "e-mail", "mail")) or key.endswith("email"):
        return "email"
    return None


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(MULTI_VALUE_SEPARATOR) if v.strip()]


def _record(kinds: list[str | None], cells: list[str], row: int, line: int) -> Record:
    rec = Record(row=row, line=line)
    given = family = ""
    for kind, raw in zip(kinds, cells, strict=True):
        cell = unescape_cell(raw)
        if kind == "name":
            rec.name = cell
        elif kind == "given":
            given = cell.strip()
        elif kind == "family":
            family = cell.strip()
        elif kind == "phone":
            rec.phones += _split(cell)
        elif kind == "email":
            rec.emails += _split(cell)
        elif kind == "company":
            rec.company = cell
        elif kind == "notes":
            rec.notes = cell
    if not (rec.name or "").strip():
        rec.name = " ".join(p for p in (given, family) if p)
    return rec


def parse_csv(lines: Iterable[str]) -> Iterator[Record | RowError]:
    """CSV with a header row naming the columns (name or first/last name, phone(s),
    email(s), company, notes; several values in one cell separated by ';')."""
    reader = csv.reader(iter(lines), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise MalformedImport(f"The header row cannot be read: {exc}.") from None
    if header is None:
        return  # an empty file holds no contacts
    kinds = [_column_kind(h) for h in header]
    if not ({"name", "given", "family"} & set(kinds)):
        raise MalformedImport("The first row must be a header with a 'name' column.")
    row = 0
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row += 1
            yield RowError(row=row, line=start, code="malformed_row", reason=f"CSV: {exc}.")
            continue
        if not cells or all(not c.strip() for c in cells):
            continue  # blank lines are not rows
        row += 1
        if len(cells) != len(kinds):
            yield RowError(
                row=row,
                line=start,
                code="wrong_column_count",
                reason=f"{len(cells)} columns where the header has {len(kinds)}.",
            )
            continue
        yield _record(kinds, cells, row, start)


def parse_vcard(lines: Iterable[str]) -> Iterator[Record | RowError]:
    """vCard 3.0 / 4.0 cards (FN or N, TEL, EMAIL, ORG, NOTE; other properties ignored)."""
    for card in parse_cards(lines):
        if isinstance(card, RowError):
            yield card
            continue
        yield Record(
            row=card.number,
            line=card.line,
            name=card.name,
            phones=card.phones,
            emails=card.emails,
            company=card.company,
            notes=card.notes,
        )


def decode_lines(data: bytes) -> list[str]:
    """The lines of an uploaded file (UTF-8, with or without a byte-order mark)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MalformedImport("The file is not UTF-8 text.") from None
    return text.splitlines(keepends=True)


def parse(fmt: str, lines: Iterable[str]) -> Iterator[Record | RowError]:
    if fmt == "csv":
        return parse_csv(lines)
    return parse_vcard(lines)
