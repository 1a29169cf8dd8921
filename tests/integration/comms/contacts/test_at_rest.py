"""A contact's name, numbers, emails, company and notes never appear in plaintext in the
database, whichever way they came in (API, CSV import, vCard import, update)."""

from __future__ import annotations

import pytest
from sqlalchemy import LargeBinary, text

from callvault.db.base import Base
from tests.integration.api.test_no_plaintext_at_rest import database_contains
from tests.integration.comms.contacts.helpers import API, create, team
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

MARKER = "QUAGGAMARKER4417"
PHONE_DIGITS = "442079460321"  # +44 20 7946 0321, stored only sealed and as an HMAC
EMAIL = f"{MARKER.lower()}@marker.example"


def binary_columns_contain(live: LiveServer, needle: str) -> list[str]:
    """PostgreSQL renders bytea as hex in t::text: look inside binary columns as bytes too."""
    db = live.container.db
    if db.is_sqlite:
        return []
    hits = []
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for col in table.columns:
                if not isinstance(col.type, LargeBinary):
                    continue
                found = s.execute(
                    text(
                        f"SELECT count(*) FROM {table.name} "  # noqa: S608 (names from metadata)
                        f"WHERE position(convert_to(:n, 'UTF8') in {col.name}) > 0"
                    ),
                    {"n": needle},
                ).scalar()
                if found:
                    hits.append(f"{table.name}.{col.name}")
    return hits


def test_contact_markers_never_stored_in_plaintext(live: LiveServer) -> None:
    t = team(live)
    me = t["member"]
    made = create(
        me,
        name=f"Jane {MARKER}",
        phones=["+44 20 7946 0321"],
        emails=[EMAIL],
        company=f"{MARKER} Holdings",
        notes=f"met at {MARKER} conference",
    )
    csv = f"name,phone,email\n{MARKER} Csv,+44 20 7946 0321,csv-{EMAIL}\n"
    r = me.post(f"{API}/import", content=csv, headers={"content-type": "text/csv"})
    assert r.json()["imported"] == 1
    vcf = (
        f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{MARKER} Vcard\r\nTEL:+44 20 7946 0321\r\n"
        f"EMAIL:vcf-{EMAIL}\r\nNOTE:{MARKER}\r\nEND:VCARD\r\n"
    )
    r = me.post(f"{API}/import", content=vcf, headers={"content-type": "text/vcard"})
    assert r.json()["imported"] == 1
    me.patch(f"{API}/{made['id']}", json={"notes": f"updated {MARKER}"})
    # It is all readable through the API (and audited reads happened)...
    assert me.get(f"{API}/{made['id']}").json()["notes"] == f"updated {MARKER}"
    # (Both imports share the number, so they were merged into the one contact.)
    (found,) = me.get(f"{API}/lookup", params={"phone": "+442079460321"}).json()
    assert found["emails"] == [EMAIL, f"csv-{EMAIL}", f"vcf-{EMAIL}"]
    assert MARKER in me.get(f"{API}/export").text
    # ...and nowhere at rest.
    for needle in (MARKER, PHONE_DIGITS, "7946 0321", EMAIL, "marker.example"):
        assert database_contains(live, needle) == [], needle
        assert binary_columns_contain(live, needle) == [], needle
