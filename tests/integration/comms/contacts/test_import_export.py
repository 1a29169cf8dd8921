"""Importing CSV and vCard files (good rows kept, bad rows reported, nothing partial) and
exporting them again."""

from __future__ import annotations

import pytest

from callvault.comms.contacts.transfer import MAX_IMPORT_ROWS
from tests.integration.comms.contacts.helpers import API, create, names, row_counts, team
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

NASTY_NAME = "Robert'); DROP TABLE contacts;-- <script>alert(1)</script>"
CSV = (
    "name,phone,email,company,notes\r\n"
    "Anna Smith,+44 20 7946 0958; 020 7946 0959,anna@example.com,Acme,ok\r\n"
    "Bad Phone,+44 12,bad@example.com,,\r\n"
    "Bad Email,,not-an-email,,\r\n"
    f'"{NASTY_NAME}",,"x@example.com",%00,"=1+2"\r\n'
    "Short,row\r\n"
    ",+44 20 7946 0960,,,\r\n"
    "Last Good,,,,\r\n"
)


def post_file(client, body: bytes | str, media: str = "text/csv", **params):  # type: ignore[no-untyped-def]
    data = body.encode() if isinstance(body, str) else body
    return client.post(
        f"{API}/import", content=data, headers={"content-type": media}, params=params
    )


def test_csv_good_rows_imported_bad_rows_reported(live: LiveServer) -> None:
    me = team(live)["member"]
    r = post_file(me, CSV, "text/csv; charset=utf-8", region="GB")
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["rows"], report["imported"], report["failed"]) == (7, 3, 4)
    errors = {e["row"]: (e["code"], e["field"], e["line"]) for e in report["errors"]}
    assert errors == {
        2: ("invalid_phone_number", "phones[0]", 3),
        3: ("invalid_email", "emails[0]", 4),
        5: ("wrong_column_count", None, 6),
        6: ("invalid_contact", "name", 7),
    }
    assert names(me) == sorted(["Anna Smith", NASTY_NAME, "Last Good"])
    assert row_counts(live)[0] == 3  # nothing of the bad rows
    nasty = next(c for c in me.get(API).json()["items"] if c["name"] == NASTY_NAME)
    assert nasty["company"] == "%00" and nasty["notes"] == "=1+2"
    anna = me.get(f"{API}/lookup", params={"phone": "+442079460959"}).json()
    assert [c["name"] for c in anna] == ["Anna Smith"]


VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carol Danvers\r\nTEL;TYPE=CELL:+1 202 555 0103\r\n"
    "EMAIL:carol@example.com\r\nORG:Avengers\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Kent;Clark;;;\r\nTEL;VALUE=uri:tel:+1-202-555-0104\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Broken\r\nthis line has no colon\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad Tel\r\nTEL:call me maybe\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Unclosed\r\n"
)


def test_vcard_multi_card_with_malformed_cards(live: LiveServer) -> None:
    me = team(live)["member"]
    r = post_file(me, VCF, "text/vcard")
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["format"], report["rows"], report["imported"]) == ("vcard", 5, 2)
    codes = [(e["row"], e["code"]) for e in report["errors"]]
    assert codes == [(3, "malformed_line"), (4, "invalid_phone_number"), (5, "unterminated_card")]
    assert names(me) == ["Carol Danvers", "Clark Kent"]


def test_whole_file_errors_import_nothing(live: LiveServer) -> None:
    t = team(live)
    me = t["member"]
    before = row_counts(live)
    too_big = "name\r\n" + "x" * (live.container.settings.max_body_bytes + 10)
    r = post_file(me, too_big)
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"
    many = "name\n" + "".join(f"Person {i}\n" for i in range(MAX_IMPORT_ROWS + 1))
    r = post_file(me, many)
    assert r.status_code == 413 and r.json()["error"]["code"] == "import_too_large"
    r = post_file(me, b"name\n\xff\xfe bad bytes\n")
    assert r.status_code == 422 and r.json()["error"]["code"] == "malformed_import"
    r = post_file(me, "phone,email\n+442079460958,a@example.com\n")
    assert r.status_code == 422 and r.json()["error"]["code"] == "malformed_import"
    r = post_file(me, '{"name": "x"}', "application/json")
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_import_format"
    r = post_file(me, "name\nShared One\n", shared="true")
    assert r.status_code == 403
    assert post_file(t["auditor"], "name\nA\n").status_code == 403
    assert post_file(t["auditor"], b"\xff\xfe").status_code == 403  # checked before reading
    assert row_counts(live) == before
    r = post_file(me, "")
    assert r.status_code == 200 and r.json()["rows"] == 0


def test_admin_imports_shared_contacts(live: LiveServer) -> None:
    t = team(live)
    r = post_file(t["admin"], "name,phone\nReception,+44 20 7946 0100\n", shared="true")
    assert r.status_code == 200 and r.json()["imported"] == 1
    assert names(t["member2"]) == ["Reception"]


@pytest.mark.parametrize("fmt", ["csv", "vcard"])
def test_export_round_trip(live: LiveServer, fmt: str) -> None:
    t = team(live)
    source, target = t["member"], t["member2"]
    made = [
        create(
            source,
            name=NASTY_NAME,
            phones=["+44 20 7946 0958", "+1 202 555 0101"],
            emails=["a@example.com", "b@example.com"],
            company='=HYPERLINK("http://evil"), Inc; Ltd',
            notes="-2+3\nsecond line, with comma; semicolon \\ backslash",
        ),
        create(source, name="Zoë Ünïcödé", phones=["+49 30 901820"]),
        create(source, name="Only Name"),
    ]
    r = source.get(f"{API}/export", params={"format": fmt})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv" if fmt == "csv" else "text/vcard")
    if fmt == "csv":
        for line in r.text.splitlines():
            for cell_start in ("\n=", ",=", ",+", ",-", ",@"):
                assert cell_start not in "\n" + line, line
    media = "text/csv" if fmt == "csv" else "text/vcard"
    imported = post_file(target, r.content, media).json()
    assert imported["imported"] == 3 and imported["failed"] == 0
    fields = ("name", "phones", "emails", "company", "notes")
    got = sorted(
        (tuple(str(c[f]) for f in fields) for c in target.get(API).json()["items"]),
    )
    assert got == sorted(tuple(str(c[f]) for f in fields) for c in made)
    exports = t["owner"].get("/api/v1/audit", params={"action": "contact.export"}).json()
    assert len(exports["entries"]) == 1


FIRST = (
    "name,phone,email,company,notes\r\n"
    "Anna Smith,+44 20 7946 0958,anna@example.com,Acme,\r\n"
    "Bob Jones,+44 20 7946 0961,,,\r\n"
)
SECOND = (
    "name,phone,email,company,notes\r\n"
    "A. Smith,,ANNA@example.com; anna.smith@example.com,Other Co,VIP\r\n"  # merged by email
    "Mixed,+44 20 7946 0958;+44 20 7946 0961,,,\r\n"  # Anna's and Bob's numbers
    "Cara New,+44 20 7946 0962,,,\r\n"
    "Dup One,+44 20 7946 0963,,,\r\n"
    "Dup Two,020 7946 0963,dup@example.com,,\r\n"  # the row above, with an email more
    "Bad Phone,+44 12,,,\r\n"
)


def test_reimport_merges_and_skips_instead_of_duplicating(live: LiveServer) -> None:
    t = team(live)
    me = t["member"]
    first = post_file(me, FIRST).json()
    assert (first["created"], first["merged"], first["skipped"]) == (2, 0, 0)
    anna_id, bob_id = first["contact_ids"]

    again = post_file(me, FIRST).json()
    assert (again["imported"], again["created"], again["merged"], again["skipped"]) == (0, 0, 0, 2)
    assert [(s["row"], s["code"], s["contact_ids"]) for s in again["skipped_rows"]] == [
        (1, "duplicate", [anna_id]),
        (2, "duplicate", [bob_id]),
    ]
    assert row_counts(live)[0] == 2

    second = post_file(me, SECOND, region="GB").json()
    assert (second["rows"], second["created"], second["merged"]) == (6, 2, 2)
    assert (second["skipped"], second["failed"]) == (1, 1)
    assert [(m["row"], m["contact_id"], m["added"]) for m in second["merged_rows"]] == [
        (1, anna_id, ["emails", "notes"]),
        (5, second["contact_ids"][1], ["emails"]),
    ]
    (ambiguous,) = second["skipped_rows"]
    assert ambiguous["row"] == 2 and ambiguous["code"] == "ambiguous_match"
    assert sorted(ambiguous["contact_ids"]) == sorted([anna_id, bob_id])
    assert second["errors"][0]["row"] == 6
    assert names(me) == ["Anna Smith", "Bob Jones", "Cara New", "Dup One"]
    anna = me.get(f"{API}/{anna_id}").json()
    assert anna["emails"] == ["anna@example.com", "anna.smith@example.com"]
    assert (anna["company"], anna["notes"]) == ("Acme", "VIP")  # what it had is kept

    # Another scope is another address book: the shared directory gets its own copies.
    shared = post_file(t["admin"], FIRST, shared="true").json()
    assert shared["created"] == 2
