"""GET /api/v1/calls: every filter, and cursor pagination that stays exact while calls are
inserted between pages."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.integration.comms.calls.helpers import (
    answered,
    at,
    ended,
    full_call,
    office,
    seed,
    started,
)
from tests.support import factories as f
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def ids(client: httpx.Client, **params: Any) -> set[str]:
    r = client.get("/api/v1/calls", params={"limit": 200, **params})
    assert r.status_code == 200, r.text
    assert r.json()["next_cursor"] is None
    return {c["id"] for c in r.json()["calls"]}


def test_every_filter(live: LiveServer) -> None:
    o = office(live)
    c, ws = live.container, o.owner.workspace_id
    alice, bob = {"user_id": o.alice.user_id}, {"user_id": o.bob.user_id}
    a = full_call(
        c,
        ws,
        minute=0,
        talk=1,
        caller=alice,
        callee={"number": "+14155550100"},
        direction="outbound",
        tags=["vip"],
    )
    b = full_call(c, ws, minute=60, talk=10, caller={"number": "+14155550100"}, callee=bob)
    i = full_call(
        c,
        ws,
        minute=120,
        talk=3,
        caller=alice,
        callee=bob,
        direction="internal",
        tags=["vip", "support"],
    )
    ext = f.unique("m")
    m = seed(
        c,
        ws,
        [
            started(ext, minute=180, caller={"number": "+442079460958"}, callee=alice),
            ended(ext, minute=181, disposition="missed"),
        ],
    )[0]
    admin = live.client(o.admin.token)
    assert ids(admin) == {a, b, i, m}
    assert ids(admin, since=at(60), until=at(180)) == {b, i}
    assert ids(admin, user_id=o.alice.user_id) == {a, i, m}
    assert ids(admin, user_id=o.bob.user_id) == {b, i}
    assert ids(admin, number="+1 (415) 555-0100") == {a, b}  # caller or callee, any format
    assert ids(admin, number="+442079460958") == {m}
    assert ids(admin, number="+12025550123") == set()
    assert ids(admin, direction="internal") == {i}
    assert ids(admin, direction="inbound") == {b, m}
    assert ids(admin, disposition="missed") == {m}
    assert ids(admin, min_duration=200) == {b, i}
    assert ids(admin, max_duration=90) == {a, m}
    assert ids(admin, min_duration=100, max_duration=300) == {i}
    assert ids(admin, tag="VIP") == {a, i}
    assert ids(admin, tag="support", direction="internal", user_id=o.bob.user_id) == {i}
    assert ids(admin, contact_id="00000000-0000-7000-8000-000000000000") == set()
    page = admin.get("/api/v1/calls").json()["calls"]
    assert [x["id"] for x in page] == [m, i, b, a]  # newest first
    assert all(x["notes"] is None for x in page)  # notes only when one call is read

    bad = [
        {"number": "not a number"},
        {"number": "+1"},
        {"since": "2026-03-02T09:00:00"},  # naive
        {"since": at(10), "until": at(5)},
        {"min_duration": 10, "max_duration": 5},
        {"min_duration": -1},
        {"direction": "sideways"},
        {"tag": "<script>"},
        {"user_id": "1 OR 1=1"},
        {"limit": 0},
        {"limit": 201},
        {"cursor": "bm9wZQ"},
        {"cursor": "' OR ''='"},
    ]
    for params in bad:
        r = admin.get("/api/v1/calls", params=params)
        assert r.status_code == 422, (params, r.text)
        assert "1 OR 1=1" not in r.text and "not a number" not in r.text


def test_cursor_pagination_with_concurrent_inserts(live: LiveServer) -> None:
    o = office(live)
    c, ws = live.container, o.owner.workspace_id
    events = []
    for n in range(300):
        ext = f.unique("p")
        # Several calls share a start time: the id breaks the tie.
        events += [started(ext, minute=n // 3), answered(ext, minute=n // 3 + 0.1)]
    existing = set(seed(c, ws, events))
    assert len(existing) == 300
    admin = live.client(o.admin.token)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 37}
        if cursor:
            params["cursor"] = cursor
        body = admin.get("/api/v1/calls", params=params).json()
        seen += [x["id"] for x in body["calls"]]
        pages += 1
        # Between pages: newer calls, older calls, and calls at the very same start time.
        newer = f.unique("new")
        older = f.unique("old")
        same = f.unique("same")
        seed(
            c,
            ws,
            [
                started(newer, minute=10_000 + pages),
                started(older, minute=-1000 - pages),
                started(same, minute=50),
            ],
        )
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)), "a call appeared twice"
    assert existing <= set(seen), "a call that existed throughout was skipped"
    assert pages >= 9
    starts = [
        x["started_at"] for x in admin.get("/api/v1/calls", params={"limit": 200}).json()["calls"]
    ]
    assert starts == sorted(starts, reverse=True)
