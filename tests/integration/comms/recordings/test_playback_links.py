"""Playback links for an `<audio src>`: no bearer needed, range requests work, the link
expires, names one recording only, cannot be forged, and is audited as its requester."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import pytest

from callvault.comms.audio import links
from callvault.web.log_redaction import ACCESS_LOGGER
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import alice_call, upload
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_link_plays_without_a_bearer_and_only_its_recording(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    call_id = alice_call(live, o)
    first, second = audio.wav_bytes(1.0), audio.wav_bytes(1.5, freq=300.0)
    rec = upload(admin, call_id, first).json()["id"]
    other = upload(admin, call_id, second).json()["id"]

    alice = live.client(o.alice.token)  # the callee may play her call's recording
    link = alice.post(f"/api/v1/recordings/{rec}/playback")
    assert link.status_code == 200, link.text
    url, expires = link.json()["url"], link.json()["expires_at"]
    assert url.startswith("/api/v1/recordings/playback/") and expires

    browser = live.client()  # no Authorization header, like an audio element
    whole = browser.get(url)
    assert whole.status_code == 200 and whole.content == first
    for lo, hi in ((0, 43), (100, 9000), (len(first) - 10, len(first) - 1)):
        part = browser.get(url, headers={"range": f"bytes={lo}-{hi}"})
        assert part.status_code == 206 and part.content == first[lo : hi + 1]
    assert browser.get(url, headers={"range": "bytes=-64"}).content == first[-64:]

    token = url.rsplit("/", 1)[1]
    payload, mac = token.split(".")
    forged = links._b64(links._unb64(payload).replace(rec.encode(), other.encode()))
    for bad in (f"{forged}.{mac}", f"{payload}.{mac[:-2]}AA", payload, "x.y", "a" * 2000):
        r = browser.get(f"/api/v1/recordings/playback/{bad}")
        assert r.status_code == 401, bad
        assert r.json()["error"]["code"] == "invalid_playback_link"
    # A recording link is not a voicemail link (bound to its kind as well as its object).
    assert browser.get(f"/api/v1/voicemail/playback/{token}").status_code in (401, 404)

    entries = admin.get(
        "/api/v1/audit", params={"action": "recording.read", "object_id": rec}
    ).json()["entries"]
    assert len(entries) == 5
    assert {e["actor_id"] for e in entries} == {o.alice.user_id}
    assert {e["details"]["via"] for e in entries if e["details"]} == {"link"}

    # Bob (not on the call) gets no link; the auditor no link at all.
    assert live.client(o.bob.token).post(f"/api/v1/recordings/{rec}/playback").status_code == 404
    assert (
        live.client(o.auditor.token).post(f"/api/v1/recordings/{rec}/playback").status_code == 403
    )

    # Deleting the recording makes its link useless.
    assert admin.delete(f"/api/v1/recordings/{rec}").status_code == 200
    assert browser.get(url).status_code == 404


def test_link_expires(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    rec = upload(admin, alice_call(live, o), audio.wav_bytes(0.5)).json()["id"]
    monkeypatch.setattr(links, "LINK_TTL", timedelta(seconds=2))
    url = admin.post(f"/api/v1/recordings/{rec}/playback").json()["url"]
    assert live.client().get(url).status_code == 200
    time.sleep(3.1)
    expired = live.client().get(url)
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "invalid_playback_link"


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_links_never_reach_the_access_log(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    rec = upload(admin, alice_call(live, o), audio.wav_bytes(0.5)).json()["id"]
    url = admin.post(f"/api/v1/recordings/{rec}/playback").json()["url"]
    token = url.rsplit("/", 1)[1]
    logger = logging.getLogger(ACCESS_LOGGER)
    handler, level = Collect(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        assert live.client().get(url, headers={"range": "bytes=0-9"}).status_code == 206
        assert live.client().get(url[:-3] + "abc").status_code == 401
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    served = [line for line in handler.lines if "/playback/" in line]
    assert len(served) == 2, handler.lines
    assert all("/playback/[redacted]" in line for line in served)
    assert not any(token in line or token[:20] in line for line in handler.lines)


@pytest.mark.parametrize("kind", ["recordings", "voicemail"])
def test_non_ascii_tokens_are_refused_not_a_server_error(live: LiveServer, kind: str) -> None:
    browser = live.client()
    for bad in ("ü.ü", "eyJ3IjoiYSJ9.bWFj✓", "✓", "a.%C3%A9%E2%9C%93", "é" * 40 + ".x"):
        r = browser.get(f"/api/v1/{kind}/playback/{bad}")
        assert r.status_code in (401, 404), (bad, r.status_code, r.text)
        assert r.json()["error"]["code"] in ("invalid_playback_link", "not_found")
