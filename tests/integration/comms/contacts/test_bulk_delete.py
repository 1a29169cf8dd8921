"""Bulk deletion of contacts by filter (admins): the shared directory or one user's personal
address book, optionally by creation window; dry run first, 409 if the count moved; the
contacts and their blind-index entries go, the audit keeps the filter and counts only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from callvault.comms.contacts.models import Contact, ContactPoint
from tests.integration.comms.calls.helpers import office
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

URL = "/api/v1/contacts/bulk-delete"


def _counts(live: LiveServer) -> tuple[int, int]:
    with live.container.db.read() as s:
        contacts = s.scalar(select(func.count()).select_from(Contact)) or 0
        points = s.scalar(select(func.count()).select_from(ContactPoint)) or 0
    return int(contacts), int(points)


def test_bulk_delete_contacts(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    alice = live.client(o.alice.token)
    bob = live.client(o.bob.token)

    def add(api: object, name: str, *, shared: bool = False) -> str:
        r = api.post(  # type: ignore[attr-defined]
            "/api/v1/contacts",
            json={"name": name, "phones": ["+14155550123"], "shared": shared},
        )
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    mine = [add(alice, f"Alice Friend {n}") for n in range(3)]
    bobs = add(bob, "Bob Friend")
    shared = [add(admin, f"Supplier {n}", shared=True) for n in range(2)]
    assert _counts(live)[0] == 6

    body = {"filter": {"scope": "personal", "owner_id": o.alice.user_id}, "dry_run": True}
    dry = admin.post(URL, json=body)
    assert dry.status_code == 200, dry.text
    assert dry.json()["count"] == 3 and dry.json()["receipt_id"] is None
    everyone = admin.post(URL, json={"filter": {"scope": "personal"}}).json()["count"]
    assert everyone == 4
    assert admin.post(URL, json={"filter": {"scope": "all"}}).json()["count"] == 6
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    window = {"scope": "all", "created_since": soon}
    assert admin.post(URL, json={"filter": window}).json()["count"] == 0

    add(alice, "Late Arrival")  # between the dry run and the deletion
    refused = admin.post(URL, json={**body, "dry_run": False, "expected_count": 3})
    assert refused.status_code == 409 and refused.json()["error"]["count"] == 4
    assert _counts(live)[0] == 7

    count = admin.post(URL, json=body).json()["count"]
    done = admin.post(URL, json={**body, "dry_run": False, "expected_count": count})
    assert done.status_code == 200, done.text
    assert done.json()["removed"]["contacts"] == 4
    assert done.json()["removed"]["contact_points"] > 4  # phone and name-prefix indexes
    assert {c["id"] for c in alice.get("/api/v1/contacts").json()["items"]} == set(shared)
    assert all(alice.get(f"/api/v1/contacts/{c}").status_code == 404 for c in mine)
    assert bob.get(f"/api/v1/contacts/{bobs}").status_code == 200
    # No index entry outlives its contact: a look-up finds only what is left.
    found = bob.get("/api/v1/contacts/lookup", params={"phone": "+14155550123"})
    assert found.status_code == 200, found.text
    assert {c["id"] for c in found.json()} == {bobs, *shared}
    with live.container.db.read() as s:
        orphans = s.scalar(
            select(func.count())
            .select_from(ContactPoint)
            .where(ContactPoint.contact_id.not_in(select(Contact.id)))
        )
    assert orphans == 0

    shared_body = {"filter": {"scope": "shared"}, "dry_run": False, "expected_count": 2}
    assert admin.post(URL, json=shared_body).json()["count"] == 2
    assert all(admin.get(f"/api/v1/contacts/{c}").status_code == 404 for c in shared)
    assert _counts(live)[0] == 1

    entries = admin.get("/api/v1/audit", params={"action": "contact.bulk_delete"}).json()
    assert len(entries["entries"]) == 2
    assert "Friend" not in str(entries) and "+1415" not in str(entries)

    for m in (o.alice, o.sup, o.auditor):
        assert live.client(m.token).post(URL, json=body).status_code == 403
    bad = [
        {"filter": {"scope": "shared", "owner_id": o.alice.user_id}},
        {"filter": {"scope": "personal", "owner_id": office(live, "globex").alice.user_id}},
        {"filter": {"scope": "everything"}},
        {"filter": {}},
    ]
    for b in bad:
        assert admin.post(URL, json=b).status_code == 422, b
