"""CSV and vCard parsing (per-row errors, escaping, folding) and export round trips."""

from __future__ import annotations

import io

import pytest

from callvault.comms.contacts import exporters, importers, vcard
from callvault.comms.contacts.errors import MalformedImport
from callvault.comms.contacts.importers import Record
from callvault.comms.contacts.schemas import Card, RowError


def lines(text: str) -> list[str]:
    return io.StringIO(text, newline="").readlines()


def test_csv_rows_multi_values_and_errors() -> None:
    text = (
        "Name,Phone,Work Phone,E-mail,Company,Notes,Ignored\r\n"
        "Anna Smith,+44 20 7946 0958;+1 202 555 0101,,anna@example.com,Acme,,x\r\n"
        "\r\n"
        'Bob,,,"b@example.com; bob@example.com",,"two\nlines",y\r\n'
        "Too,few\r\n"
        "'=HYPERLINK(1),,,,,,\r\n"
    )
    out = list(importers.parse_csv(lines(text)))
    assert isinstance(out[0], Record)
    assert out[0].row == 1 and out[0].line == 2
    assert out[0].phones == ["+44 20 7946 0958", "+1 202 555 0101"]
    assert out[0].company == "Acme"
    assert isinstance(out[1], Record)
    assert out[1].row == 2 and out[1].line == 4
    assert out[1].emails == ["b@example.com", "bob@example.com"] and out[1].notes == "two\nlines"
    assert isinstance(out[2], RowError)
    assert (out[2].row, out[2].line, out[2].code) == (3, 6, "wrong_column_count")
    assert isinstance(out[3], Record) and out[3].name == "=HYPERLINK(1)"


def test_csv_first_and_last_name_columns() -> None:
    out = list(
        importers.parse_csv(lines("first_name,last_name,mobile\nAda,Lovelace,+44 20 7946 0958\n"))
    )
    assert isinstance(out[0], Record) and out[0].name == "Ada Lovelace"


def test_csv_without_name_column_is_refused_and_empty_is_empty() -> None:
    with pytest.raises(MalformedImport):
        list(importers.parse_csv(lines("phone,email\n+1,a@b.co\n")))
    assert list(importers.parse_csv([])) == []


def test_csv_bad_quoting_is_one_row_error() -> None:
    out = list(importers.parse_csv(lines('name,phone\n"Ann"x,+1\nBob,+2\n')))
    assert isinstance(out[0], RowError) and out[0].code == "malformed_row"
    assert isinstance(out[-1], Record) and out[-1].name == "Bob"


def test_undecodable_bytes() -> None:
    with pytest.raises(MalformedImport):
        importers.decode_lines(b"name\n\xff\xfe\xfa")
    assert importers.decode_lines("\ufeffname\nÅsa\n".encode()) == ["name\n", "Åsa\n"]


@pytest.mark.parametrize("value", ["=1+1", "+44", "-2", "@SUM(A1)", "'quoted", "'=x", "plain"])
def test_cell_escaping_is_reversible_and_safe(value: str) -> None:
    escaped = importers.escape_cell(value)
    assert escaped[:1] not in importers.FORMULA_START
    assert importers.unescape_cell(escaped) == value


VCARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Smith;Anna;;Dr.;\r\n"
    "item1.TEL;TYPE=CELL:+44 20 7946 0958\r\n"
    'TEL;TYPE="work,voice":+1 202 555 0101\r\n'
    "EMAIL;TYPE=INTERNET:anna@example.com\r\n"
    "ORG:Acme\\, Inc.;Sales\r\n"
    "NOTE:first line\\nsecond\\; with semicolon and a long long long long long lo\r\n"
    " ng folded tail\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "FN:Old Format\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Qp\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:=41\r\n"
    "END:VCARD\r\n"
    "garbage line\r\n"
    "more garbage\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Bob\r\n"
    "no separator here\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Carol\r\n"
    "TEL;VALUE=uri:tel:+1-202-555-0102\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Never closed\r\n"
)


def test_vcard_cards_and_per_card_errors() -> None:
    out = list(importers.parse_vcard(lines(VCARDS)))
    anna, old, qp, junk, bob, carol, unclosed = out
    assert isinstance(anna, Record)
    assert anna.name == "Dr. Anna Smith"
    assert anna.phones == ["+44 20 7946 0958", "+1 202 555 0101"]
    assert anna.emails == ["anna@example.com"]
    assert anna.company == "Acme, Inc., Sales"
    assert anna.notes == (
        "first line\nsecond; with semicolon and a long long long long long long folded tail"
    )
    assert isinstance(old, RowError) and old.code == "unsupported_vcard_version"
    assert isinstance(qp, RowError) and qp.code == "unsupported_encoding" and qp.field == "NOTE"
    assert isinstance(junk, RowError) and junk.code == "malformed_vcard" and junk.line == 21
    assert isinstance(bob, RowError) and bob.code == "malformed_line" and bob.row == 5
    assert isinstance(carol, Record) and carol.phones == ["tel:+1-202-555-0102"]
    assert isinstance(unclosed, RowError) and unclosed.code == "unterminated_card"


def test_vcard_folding_keeps_lines_short_and_characters_whole() -> None:
    text = vcard.format_card(
        name="Zoë " + "Ünïcödé" * 20, phones=["+442079460958"], emails=[], company=None, notes=None
    )
    for physical in text.split("\r\n"):
        assert len(physical.encode()) <= vcard.FOLD_AT
    out = list(importers.parse_vcard(lines(text)))
    assert isinstance(out[0], Record) and out[0].name == "Zoë " + "Ünïcödé" * 20


CARDS = [
    Card(
        name="Robert'); DROP TABLE contacts;--",
        phones=["+442079460958", "+12025550101"],
        emails=["a@example.com", "b@example.com"],
        company="<script>alert(1)</script>, Inc; Ltd",
        notes="=cmd|' /C calc'!A0\nline 2, with comma; and \\ backslash",
    ),
    Card(name="Plain", phones=[], emails=[], company=None, notes=None),
]


@pytest.mark.parametrize("fmt", ["csv", "vcard"])
def test_export_round_trip(fmt: str) -> None:
    text = "".join(exporters.render(fmt, CARDS))
    if fmt == "csv":
        assert "\n=cmd" not in text and ",=cmd" not in text and ",+44" not in text
    back = list(importers.parse(fmt, lines(text)))
    assert all(isinstance(r, Record) for r in back)
    got = [
        Card(
            name=r.name or "",
            phones=r.phones,
            emails=r.emails,
            company=r.company or None,
            notes=r.notes or None,
        )
        for r in back
        if isinstance(r, Record)
    ]
    assert got == CARDS
