"""GET /api/v1/live/ice-servers: what a device puts in RTCPeerConnection's iceServers. With a
TURN secret, each user gets a time-limited credential of their own that coturn's
use-auth-secret check accepts (the same HMAC, recomputed here); without TURN, STUN only or
nothing. The secret itself never appears in the answer."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from pathlib import Path

from tests.support.live import create_workspace, serving, sign_in

SECRET = "shared-with-coturn-0123456789"


def test_each_user_gets_a_time_limited_turn_credential(database_url: str, data_dir: Path) -> None:
    with serving(
        database_url,
        data_dir,
        media_ice_servers=("stun:127.0.0.1:3478", "turn:127.0.0.1:3478?transport=udp"),
        media_turn_secret=SECRET,
        media_turn_ttl_seconds=600,
    ) as live:
        owner = create_workspace(live.container, "ice")
        r = live.client(sign_in(live, owner)).get("/api/v1/live/ice-servers")
        assert r.status_code == 200, r.text
        assert SECRET not in r.text
        body = r.json()
        stun, turn = body["ice_servers"]
        assert stun == {"urls": ["stun:127.0.0.1:3478"], "username": None, "credential": None}
        assert turn["urls"] == ["turn:127.0.0.1:3478?transport=udp"]
        expiry, user = turn["username"].split(":")
        assert user == owner.user_id
        assert 0 < int(expiry) - time.time() <= 600
        digest = hmac.new(SECRET.encode(), turn["username"].encode(), hashlib.sha1).digest()
        assert turn["credential"] == base64.b64encode(digest).decode()
        assert body["expires_at"] is not None


def test_without_turn_a_device_gets_what_is_configured(database_url: str, data_dir: Path) -> None:
    with serving(database_url, data_dir) as live:
        owner = create_workspace(live.container, "noice")
        r = live.client(sign_in(live, owner)).get("/api/v1/live/ice-servers")
        assert r.status_code == 200, r.text
        assert r.json() == {"ice_servers": [], "expires_at": None}
        assert live.client().get("/api/v1/live/ice-servers").status_code == 401
