"""Who sees which contact: personal contacts their owner only (admins included in "others"),
shared contacts everyone but auditors, changed by admins; another workspace sees nothing."""

from __future__ import annotations

import pytest

from tests.integration.comms.contacts.helpers import API, create, names, team
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_personal_and_shared_visibility_per_role(live: LiveServer) -> None:
    t = team(live)
    shared = create(t["admin"], name="Front Desk", phones=["+44 20 7946 0100"], shared=True)
    mine = create(t["member"], name="Private Person", phones=["+44 20 7946 0101"])
    assert shared["shared"] is True and shared["owner_id"] is None

    assert names(t["member"]) == ["Front Desk", "Private Person"]
    assert names(t["member"], scope="mine") == ["Private Person"]
    assert names(t["member"], scope="shared") == ["Front Desk"]
    for other in ("owner", "admin", "supervisor", "member2"):
        assert names(t[other]) == ["Front Desk"], other
        assert names(t[other], q="private") == [], other
        for method in ("GET", "PATCH", "DELETE"):
            body = {"name": "X"} if method == "PATCH" else None
            r = t[other].request(method, f"{API}/{mine['id']}", json=body)
            assert r.status_code == 404, (other, method, r.text)
            assert "Private" not in r.text
        found = t[other].get(f"{API}/lookup", params={"phone": "+442079460101"}).json()
        assert found == [], other
    assert [c["id"] for c in t["member"].get(f"{API}/lookup?phone=%2B442079460101").json()] == [
        mine["id"]
    ]

    r = t["auditor"].get(API)
    assert r.status_code == 403 and "Front" not in r.text
    assert t["auditor"].get(f"{API}/{shared['id']}").status_code == 403
    assert t["auditor"].get(f"{API}/export").status_code == 403
    assert t["auditor"].post(API, json={"name": "A"}).status_code == 403

    # Shared contacts: everyone reads them, only admins and owners change them.
    for reader in ("supervisor", "member"):
        assert t[reader].get(f"{API}/{shared['id']}").status_code == 200
        r = t[reader].patch(f"{API}/{shared['id']}", json={"name": "Hacked"})
        assert r.status_code == 403, reader
        assert t[reader].delete(f"{API}/{shared['id']}").status_code == 403
        assert t[reader].post(API, json={"name": "S", "shared": True}).status_code == 403
    assert t["owner"].patch(f"{API}/{shared['id']}", json={"notes": "ext 100"}).status_code == 200
    assert t["member"].get(f"{API}/{shared['id']}").json()["notes"] == "ext 100"

    # Exports: your own personal contacts; the shared directory only for admins.
    member_csv = t["member"].get(f"{API}/export", params={"format": "csv"})
    assert member_csv.status_code == 200
    assert "Private Person" in member_csv.text and "Front Desk" not in member_csv.text
    assert t["member"].get(f"{API}/export", params={"scope": "shared"}).status_code == 403
    admin_csv = t["admin"].get(f"{API}/export").text
    assert "Front Desk" in admin_csv and "Private Person" not in admin_csv

    assert t["admin"].delete(f"{API}/{shared['id']}").status_code == 200
    assert names(t["member"]) == ["Private Person"]


def test_another_workspace_sees_nothing(live: LiveServer) -> None:
    a = team(live, "alpha")
    b = team(live, "beta")
    shared = create(a["admin"], name="Alpha Desk", emails=["desk@alpha.example"], shared=True)
    for who in ("owner", "member"):
        client = b[who]
        for method in ("GET", "PATCH", "DELETE"):
            body = {"name": "X"} if method == "PATCH" else None
            r = client.request(method, f"{API}/{shared['id']}", json=body)
            assert r.status_code == 404 and "Alpha" not in r.text
        assert names(client) == []
        assert client.get(f"{API}/lookup", params={"email": "desk@alpha.example"}).json() == []
        assert "Alpha" not in client.get(f"{API}/export").text
    assert a["member"].get(f"{API}/{shared['id']}").status_code == 200
