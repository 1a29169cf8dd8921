"""`call.record` refusals, over real sockets and the real database (SQLite and PostgreSQL):
only a party to the answered call may ask, another workspace's call is not found, a bad
message is named, and an engine without recording taps (the in-memory one) says so and
leaves no recording row. Recording itself runs through the media process in
tests/e2e/test_live_calls_served.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callvault.comms.recordings.models import Recording
from callvault.core.permissions import Role
from tests.integration.comms.live.helpers import LiveCallsServer, calls_server, phone
from tests.support import factories as f
from tests.support.live import Member, add_user, create_workspace

pytestmark = pytest.mark.slow


@pytest.fixture
def server(database_url: str, data_dir: Path) -> Iterator[LiveCallsServer]:
    with calls_server(database_url, data_dir) as s:
        yield s


def _members(server: LiveCallsServer, slug: str, count: int) -> list[Member]:
    c = server.container
    owner = create_workspace(c, slug)
    out = [add_user(c, owner, Role.MEMBER) for _ in range(count)]
    for m in out:
        m.token = f.session_token(c, m.workspace_id, m.user_id)[0]
    return out


def test_record_is_refused_unless_a_party_asks_and_the_engine_can(
    server: LiveCallsServer,
) -> None:
    alice, bob, carol = _members(server, "acme", 3)
    (mallory,) = _members(server, "other", 1)
    live = server.live
    with (
        phone(live, alice) as a,
        phone(live, bob) as b,
        phone(live, carol) as c,
        phone(live, mallory) as m,
    ):
        call_id = a.call(bob)
        b.expect("call.incoming", call_id=call_id)
        a.send(type="call.record", call_id=call_id, on=True)
        assert a.expect("call.error", call_id=call_id)["code"] == "not_in_call"  # ringing
        b.answer(call_id)
        a.expect("call.answered", call_id=call_id)
        c.send(type="call.record", call_id=call_id, on=True)
        assert c.expect("call.error", call_id=call_id)["code"] == "not_in_call"
        m.send(type="call.record", call_id=call_id, on=True)
        assert m.expect("call.error", call_id=call_id)["code"] == "call_not_found"
        a.send(type="call.record", call_id=call_id)
        bad = a.expect("call.error", call_id=call_id)
        assert bad["code"] == "bad_message" and "on" in bad["message"], bad
        b.send(type="call.record", call_id=call_id, on=True)
        assert b.expect("call.error", call_id=call_id)["code"] == "recording_unavailable"
        a.quiet("call.recording")
        b.send(type="call.hangup", call_id=call_id)
        a.expect("call.ended", call_id=call_id, reason="completed")
    with server.container.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Recording)) == 0
