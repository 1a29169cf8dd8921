"""Playback links are checked again when used: the user who asked must still be active and
still allowed to see the recording or voicemail; otherwise the link answers 404."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import Office, office
from tests.integration.comms.recordings.helpers import alice_call, upload
from tests.integration.comms.voicemail.helpers import deliver, set_greeting
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

SCOPES = ["recordings.read", "calls.read", "calls.read_all"]


def _team_of(live: LiveServer, o: Office) -> str:
    groups = live.client(o.admin.token).get("/api/v1/groups").json()
    [team] = [g["id"] for g in groups if o.sup.user_id in {m["user_id"] for m in g["members"]}]
    return str(team)


def test_recording_link_ends_when_supervisor_leaves_the_team(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    data = audio.wav_bytes(0.5)
    rec = upload(admin, alice_call(live, o), data).json()["id"]
    sup_link = live.client(o.sup.token).post(f"/api/v1/recordings/{rec}/playback")
    alice_link = live.client(o.alice.token).post(f"/api/v1/recordings/{rec}/playback")
    assert sup_link.status_code == 200 and alice_link.status_code == 200
    browser = live.client()
    assert browser.get(sup_link.json()["url"]).content == data

    team = _team_of(live, o)
    assert admin.delete(f"/api/v1/groups/{team}/members/{o.sup.user_id}").status_code in (
        200,
        204,
    )
    gone = browser.get(sup_link.json()["url"], headers={"range": "bytes=0-9"})
    assert gone.status_code == 404
    assert gone.json()["error"]["code"] == "recording_not_found"
    assert browser.get(alice_link.json()["url"]).content == data  # hers still plays

    assert admin.post(f"/api/v1/users/{o.alice.user_id}/disable").status_code == 200
    assert browser.get(alice_link.json()["url"]).status_code == 404
    assert admin.post(f"/api/v1/users/{o.alice.user_id}/enable").status_code == 200
    # Re-enabled, but disabling signed her session out: links it asked for stay dead.
    assert browser.get(alice_link.json()["url"]).status_code == 404


def test_voicemail_links_end_with_the_asker(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    data = audio.wav_bytes(0.5)
    msg = deliver(pbx, o.alice.user_id, data).json()["id"]
    set_greeting(live.client(o.alice.token), o.alice.user_id, data)
    sup = live.client(o.sup.token).post(f"/api/v1/voicemail/messages/{msg}/playback").json()
    mine = live.client(o.alice.token).post(f"/api/v1/voicemail/messages/{msg}/playback").json()
    greeting = live.client(o.alice.token).post(
        f"/api/v1/voicemail/mailboxes/{o.alice.user_id}/greeting/playback"
    )
    assert greeting.status_code == 200, greeting.text
    browser = live.client()
    for url in (sup["url"], mine["url"], greeting.json()["url"]):
        assert browser.get(url).content == data

    team = _team_of(live, o)
    pbx.delete(f"/api/v1/groups/{team}/members/{o.sup.user_id}")
    denied = browser.get(sup["url"])
    assert denied.status_code == 404
    assert denied.json()["error"]["code"] == "voicemail_not_found"
    assert browser.get(mine["url"]).content == data

    assert pbx.post(f"/api/v1/users/{o.alice.user_id}/disable").status_code == 200
    assert browser.get(mine["url"]).status_code == 404
    assert browser.get(greeting.json()["url"]).status_code == 404
    reads = pbx.get("/api/v1/audit", params={"action": "voicemail.read"}).json()["entries"]
    assert len(reads) == 3  # only the plays that were served are audited


def test_api_token_links_end_with_the_token(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    data = audio.wav_bytes(0.5)
    rec = upload(admin, alice_call(live, o), data).json()["id"]
    made = admin.post("/api/v1/tokens", json={"name": "player", "scopes": SCOPES})
    assert made.status_code in (200, 201), made.text
    token, token_id = made.json()["token"], made.json()["id"]
    link = live.client(token).post(f"/api/v1/recordings/{rec}/playback")
    assert link.status_code == 200, link.text
    browser = live.client()
    assert browser.get(link.json()["url"]).content == data
    assert admin.delete(f"/api/v1/tokens/{token_id}").status_code in (200, 204)
    assert browser.get(link.json()["url"]).status_code == 404
