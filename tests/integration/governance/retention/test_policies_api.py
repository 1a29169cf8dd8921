"""The admin API: read, preview and save policies; bad or conflicting policies answer 422
with a stable code, save nothing and delete nothing."""

from __future__ import annotations

from typing import Any

import pytest

from callvault.core.permissions import Role
from callvault.retention_clock.data_types import DataType as T
from tests.integration.governance.retention import helpers as h
from tests.support import factories as f
from tests.support.live import LiveServer, add_user, create_workspace, sign_in

BAD: list[tuple[dict[str, Any], str]] = [
    ({"calls": 0}, "invalid_retention_policy"),
    ({"calls": -5}, "invalid_retention_policy"),
    ({"calls": 10_000_000}, "invalid_retention_policy"),
    ({"audit_log": 30}, "invalid_retention_policy"),  # below the audit log's minimum
    ({"everything": 30}, "invalid_retention_policy"),
    ({"calls": "30"}, "invalid_input"),
    ({"calls": 1.5}, "invalid_input"),
    ({"calls": True}, "invalid_input"),
    ({"calls": 30, "recordings": 90, "transcripts": 30}, "retention_conflict"),
    ({"calls": 30}, "retention_conflict"),  # recordings would be kept forever
    ({"chat_messages": 7, "chat_attachments": 8}, "retention_conflict"),
    ({"voicemail": 10, "transcripts": 20}, "retention_conflict"),
]


@pytest.fixture
def admin(live: LiveServer) -> Any:
    owner = create_workspace(live.container, f.unique("api"))
    auditor = add_user(live.container, owner, Role.AUDITOR)
    sign_in(live, owner)
    sign_in(live, auditor)
    return live.client(owner.token), live.client(auditor.token), owner


def test_bad_policies_are_refused_and_delete_nothing(live: LiveServer, admin: Any) -> None:
    api, _, owner = admin
    c = live.container
    shop = h.shop(c, workspace_id=owner.workspace_id)
    old = h.call(c, shop)
    h.age(c, T.CALLS, old)
    assert api.put("/api/v1/retention/policies", json={"policies": {"audit_log": 400}}).is_success
    for changes, code in BAD:
        for method, path in (("POST", "/retention/preview"), ("PUT", "/retention/policies")):
            r = api.request(method, f"/api/v1{path}", json={"policies": changes})
            assert r.status_code == 422, (changes, r.text)
            if code != "invalid_input":
                assert r.json()["error"]["code"] == code, (changes, r.text)
    policies = api.get("/api/v1/retention/policies").json()["policies"]
    assert policies["audit_log"] == 400 and policies["calls"] is None
    assert h.present(c, T.CALLS, [old]) == {old}


def test_preview_then_save_then_status(live: LiveServer, admin: Any) -> None:
    api, auditor, owner = admin
    c = live.container
    shop = h.shop(c, workspace_id=owner.workspace_id)
    old = h.call(c, shop)
    h.age(c, T.CALLS, old)
    change = {"policies": {"calls": 30, "recordings": 30, "transcripts": 30}}

    r = api.post("/api/v1/retention/preview", json=change)
    assert r.status_code == 200, r.text
    assert r.json()["would_delete"]["calls"] == 1 and r.json()["total"] == 1
    assert api.get("/api/v1/retention/policies").json()["policies"]["calls"] is None

    r = api.put("/api/v1/retention/policies", json=change)
    assert r.status_code == 200 and r.json()["policies"]["calls"] == 30
    assert api.get(f"/api/v1/calls/{old}").status_code == 404  # hidden at once
    status = auditor.get("/api/v1/retention/status").json()
    assert status["items_past_retention"]["calls"] == 1
    assert auditor.put("/api/v1/retention/policies", json=change).status_code == 403

    # Back to "keep until deleted": nothing is past retention any more.
    r = api.put(
        "/api/v1/retention/policies",
        json={"policies": {"calls": None, "recordings": None, "transcripts": None}},
    )
    assert r.status_code == 200 and r.json()["policies"]["calls"] is None
    assert api.get(f"/api/v1/calls/{old}").status_code == 200


def test_refusals_name_data_as_the_page_does(admin: Any) -> None:
    api, _, _ = admin
    r = api.put("/api/v1/retention/policies", json={"policies": {"audit_log": 30}})
    assert r.json()["error"]["message"].startswith("Retention of audit log must be at least")
    both = {"chat_messages": 7, "chat_attachments": 8}
    r = api.put("/api/v1/retention/policies", json={"policies": both})
    assert r.json()["error"]["message"].startswith(
        "chat attachments cannot be kept longer than chat messages (7 days)"
    ), r.text
