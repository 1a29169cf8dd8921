"""Drives callvault through its public surface, as a deployment would be used: a scratch
installation (SQLite file, its own data directory, a real HTTPS server on loopback), a
workspace with voice intelligence on and every PII type it offers, the agent added as a user
and the customer as a shared contact, each call posted as PBX events with its two one-party
recordings uploaded, the job queue worked until every stage has ended, and the outputs read
back over the API (redacted and raw transcript, notes, sentiment, stage status)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

# The test support (a live server over a container) of the same checkout as the product under
# test: CALLVAULT_SRC's (--compare), whose wiring it is written against, else this one's. The
# speech support `audio` imported already is this checkout's (the calls are), so the other
# checkout's `tests` package is loaded afresh.
ROOT = (
    Path(os.environ["CALLVAULT_SRC"]).parent
    if os.environ.get("CALLVAULT_SRC")
    else Path(__file__).resolve().parents[3]
)
if os.environ.get("CALLVAULT_SRC"):
    for _name in [m for m in sys.modules if m == "tests" or m.startswith("tests.")]:
        del sys.modules[_name]
sys.path.insert(0, str(ROOT))

from audio import CallAudio  # noqa: E402
from script import Parsed  # noqa: E402
from tests.support.live import (  # noqa: E402
    LiveServer,
    Member,
    add_user,
    create_workspace,
    live_server,
    make_container,
    sign_in,
)

from callvault.core.permissions import Role  # noqa: E402
from callvault.db.migrate import upgrade  # noqa: E402
from callvault.jobs.context import JobContext  # noqa: E402
from callvault.jobs.registry import Handler, HandlerRegistry  # noqa: E402
from callvault.jobs.worker import Worker  # noqa: E402

# Every type the product has (as a user testing redaction would switch on).
ENTITY_TYPES = [
    "card_number",
    "card_expiry",
    "card_security_code",
    "bank_account",
    "routing_number",
    "ssn",
    "member_id",
    "phone",
    "email",
    "date_of_birth",
    "address",
    "person",
]
FINAL = {"done", "failed"}


@dataclass
class Outputs:
    call_id: str
    status: dict[str, Any]
    redacted: dict[str, Any] | None
    raw: dict[str, Any] | None
    notes: dict[str, Any] | None
    sentiment: dict[str, Any] | None
    pipeline_s: float  # worker time spent on this call's jobs
    cpu_s: float
    call_date: dt.date
    redacted_audio: dict[str, str]  # party -> WAV file of the rendition a member hears
    verification: dict[str, Any] | None = None  # GET …/verification (absent in older runs)
    stage_s: dict[str, list[float]] | None = None  # stage -> [wall s, CPU s] of its jobs


def _get(client: httpx.Client, path: str, **params: str) -> dict[str, Any] | None:
    r = client.get(path, params=params)
    if r.status_code != 200:
        print(f"  ! GET {path} {params}: {r.status_code} {r.text[:200]}")
        return None
    out: dict[str, Any] = r.json()
    return out


class Installation:
    def __init__(self, live: LiveServer, owner: Member, scratch: Path) -> None:
        self.live = live
        self.scratch = scratch
        self.owner = owner
        self.api = live.client(owner.token)
        self.worker = Worker(live.container.db, live.container.jobs)
        self.stage_s: dict[str, list[float]] = {}
        _time_stages(live.container.jobs, self.stage_s)
        self._n = 0
        r = self.api.patch(
            "/api/v1/intelligence/settings",
            json={"enabled": True, "entity_types": ENTITY_TYPES},
        )
        r.raise_for_status()

    def _party_ids(self, parsed: Parsed) -> tuple[Member, str]:
        """The agent as a workspace user (a member, signed in) and the customer as a shared
        contact."""
        c = self.live.container
        agent = add_user(c, self.owner, Role.MEMBER, name=parsed.call.agent)
        sign_in(self.live, agent)
        r = self.api.post(
            "/api/v1/contacts",
            json={"name": parsed.call.customer, "shared": True, "company": None},
        )
        r.raise_for_status()
        return agent, str(r.json()["id"])

    def run_call(self, parsed: Parsed, audio: CallAudio, *, timeout_s: float = 900) -> Outputs:
        self._n += 1
        agent, contact_id = self._party_ids(parsed)
        user_id = agent.user_id
        # Dated now (minutes ago), as a live deployment would see it: the notes resolve "on
        # Friday" against the day they run, so the scorer resolves the script's days likewise.
        begun = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=20)
        ended = begun + dt.timedelta(seconds=int(audio.seconds))
        ext = f"{parsed.call.id}-{time.monotonic_ns()}"
        events: list[dict[str, Any]] = [
            {
                "type": "call.started",
                "external_call_id": ext,
                "occurred_at": begun.isoformat(),
                "direction": "inbound",
                "caller": {"contact_id": contact_id},
                "callee": {"user_id": user_id},
            },
            {"type": "call.answered", "external_call_id": ext, "occurred_at": begun.isoformat()},
            {
                "type": "call.ended",
                "external_call_id": ext,
                "occurred_at": ended.isoformat(),
                "disposition": "answered",
                "recorded": True,
            },
        ]
        call_id = ""
        for e in events:
            r = self.api.post("/api/v1/calls/events", json=e)
            r.raise_for_status()
            call_id = r.json()["call_id"]
        recordings: dict[str, str] = {}
        for party, path in (("caller", audio.customer), ("callee", audio.agent)):
            r = self.api.post(
                f"/api/v1/calls/{call_id}/recordings",
                params={"party": party},
                content=path.read_bytes(),
                headers={"content-type": "audio/wav"},
            )
            r.raise_for_status()
            recordings[party] = str(r.json()["id"])
        self.stage_s.clear()
        spent, cpu = self._work(call_id, timeout_s)
        stage_s = {k: [round(v[0], 2), round(v[1], 2)] for k, v in self.stage_s.items()}
        base = f"/api/v1/calls/{call_id}"
        status = _get(self.api, f"{base}/intelligence") or {}
        # What a member hears: the agent (a member) gets the redacted rendition.
        heard_by_member = self.live.client(agent.token)
        redacted_audio: dict[str, str] = {}
        for party, rid in recordings.items():
            r = heard_by_member.get(f"/api/v1/recordings/{rid}/audio")
            if r.status_code == 200:
                path = self.scratch / f"{call_id}-{party}-redacted.wav"
                path.write_bytes(r.content)
                redacted_audio[party] = str(path)
            else:
                print(f"  ! redacted audio of {party}: {r.status_code} {r.text[:200]}")
        return Outputs(
            call_id=call_id,
            status=status,
            redacted=_get(self.api, f"{base}/transcript"),
            raw=_get(self.api, f"{base}/transcript", view="raw"),
            notes=_get(self.api, f"{base}/notes"),
            sentiment=_get(self.api, f"{base}/sentiment"),
            pipeline_s=spent,
            cpu_s=cpu,
            call_date=begun.date(),
            redacted_audio=redacted_audio,
            verification=_get(self.api, f"{base}/verification"),
            stage_s=stage_s,
        )

    def _work(self, call_id: str, timeout_s: float) -> tuple[float, float]:
        """Run queued jobs until every stage of the call has ended; worker wall and CPU time."""
        spent = cpu = 0.0
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            t0, c0 = time.perf_counter(), time.process_time()
            ran = self.worker.run_once()
            if ran:
                spent += time.perf_counter() - t0
                cpu += time.process_time() - c0
                continue
            r = self.api.get(f"/api/v1/calls/{call_id}/intelligence")
            if r.status_code == 200:
                stages = r.json()["stages"]
                if stages and all(s["state"] in FINAL for s in stages):
                    return spent, cpu
            time.sleep(0.2)
        raise TimeoutError(f"call {call_id}: pipeline did not finish in {timeout_s} s")


def _time_stages(registry: HandlerRegistry, into: dict[str, list[float]]) -> None:
    """Wrap the pipeline's stage handlers so each adds its wall and CPU seconds to into
    (where a call's pipeline time goes)."""
    for kind in sorted(registry.kinds()):
        if not kind.startswith("vi."):
            continue
        spec = registry.get(kind)
        assert spec is not None

        def timed(ctx: JobContext, handler: Handler = spec.handler, stage: str = kind[3:]) -> None:
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                handler(ctx)
            finally:
                spent = into.setdefault(stage, [0.0, 0.0])
                spent[0] += time.perf_counter() - t0
                spent[1] += time.process_time() - c0

        registry._specs[kind] = dataclasses.replace(spec, handler=timed)  # bench-only hook


@contextmanager
def installation() -> Iterator[Installation]:
    with tempfile.TemporaryDirectory(prefix="callvault-realistic-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'callvault.db'}"
        upgrade(url)
        c = make_container(url, Path(tmp) / "data", vi_settle_seconds=1)
        try:
            owner = create_workspace(c, "realistic", name="Realistic Calls Ltd")
            with live_server(c) as live:
                sign_in(live, owner)
                yield Installation(live, owner, Path(tmp))
        finally:
            c.close()
