"""The workspace setting hide_flagged (ADR 0019): on by default, saved through the API and
audited like the other voice-intelligence settings. Bad values are refused with the others
(test_voicemail_and_access); the pipeline's side is in test_redaction_holds."""

from __future__ import annotations

import pytest

from callvault.wiring import Container
from tests.support import factories as f
from tests.support.live import create_workspace, live_server

pytestmark = pytest.mark.slow


def test_hiding_is_on_by_default_and_a_change_is_saved_and_audited(container: Container) -> None:
    owner = create_workspace(container, "vi-hide-setting")
    with live_server(container) as live:
        client = live.client(f.session_token(container, owner.workspace_id, owner.user_id)[0])
        assert client.get("/api/v1/intelligence/settings").json()["hide_flagged"] is True
        r = client.patch("/api/v1/intelligence/settings", json={"hide_flagged": False})
        assert r.status_code == 200, r.text
        assert r.json()["hide_flagged"] is False
        got = client.get("/api/v1/intelligence/settings").json()
        assert got["hide_flagged"] is False and got["fail_closed_digits"] is True  # only it
        entries = client.get(
            "/api/v1/audit", params={"action": "intelligence.settings.update"}
        ).json()["entries"]
    assert entries and "hide_flagged" in str(entries[0]), entries
