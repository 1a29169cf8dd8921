"""GET /api/v1/live/ice-servers: a browser softphone's RTCPeerConnection gets the same STUN/TURN
servers the media engine uses (with the TURN credential), only for roles that call."""

from __future__ import annotations

from pathlib import Path

from callvault.core.permissions import Role
from tests.support import factories as f
from tests.support.live import add_user, create_workspace, serving

PATH = "/api/v1/live/ice-servers"


def test_configured_servers_reach_callers_and_not_auditors(
    database_url: str, data_dir: Path
) -> None:
    with serving(
        database_url,
        data_dir,
        media_ice_servers=("stun:stun.example.test:3478", "turn:turn.example.test:3478"),
        media_turn_username="relay",
        media_turn_credential="s3cret-relay",
    ) as live:
        c = live.container
        owner = create_workspace(c, "ice")
        auditor = add_user(c, owner, Role.AUDITOR)
        token = f.session_token(c, owner.workspace_id, owner.user_id)[0]
        r = live.client(token).get(PATH)
        assert r.status_code == 200, r.text
        assert r.json() == {
            "ice_servers": [
                {"urls": ["stun:stun.example.test:3478"], "username": None, "credential": None},
                {
                    "urls": ["turn:turn.example.test:3478"],
                    "username": "relay",
                    "credential": "s3cret-relay",
                },
            ],
            "expires_at": None,  # a fixed credential (no TURN secret set)
        }
        denied = live.client(f.session_token(c, owner.workspace_id, auditor.user_id)[0]).get(PATH)
        assert denied.status_code == 403, denied.text
        assert "s3cret" not in denied.text
        assert live.client().get(PATH).status_code == 401


def test_nothing_configured_means_host_candidates_only(database_url: str, data_dir: Path) -> None:
    with serving(database_url, data_dir) as live:
        owner = create_workspace(live.container, "ice0")
        token = f.session_token(live.container, owner.workspace_id, owner.user_id)[0]
        r = live.client(token).get(PATH)
        assert r.status_code == 200, r.text
        assert r.json() == {"ice_servers": [], "expires_at": None}
