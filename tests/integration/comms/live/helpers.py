"""Live-call fixtures: a real server whose media engine is the in-memory one (built through
the container's `live_media` factory, as the aiortc engine will be), and a device client
(a real WebSocket, signed in) with helpers to send signaling messages and await replies."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from callvault.wiring import Container
from tests.integration.comms.chat.helpers import socket
from tests.support.live import LiveServer, Member, live_server, scratch_container
from tests.support.media_engine import EngineBox, MemoryEngine, offer
from tests.support.wss import WssClient


@dataclass
class LiveCallsServer:
    live: LiveServer
    box: EngineBox

    @property
    def engine(self) -> MemoryEngine:
        return self.box.get()

    @property
    def container(self) -> Container:
        return self.live.container


@contextmanager
def calls_server(
    database_url: str, data_dir: Path, **settings: object
) -> Iterator[LiveCallsServer]:
    box = EngineBox()
    with (
        scratch_container(database_url, data_dir, **settings) as c,
        live_server(replace(c, live_media=box)) as live,
    ):
        yield LiveCallsServer(live, box)


@dataclass
class Phone:
    """One device: a signed-in socket; `seen` keeps what arrived while waiting for another."""

    ws: WssClient
    member: Member
    seen: list[dict[str, Any]] = field(default_factory=list)

    def send(self, **message: Any) -> None:
        self.ws.send(json.dumps(message))

    def invite(
        self,
        to: Member | None = None,
        *,
        group_id: str | None = None,
        ref: str = "r1",
        sdp: str | None = None,
    ) -> None:
        target = {"group_id": group_id} if group_id else {"user_id": to.user_id if to else ""}
        self.send(type="call.invite", client_ref=ref, to=target, sdp=sdp or offer("caller"))

    def call(self, to: Member | None = None, *, group_id: str | None = None) -> str:
        """Invite and wait for call.trying; the new call's id."""
        self.invite(to, group_id=group_id)
        trying = self.expect("call.trying")
        assert self.expect("call.answer_sdp")["call_id"] == trying["call_id"]
        return str(trying["call_id"])

    def answer(self, call_id: str) -> None:
        self.send(type="call.answer", call_id=call_id, sdp=offer("callee"))

    def expect(self, kind: str, *, within: float = 10.0, **match: Any) -> dict[str, Any]:
        """The first message of this type (and these field values), kept or arriving."""
        for i, m in enumerate(self.seen):
            if m.get("type") == kind and all(m.get(k) == v for k, v in match.items()):
                return self.seen.pop(i)
        deadline = time.monotonic() + within
        while (left := deadline - time.monotonic()) > 0:
            try:
                m = json.loads(self.ws.recv(timeout=left))
            except TimeoutError:
                break
            if m.get("type") == "ping":
                continue
            if m.get("type") == kind and all(m.get(k) == v for k, v in match.items()):
                return dict(m)
            self.seen.append(m)
        raise AssertionError(f"no {kind} {match} within {within}s; got {self.seen}")

    def quiet(self, kind: str, *, within: float = 0.5, **match: Any) -> None:
        """Assert no message of this type (and these field values) arrives, or was kept,
        within the time."""
        deadline = time.monotonic() + within
        while (left := deadline - time.monotonic()) > 0:
            try:
                self.seen.append(json.loads(self.ws.recv(timeout=left)))
            except TimeoutError:
                break
        assert not [
            m
            for m in self.seen
            if m.get("type") == kind and all(m.get(k) == v for k, v in match.items())
        ], self.seen


@contextmanager
def phone(live: LiveServer, m: Member) -> Iterator[Phone]:
    with socket(live, m) as ws:
        yield Phone(ws, m)


def call_log(live: LiveServer, m: Member) -> list[dict[str, Any]]:
    r = live.client(m.token).get("/api/v1/calls")
    assert r.status_code == 200, r.text
    calls: list[dict[str, Any]] = r.json()["calls"]
    return calls


def wait_for(predicate: Any, *, within: float = 10.0) -> Any:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")
