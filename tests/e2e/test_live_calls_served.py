"""Live calls through a real `callvault serve` (ADR 0022, 0023): two Python softphones (signed-in
WebSocket + aiortc peer connection) on different web processes call each other; their audio
goes through the media process the supervisor started, and the call lands in the call log.
Killed mid-call, the media process ends the call cleanly and is back for the next one."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import sqlite3
import time
from pathlib import Path

import aioice.ice
import av
import httpx
import numpy as np
import pytest

from tests.e2e.live_clients import Person, Softphone, call_entry, people, softphone_on
from tests.integration.media.peers import dominant_hz
from tests.support.serve_process import Serve, serving

pytestmark = pytest.mark.slow

A_HZ, B_HZ = 440.0, 1200.0


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


def _recording_rows(serve: Serve) -> int:
    with sqlite3.connect(serve.data_dir / "callvault.db") as db:
        return int(db.execute("select count(*) from recordings").fetchone()[0])


async def _phones(serve: Serve, a: Person, b: Person) -> tuple[Softphone, Softphone]:
    caller, pid = await softphone_on(serve, a, A_HZ)
    callee, _ = await softphone_on(serve, b, B_HZ, avoid=pid)
    return caller, callee


async def _connected_call(caller: Softphone, callee: Softphone, b: Person) -> str:
    call_id = await caller.invite(b)
    await callee.answer(call_id)
    await caller.expect("call.answered", call_id=call_id)
    # Each hears the other's tone, carried by the media process (not peer to peer).
    await asyncio.gather(callee.hears(A_HZ), caller.hears(B_HZ))
    return call_id


def test_two_people_on_different_processes_hear_each_other(tmp_path: Path) -> None:
    with serving(tmp_path, processes=2, media_host_addresses='["127.0.0.1"]') as serve:
        a, b = people(serve)

        async def run() -> tuple[str, float, float]:
            caller, callee = await _phones(serve, a, b)
            try:
                call_id = await caller.invite(b)
                answering = time.monotonic()
                await callee.answer(call_id)
                await caller.expect("call.answered", call_id=call_id)
                answered = time.monotonic()
                await asyncio.gather(callee.hears(A_HZ), caller.hears(B_HZ))
                await asyncio.sleep(max(0.0, 3.0 - (time.monotonic() - answered)))
                await caller.send(type="call.hangup", call_id=call_id)
                talked = time.monotonic() - answered
                for phone in (caller, callee):
                    await phone.expect("call.ended", call_id=call_id, reason="completed")
                return call_id, talked, time.monotonic() - answering
            finally:
                await caller.close()
                await callee.close()

        call_id, talked, at_most = asyncio.run(run())
        for person in (a, b):
            entry = call_entry(serve, person.token, call_id)
            assert entry["state"] == "ended", entry
            assert entry["disposition"] == "answered", entry
            assert entry["direction"] == "internal", entry
            assert entry["caller"]["user_id"] == a.user_id, entry
            assert entry["callee"]["user_id"] == b.user_id, entry
            assert entry["talk_seconds"] is not None
            # The server's answer and end lie between what the phones saw: after the answer
            # was sent and before call.answered came, after the hang-up was sent and before
            # call.ended came (a loaded machine's lags widen the outer bound, never the inner).
            # Whole seconds, rounded.
            assert talked - 0.5 <= entry["talk_seconds"] <= at_most + 0.5, (entry, talked, at_most)


def test_media_process_killed_mid_call_ends_it_and_the_next_call_works(tmp_path: Path) -> None:
    with serving(tmp_path, processes=2, media_host_addresses='["127.0.0.1"]') as serve:
        a, b = people(serve)
        media = serve.media_pid()

        async def killed() -> str:
            caller, callee = await _phones(serve, a, b)
            try:
                call_id = await _connected_call(caller, callee, b)
                await _toggle(callee, caller, call_id, on=True, by=b)
                await callee.hears(A_HZ)  # the recording has audio in it
                os.kill(media, signal.SIGKILL)
                for phone in (caller, callee):
                    ended = await phone.expect("call.ended", call_id=call_id)
                    assert ended["reason"] == "failed", ended
                return call_id
            finally:
                await caller.close()
                await callee.close()

        call_id = asyncio.run(killed())
        with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=10) as client:
            assert client.get("/readyz").status_code == 200
        entry = call_entry(serve, a.token, call_id)
        assert entry["state"] == "ended" and entry["ended_at"] is not None, entry
        # ADR 0023: a call the engine lost ends `failed`; it was answered and has its times.
        assert entry["disposition"] == "failed", entry
        assert entry["answered_at"] is not None, entry
        assert entry["duration_seconds"] is not None and entry["talk_seconds"] is not None, entry
        # The recording died with the media process: no row (not even 'uploading'), no blob.
        assert entry["recorded"] is False, entry
        assert _recording_rows(serve) == 0
        # (A half-written temporary part of the killed writer may remain, encrypted, for the
        # blob store's part sweep; no blob under the recording's key.)
        blobs = (serve.data_dir / "blobs").rglob("*")
        kept = [p for p in blobs if p.is_file() and "recording" in p.parts]
        assert not [p for p in kept if not p.name.startswith(".")], kept

        serve.media_pid(not_pid=media)

        async def again() -> None:
            caller, callee = await _phones(serve, a, b)
            try:
                call_id = await _retrying_call(caller, callee, b)
                await callee.send(type="call.hangup", call_id=call_id)
                await caller.expect("call.ended", call_id=call_id, reason="completed")
            finally:
                await caller.close()
                await callee.close()

        asyncio.run(again())


async def _retrying_call(caller: Softphone, callee: Softphone, b: Person) -> str:
    """The restarted media process may not have been reached yet: an invite refused with
    media_unavailable is tried again (as a softphone would), anything else fails."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return await _connected_call(caller, callee, b)
        except AssertionError:
            refused = [m for m in caller.seen if m.get("type") == "call.error"]
            if not refused or time.monotonic() > deadline:
                raise
            assert refused[-1]["code"] == "media_unavailable", refused
            caller.seen.clear()
            await asyncio.sleep(0.5)


def test_a_party_records_the_call_one_channel_each(tmp_path: Path) -> None:
    with serving(tmp_path, processes=2, media_host_addresses='["127.0.0.1"]') as serve:
        a, b = people(serve)
        api = serve.client("127.0.0.8", a.token)
        vi = api.patch("/api/v1/intelligence/settings", json={"enabled": True})
        assert vi.status_code == 200, vi.text

        async def run() -> tuple[str, str]:
            caller, callee = await _phones(serve, a, b)
            try:
                call_id = await caller.invite(b)
                # Nothing to record while it rings.
                await caller.send(type="call.record", call_id=call_id, on=True)
                refused = await caller.expect("call.error", call_id=call_id)
                assert refused["code"] == "not_in_call", refused
                await callee.answer(call_id)
                await caller.expect("call.answered", call_id=call_id)
                await asyncio.gather(callee.hears(A_HZ), caller.hears(B_HZ))
                # The callee records, the caller stops it, then records again until hang-up.
                first = await _toggle(callee, caller, call_id, on=True, by=b)
                await asyncio.gather(callee.hears(A_HZ, seconds=3), caller.hears(B_HZ))
                assert await _toggle(caller, callee, call_id, on=False, by=a) == first
                second = await _toggle(caller, callee, call_id, on=True, by=a)
                await asyncio.gather(callee.hears(A_HZ, seconds=2), caller.hears(B_HZ))
                await caller.send(type="call.hangup", call_id=call_id)
                for phone in (caller, callee):
                    await phone.expect("call.ended", call_id=call_id, reason="completed")
                return call_id, [first, second]
            finally:
                await caller.close()
                await callee.close()

        call_id, made = asyncio.run(run())
        entry = call_entry(serve, a.token, call_id)
        assert entry["recorded"] is True, entry
        listed = api.get(f"/api/v1/calls/{entry['id']}/recordings")
        assert listed.status_code == 200, listed.text
        recordings = {r["id"]: r for r in listed.json()["recordings"]}
        assert set(recordings) == set(made), (recordings, made)
        for recording_id, least_s in zip(made, (3, 2), strict=True):
            recording = recordings[recording_id]
            assert recording["duration_ms"] >= least_s * 1000, recording
            assert recording["channels"] == 2 and recording["codec"] == "opus", recording
            assert recording["channel_map"] == ["caller", "callee"], recording
            audio = api.get(f"/api/v1/recordings/{recording_id}/audio")
            assert audio.status_code == 200, audio.text
            channels = _decode(audio.content)
            # Each party's own voice on its channel: the caller's tone on 0, the callee's on 1.
            assert abs(dominant_hz(channels[0], 48_000) - A_HZ) <= 25
            assert abs(dominant_hz(channels[1], 48_000) - B_HZ) <= 25
            assert len(channels[0]) >= 48_000 * least_s
        # The recordings went the way of any other: voice intelligence is queued for the call.
        queued = api.get("/api/v1/jobs")
        assert queued.status_code == 200, queued.text
        assert [j for j in queued.json() if j["kind"].startswith("vi.")], queued.json()


async def _toggle(asker: Softphone, other: Softphone, call_id: str, *, on: bool, by: Person) -> str:
    """Ask for recording on or off; both parties are told; the recording's id."""
    await asker.send(type="call.record", call_id=call_id, on=on)
    told = [await phone.expect("call.recording", call_id=call_id) for phone in (asker, other)]
    assert told[0] == told[1], told
    assert told[0]["recording"] is on and told[0]["by_user_id"] == by.user_id, told
    return str(told[0]["recording_id"])


def _decode(ogg: bytes) -> list[np.ndarray]:
    with av.open(io.BytesIO(ogg)) as container:
        frames = [f.to_ndarray() for f in container.decode(audio=0)]
    planar = np.concatenate(frames, axis=1) if frames[0].ndim == 2 else np.concatenate(frames)
    if planar.shape[0] != 2:  # packed: one row of interleaved samples
        planar = planar.reshape(-1, 2).T
    return [planar[0], planar[1]]
