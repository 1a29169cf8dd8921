"""Each media engine (the embedded aiortc one and Janus, `make_engine`) through real aiortc
peers on loopback: DTLS-SRTP legs, the per-call mix, hold, closing, and the offers it
refuses."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

import numpy as np
import pytest

from callvault.media.aiortc_engine import AiortcEngine
from callvault.media.port import InsecureOffer, LegRef, LegState, MediaError
from tests.integration.media.conftest import Engine, EngineFactory, Events
from tests.integration.media.peers import Device, ToneTrack, dominant_hz, rms

pytestmark = pytest.mark.usefixtures("loopback")

A = LegRef("call-1", "a")
B = LegRef("call-1", "b")


async def _open(engine: Engine, device: Device, leg: LegRef) -> None:
    await device.answer(await engine.open_leg(leg, await device.offer()))


async def _heard(device: Device, seconds: float = 1.0) -> tuple[float, float]:
    await asyncio.sleep(0.3)  # let what was queued before drain out
    mark = device.mark()
    await asyncio.sleep(seconds)
    audio = device.since(mark)
    return rms(audio), dominant_hz(audio) if len(audio) else 0.0


def test_a_tone_sent_on_one_leg_is_heard_on_the_other_and_hold_stops_it(
    make_engine: EngineFactory,
) -> None:
    async def scenario() -> None:
        events = Events()
        engine = make_engine(events)
        tone_a, tone_b = ToneTrack(440.0), ToneTrack(0.0)
        alice, bob = Device(tone_a), Device(tone_b)
        try:
            await _open(engine, alice, A)
            await _open(engine, bob, B)
            await events.wait_for(A, LegState.CONNECTED)
            await events.wait_for(B, LegState.CONNECTED)
            # Not joined yet: nothing crosses.
            level, _ = await _heard(bob, 0.6)
            assert level < 50
            embedded = isinstance(engine, AiortcEngine)
            sent = engine._leg(B).out if embedded else None
            before = (sent.forwarded, sent.encoded) if sent is not None else (0, 0)
            await engine.join("call-1", ["a", "b"])
            level, freq = await _heard(bob)
            assert level > 1000, level
            assert abs(freq - 440.0) < 10, freq
            # Alice hears Bob's silence, not her own tone.
            level, _ = await _heard(alice, 0.6)
            assert level < 50
            if sent is not None:
                # Two parties: what each hears goes out as the packets the other sent, not
                # encoded again (only the silence before the first frames arrive is encoded).
                forwarded, encoded = sent.forwarded - before[0], sent.encoded - before[1]
                assert forwarded > 50 and encoded < 10, (forwarded, encoded)
            await engine.hold(B, True)
            level, _ = await _heard(bob, 0.6)
            assert level < 50
            # Held, Bob is not heard either (the tone moves to him for a moment).
            await engine.hold(A, False)  # A is not held: a no-op that must not unhold B
            tone_a.freq, tone_b.freq = 0.0, 660.0
            level, _ = await _heard(alice, 0.6)
            assert level < 50
            tone_a.freq, tone_b.freq = 440.0, 0.0
            await engine.hold(B, False)
            level, freq = await _heard(bob, 0.6)
            assert level > 1000 and abs(freq - 440.0) < 10
            await engine.close_leg(A)
            await engine.close_leg(A)  # idempotent
            assert events.states(A) == [LegState.CONNECTED, LegState.CLOSED]
            await engine.close_call("call-1")
            await engine.close_call("call-1")
            assert events.states(B) == [LegState.CONNECTED, LegState.CLOSED]
        finally:
            await alice.close()
            await bob.close()
            await engine.close()

    asyncio.run(scenario())


def test_a_device_that_hangs_up_closes_its_leg(make_engine: EngineFactory) -> None:
    async def scenario() -> None:
        events = Events()
        engine = make_engine(events)
        alice = Device(ToneTrack(440.0))
        try:
            await _open(engine, alice, A)
            await events.wait_for(A, LegState.CONNECTED)
            await alice.close()
            await events.wait_for(A, LegState.CLOSED)
        finally:
            await engine.close()

    asyncio.run(scenario())


def test_a_leg_that_never_connects_fails_and_is_closed(make_engine: EngineFactory) -> None:
    async def scenario() -> None:
        events = Events()
        engine = make_engine(events, connect_timeout=0.5)
        alice = Device(ToneTrack(0.0))
        try:
            await engine.open_leg(A, await alice.offer())  # the answer never reaches it
            await events.wait_for(A, LegState.FAILED)
            with pytest.raises(MediaError) as err:
                await engine.hold(A, True)
            assert err.value.code == "unknown_leg"
        finally:
            await alice.close()
            await engine.close()

    asyncio.run(scenario())


def _no_fingerprint(sdp: str) -> str:
    return re.sub(r"a=fingerprint:[^\r\n]*\r?\n", "", sdp)


def _plain_rtp(sdp: str) -> str:
    return sdp.replace("UDP/TLS/RTP/SAVPF", "RTP/AVP")


@pytest.mark.parametrize(
    ("edit", "error", "code"),
    [
        (_no_fingerprint, InsecureOffer, "insecure_offer"),
        (_plain_rtp, InsecureOffer, "insecure_offer"),
        (lambda s: s.replace("m=audio", "m=video"), MediaError, "bad_offer"),
        (lambda s: "hello", MediaError, "bad_offer"),
        (lambda s: "", MediaError, "bad_offer"),
        (
            lambda s: s.replace("a=fingerprint:sha-256", "a=fingerprint:sha-256 zz"),
            MediaError,
            "bad_offer",
        ),
        (lambda s: s.replace("a=ice-pwd:", "a=ice-pwd-gone:"), MediaError, "bad_offer"),
    ],
)
def test_insecure_or_malformed_offers_are_refused(edit, error, code, make_engine) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        engine = make_engine(Events())
        device = Device(ToneTrack(0.0))
        try:
            with pytest.raises(error) as err:
                await engine.open_leg(A, await device.offer(edit))
            assert err.value.code == code
            # Nothing was left open: the same leg can be opened with a good offer.
            other = Device(ToneTrack(0.0))
            await other.answer(await engine.open_leg(A, await other.offer()))
            await other.close()
        finally:
            await device.close()
            await engine.close()

    asyncio.run(scenario())


def test_joining_a_leg_that_is_not_open_is_refused(make_engine: EngineFactory) -> None:
    async def scenario() -> None:
        engine = make_engine(Events())
        try:
            with pytest.raises(MediaError) as err:
                await engine.join("call-9", ["x"])
            assert err.value.code == "unknown_leg"
        finally:
            await engine.close()

    asyncio.run(scenario())


async def _live(frames: AsyncIterator[bytes], count: int) -> np.ndarray:
    got: list[bytes] = []
    async for pcm in frames:
        got.append(pcm)
        if len(got) == count:
            break
    # 20 ms of 16 kHz, 16-bit mono (the resampler's first frames are a little shorter).
    assert {len(pcm) for pcm in got[5:]} <= {640}
    return np.frombuffer(b"".join(got), dtype="<i2")


def test_live_audio_is_what_the_device_sends_joined_or_not_and_ends_with_the_leg(
    make_engine: EngineFactory,
) -> None:
    async def scenario() -> None:
        events = Events()
        engine = make_engine(events)
        tone_a = ToneTrack(440.0)
        alice, bob = Device(tone_a), Device(ToneTrack(880.0))
        try:
            await _open(engine, alice, A)
            await _open(engine, bob, B)
            await events.wait_for(A, LegState.CONNECTED)
            await events.wait_for(B, LegState.CONNECTED)
            frames = engine.live_audio(A)
            # Not joined yet (the Janus engine: the leg alone in its own room).
            heard = (await _live(frames, 60))[16_000 * 6 // 10 :]  # past the first 0.6 s
            assert rms(heard) > 1000 and abs(dominant_hz(heard, 16_000) - 440) < 10
            # Joined (Janus: the leg's own group in the call's room): still only Alice.
            await engine.join("call-1", ["a", "b"])
            await _live(frames, 25)  # the move
            heard = await _live(frames, 40)
            assert rms(heard) > 1000 and abs(dominant_hz(heard, 16_000) - 440) < 10
            # On hold: silence.
            await engine.hold(A, True)
            await _live(frames, 25)
            assert rms(await _live(frames, 25)) < 50
            await engine.close_leg(A)
            rest = [pcm async for pcm in frames]  # the iterator ends with the leg
            assert len(rest) < 300
        finally:
            await alice.close()
            await bob.close()
            await engine.close()

    asyncio.run(scenario())
