"""Voicemail lists page by an opaque cursor over (received_at, id), newest first: messages
arriving between pages (newer, older or at the same instant) never duplicate or skip one."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import office
from tests.integration.comms.voicemail.helpers import deliver
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

LIST = "/api/v1/voicemail/messages"


def test_cursor_pages_are_stable_under_inserts(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    alice = live.client(o.alice.token)
    data = audio.wav_bytes(0.2)

    def message(hour: int, minute: int = 0) -> str:
        at = f"2026-03-02T{hour:02d}:{minute:02d}:00+00:00"
        r = deliver(pbx, o.alice.user_id, data, received_at=at)
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    # Two pairs share an instant: the id breaks the tie.
    before = [message(h) for h in (9, 10, 11, 12, 12, 13, 14, 14)]
    first = alice.get(LIST, params={"limit": 3})
    assert first.status_code == 200
    page1 = first.json()
    assert len(page1["messages"]) == 3 and page1["next_cursor"]

    # Inserts between pages: one newer than everything, one inside the unread part, one at
    # the exact instant of the last row already read.
    newest = message(20)
    middle = message(10, 30)
    same_instant = message(int(page1["messages"][-1]["received_at"][11:13]))

    seen = [m["id"] for m in page1["messages"]]
    cursor = page1["next_cursor"]
    while cursor:
        page = alice.get(LIST, params={"limit": 3, "cursor": cursor}).json()
        seen += [m["id"] for m in page["messages"]]
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen))  # no duplicates
    assert set(before) <= set(seen)  # no gaps
    assert newest not in seen and middle in seen
    times = [
        (m["received_at"], m["id"])
        for m in alice.get(LIST, params={"limit": 200}).json()["messages"]
    ]
    assert times == sorted(times, reverse=True)
    # The same-instant insert lands before or after the position, never breaking the walk.
    assert same_instant in seen or (same_instant > page1["messages"][-1]["id"])

    # Filters hold across pages; a full page at the end gives no dangling cursor.
    unread = alice.get(LIST, params={"limit": 11, "unread": "true"}).json()
    assert len(unread["messages"]) == 11 and unread["next_cursor"] is None
    for bad in ("nope", "Yzp8eHx4", "x" * 201):
        r = alice.get(LIST, params={"cursor": bad})
        assert r.status_code == 422, bad
