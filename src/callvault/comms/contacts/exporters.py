"""Contact files out: CSV (the columns the importer reads, spreadsheet-formula safe) and
vCard 3.0. Both stream one contact at a time."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from callvault.comms.contacts.importers import MULTI_VALUE_SEPARATOR, escape_cell
from callvault.comms.contacts.schemas import Card
from callvault.comms.contacts.vcard import format_card

CSV_COLUMNS = ["name", "phones", "emails", "company", "notes"]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "vcard": "text/vcard; charset=utf-8"}
EXTENSIONS = {"csv": "csv", "vcard": "vcf"}


def csv_lines(cards: Iterable[Card]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    yield _drain(buf)
    for card in cards:
        sep = f"{MULTI_VALUE_SEPARATOR} "
        cells = [card.name, sep.join(card.phones), sep.join(card.emails), card.company or ""]
        writer.writerow([escape_cell(c) for c in [*cells, card.notes or ""]])
        yield _drain(buf)


def vcard_lines(cards: Iterable[Card]) -> Iterator[str]:
    for card in cards:
        yield format_card(
            name=card.name,
            phones=card.phones,
            emails=card.emails,
            company=card.company,
            notes=card.notes,
        )


def render(fmt: str, cards: Iterable[Card]) -> Iterator[str]:
    return csv_lines(cards) if fmt == "csv" else vcard_lines(cards)


def _drain(buf: io.StringIO) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text
