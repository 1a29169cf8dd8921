"""The mixer's arithmetic, the inbound buffer's refill rule and packets, the outgoing track's
forwarding, and ICE servers from settings."""

from __future__ import annotations

import asyncio
from pathlib import Path

import av
import numpy as np
import pytest

from callvault.core.settings import Settings
from callvault.media.config import ice_servers
from callvault.media.mixer import FRAME_SAMPLES, InboundAudio, OutboundTrack, mix_for_each
from callvault.media.port import IceServer


def test_each_leg_hears_the_others_summed_and_clipped() -> None:
    loud = np.full(4, 30000, np.int16)
    quiet = np.full(4, 1000, np.int16)
    low = np.full(4, -30000, np.int16)
    mixed = mix_for_each({"a": loud, "b": quiet, "c": loud})
    assert mixed["a"].tolist() == [31000] * 4  # b + c
    assert mixed["b"].tolist() == [32767] * 4  # a + c, clipped
    assert mix_for_each({"a": low, "b": low})["a"].tolist() == [-30000] * 4
    assert mix_for_each({"x": loud})["x"].tolist() == [0] * 4  # alone: hears nothing
    assert mix_for_each({}) == {}


def _frame(samples: int, value: int) -> av.AudioFrame:
    frame = av.AudioFrame.from_ndarray(
        np.full((1, samples), value, np.int16), format="s16", layout="mono"
    )
    frame.sample_rate = 48_000
    return frame


def test_the_inbound_buffer_refills_before_playing_after_running_dry() -> None:
    inbound = InboundAudio()
    inbound.push(_frame(FRAME_SAMPLES * 2, 100))
    assert not inbound.take().any()  # 40 ms is not enough to start
    inbound.push(_frame(FRAME_SAMPLES, 100))
    for _ in range(3):
        assert inbound.take().any()
    assert not inbound.take().any()  # dry: silence, and refilling again
    inbound.push(_frame(FRAME_SAMPLES, 100))
    assert not inbound.take().any()


def test_ice_servers_come_only_from_settings(tmp_path: Path) -> None:
    assert ice_servers(Settings(data_dir=tmp_path)) == ()
    settings = Settings(
        data_dir=tmp_path,
        media_ice_servers=("stun:stun.example.org:3478", "turn:turn.example.org:3478"),
        media_turn_username="u",
        media_turn_credential="secret",  # type: ignore[arg-type]
    )
    assert ice_servers(settings) == (
        IceServer(urls=("stun:stun.example.org:3478",)),
        IceServer(urls=("turn:turn.example.org:3478",), username="u", credential="secret"),
    )
    with pytest.raises(ValueError, match="stun:"):
        ice_servers(Settings(data_dir=tmp_path, media_ice_servers=("http://x",)))


def test_a_frame_taken_whole_comes_with_the_packet_it_was_decoded_from() -> None:
    inbound = InboundAudio()
    for n in range(4):
        inbound.push_samples(np.full(FRAME_SAMPLES, n + 1, np.int16), f"p{n}".encode())
    taken = [inbound.take_frame() for _ in range(4)]
    assert [(int(s[0]), p) for s, p in taken] == [(1, b"p0"), (2, b"p1"), (3, b"p2"), (4, b"p3")]
    # Audio that is not exactly one packet's frame goes without one: a 40 ms packet, then
    # resampled audio pushed with no packet at all.
    inbound.push_samples(np.full(FRAME_SAMPLES * 2, 5, np.int16), b"long")
    inbound.push_samples(np.full(FRAME_SAMPLES, 6, np.int16))
    assert [inbound.take_frame()[1] for _ in range(3)] == [None, None, None]


def test_packets_dropped_with_the_oldest_audio_never_shift_onto_later_frames() -> None:
    inbound = InboundAudio()
    frames = 20  # 400 ms: the buffer keeps the newest 300 ms (15 frames)
    for n in range(frames):
        inbound.push_samples(np.full(FRAME_SAMPLES, n, np.int16), bytes([n]))
    for n in range(5, frames):
        samples, packet = inbound.take_frame()
        assert int(samples[0]) == n and packet == bytes([n])
    # Audio of a packet-less stretch that is no whole frame misaligns what follows: frames
    # that straddle two packets go without either.
    inbound = InboundAudio()
    inbound.push_samples(np.full(100, 9, np.int16))
    for n in range(5):
        inbound.push_samples(np.full(FRAME_SAMPLES, n, np.int16), bytes([n]))
    assert {inbound.take_frame()[1] for _ in range(5)} == {None}


def _tone(value: int) -> np.ndarray:
    return np.full(FRAME_SAMPLES, value, np.int16)


def test_the_outgoing_track_sends_a_forwarded_packet_as_it_came_and_encodes_the_rest() -> None:
    async def scenario() -> None:
        track = OutboundTrack()
        track.send_opus()
        track.offer(_tone(100), b"\x78\x01\x02")
        track.offer(_tone(100))
        forwarded, encoded = await track.recv(), await track.recv()
        assert isinstance(forwarded, av.Packet) and bytes(forwarded) == b"\x78\x01\x02"
        assert forwarded.pts == 0 and isinstance(encoded, av.Packet)
        assert encoded.pts == FRAME_SAMPLES and bytes(encoded) != b"\x78\x01\x02"
        assert (track.forwarded, track.encoded) == (1, 1)
        # A leg that did not negotiate Opus gets the samples whatever packet came with them.
        plain = OutboundTrack()
        plain.offer(_tone(100), b"\x78\x01\x02")
        frame = await plain.recv()
        assert isinstance(frame, av.AudioFrame) and plain.forwarded == 0
        track.stop()
        plain.stop()

    asyncio.run(scenario())
