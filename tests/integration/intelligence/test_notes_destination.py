"""The notes endpoint cannot be pointed at this server's networks: each URL of the security
probe is refused through the HTTPS API (and nothing changes), and an endpoint stored before
the check, or whose name now resolves elsewhere, is checked again when the notes stage
connects: no request leaves, the stage degrades with the reason."""

from __future__ import annotations

import json

import pytest

from callvault.intelligence.models import IntelligenceSettings
from callvault.wiring import Container
from tests.integration.intelligence.helpers import call_to, office
from tests.integration.intelligence.test_notes_endpoint import _reanalyse, _stage
from tests.support import factories as f
from tests.support.fake_llm import Script, fake_llm
from tests.support.live import live_server
from tests.support.vi_factories import seed_transcript

PROBED = [
    "https://localhost.attacker.example/v1",
    "https://127.0.0.1.nip.io/v1",
    "http://169.254.169.254/latest",
    "https://169.254.169.254/latest",
    "https://[fd00:ec2::254]/v1",
    "http://127.0.0.1:5432",
    "http://localhost:11434/v1",
]


def test_probed_urls_are_refused(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    with live_server(c) as live:
        owner = live.client(f.session_token(c, ws, o.owner.user_id)[0])
        before = owner.get("/api/v1/intelligence/settings").json()
        for url in [*PROBED, f"http://127.0.0.1:{c.settings.port}/v1"]:
            r = owner.patch(
                "/api/v1/intelligence/settings", json={"llm_base_url": url, "llm_model": "m"}
            )
            assert r.status_code == 422, (url, r.text)
            assert r.json()["error"]["code"] == "invalid_intelligence_settings"
            assert "refused" in r.json()["error"]["message"]
        assert owner.get("/api/v1/intelligence/settings").json() == before
        # A model server on this machine, named by its address, is still fine.
        ok = owner.patch(
            "/api/v1/intelligence/settings",
            json={"llm_base_url": "http://127.0.0.1:11434/v1", "llm_model": "m"},
        )
        assert ok.status_code == 200, ok.text


@pytest.mark.slow
def test_checked_again_when_connecting(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    seed_transcript(c, ws, "call", call_id)
    script = Script(content=json.dumps({"summary": [{"text": "x", "utterances": [0]}]}))
    with fake_llm(script) as url:
        port = url.rsplit(":", 1)[1]
        with c.db.write() as s:  # as a row saved before the check existed would hold it
            row = s.get(IntelligenceSettings, ws)
            assert row is not None
            row.llm_base_url, row.llm_model = f"http://localhost:{port}", "local-model"
        _reanalyse(c, ws, call_id)
    assert script.received == []
    state, reason = _stage(c, ws, call_id, "analyse")
    assert state == "degraded" and reason and "endpoint refused" in reason
