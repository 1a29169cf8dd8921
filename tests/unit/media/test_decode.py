"""The engine's decoder thread takes over a real aiortc receiver's decoding (media/decode.py).

It swaps a private attribute of aiortc 1.16's RTCRtpReceiver (its decoder queue): these tests
drive a real receiver through it, so they fail when an aiortc upgrade renames or rewires that
queue (attach then answers None and the engine falls back to per-leg decoding, the cost this
module removes) or when the receiver's stop no longer ends through it."""

from __future__ import annotations

import asyncio
import fractions

import av
import numpy as np
import pytest
from aiortc import RTCCertificate, RTCDtlsTransport, RTCIceGatherer, RTCIceTransport
from aiortc.mediastreams import MediaStreamError
from aiortc.rtcrtpparameters import (
    RTCRtpCodecParameters,
    RTCRtpDecodingParameters,
    RTCRtpReceiveParameters,
)
from aiortc.rtcrtpreceiver import RemoteStreamTrack, RTCRtpReceiver
from aiortc.rtp import RtpPacket

from callvault.media import decode
from callvault.media.decode import DecoderThread
from callvault.media.mixer import FRAME_SAMPLES, RATE, InboundAudio

OPUS = RTCRtpCodecParameters(mimeType="audio/opus", clockRate=48000, channels=2, payloadType=111)
SSRC = 1234


def _opus_packets(layout: str, freq: float, count: int) -> list[bytes]:
    encoder = av.CodecContext.create("libopus", "w")
    encoder.bit_rate, encoder.format, encoder.layout = 48000, "s16", layout
    encoder.sample_rate, encoder.time_base = RATE, fractions.Fraction(1, RATE)
    channels = 2 if layout == "stereo" else 1
    packets = []
    for i in range(count):
        t = np.arange(i * FRAME_SAMPLES, (i + 1) * FRAME_SAMPLES) / RATE
        tone = (np.sin(2 * np.pi * freq * t) * 8000).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(
            np.repeat(tone, channels).reshape(1, -1), format="s16", layout=layout
        )
        frame.sample_rate, frame.pts = RATE, i * FRAME_SAMPLES
        frame.time_base = fractions.Fraction(1, RATE)
        packets += [bytes(p) for p in encoder.encode(frame)]
    return packets


# A receiver whose stop no longer reaches aiortc's thread would block in its join: fail instead.
@pytest.mark.timeout(60)
@pytest.mark.parametrize("layout", ["mono", "stereo"])
def test_a_real_receivers_frames_are_decoded_by_the_engine_thread_and_its_stop_ends(
    layout: str,
) -> None:
    async def scenario() -> None:
        transport = RTCDtlsTransport(
            RTCIceTransport(RTCIceGatherer()), [RTCCertificate.generateCertificate()]
        )
        receiver = RTCRtpReceiver("audio", transport)
        receiver._track = track = RemoteStreamTrack(kind="audio")  # as RTCPeerConnection does
        inbound = InboundAudio()
        decoder = DecoderThread()
        assert decoder.attach(receiver, inbound) is not None  # aiortc's queue is where we expect
        await receiver.receive(
            RTCRtpReceiveParameters(
                codecs=[OPUS], encodings=[RTCRtpDecodingParameters(ssrc=SSRC, payloadType=111)]
            )
        )
        payloads = _opus_packets(layout, 440.0, 40)
        for seq, payload in enumerate(payloads):
            packet = RtpPacket(
                payload_type=111, sequence_number=seq, timestamp=seq * 960, ssrc=SSRC
            )
            packet.payload = payload
            await receiver._handle_rtp_packet(packet, arrival_time_ms=seq * 20)
        heard: list[np.ndarray] = []
        forwardable: list[bytes] = []
        for _ in range(200):  # the decoder thread fills the buffer; take what it has
            samples, packet = inbound.take_frame()
            heard.append(samples)
            if packet is not None:
                forwardable.append(packet)
            if sum(1 for f in heard if f.any()) >= 25:
                break
            await asyncio.sleep(0.01)
        # The frames taken whole came with their own packets, unchanged, in order. 40 frames
        # arrive at once and the buffer keeps 15 of them at a time, so on a loaded machine
        # the decoder thread may trim frames between two takes: in order, not contiguous.
        assert len(forwardable) >= 10
        assert _in_order_within(forwardable, payloads)
        audio = np.concatenate([f for f in heard if f.any()][5:])  # past the codec's ramp-up
        spectrum = np.abs(np.fft.rfft(audio))
        assert abs(np.argmax(spectrum) * RATE / len(audio) - 440.0) < 10
        assert np.sqrt(np.mean(audio.astype(np.float64) ** 2)) > 3000  # 8000 peak: ~5650 rms
        assert track._queue.empty()  # aiortc's own decoder thread decoded nothing
        await asyncio.wait_for(receiver.stop(), 5)  # its idle thread ended through the sink
        with pytest.raises(MediaStreamError):
            await asyncio.wait_for(track.recv(), 5)  # and ended the track, as before
        decoder.close()

    asyncio.run(scenario())


@pytest.mark.timeout(60)
def test_frames_of_a_detached_leg_are_dropped() -> None:
    async def scenario() -> None:
        transport = RTCDtlsTransport(
            RTCIceTransport(RTCIceGatherer()), [RTCCertificate.generateCertificate()]
        )
        receiver = RTCRtpReceiver("audio", transport)
        receiver._track = RemoteStreamTrack(kind="audio")
        inbound = InboundAudio()
        decoder = DecoderThread()
        leg = decoder.attach(receiver, inbound)
        assert leg is not None
        await receiver.receive(
            RTCRtpReceiveParameters(
                codecs=[OPUS], encodings=[RTCRtpDecodingParameters(ssrc=SSRC, payloadType=111)]
            )
        )
        leg.detach()
        for seq, payload in enumerate(_opus_packets("mono", 440.0, 20)):
            packet = RtpPacket(
                payload_type=111, sequence_number=seq, timestamp=seq * 960, ssrc=SSRC
            )
            packet.payload = payload
            await receiver._handle_rtp_packet(packet, arrival_time_ms=seq * 20)
        await asyncio.sleep(0.2)
        assert not any(inbound.take().any() for _ in range(10))
        await asyncio.wait_for(receiver.stop(), 5)
        decoder.close()

    asyncio.run(scenario())


async def _receiver(decoder: DecoderThread, inbound: InboundAudio) -> RTCRtpReceiver:
    transport = RTCDtlsTransport(
        RTCIceTransport(RTCIceGatherer()), [RTCCertificate.generateCertificate()]
    )
    receiver = RTCRtpReceiver("audio", transport)
    receiver._track = RemoteStreamTrack(kind="audio")
    assert decoder.attach(receiver, inbound) is not None
    await receiver.receive(
        RTCRtpReceiveParameters(
            codecs=[OPUS], encodings=[RTCRtpDecodingParameters(ssrc=SSRC, payloadType=111)]
        )
    )
    return receiver


async def _send(receiver: RTCRtpReceiver, payloads: list[bytes], first: int) -> None:
    for seq, payload in enumerate(payloads, start=first):
        packet = RtpPacket(payload_type=111, sequence_number=seq, timestamp=seq * 960, ssrc=SSRC)
        packet.payload = payload
        await receiver._handle_rtp_packet(packet, arrival_time_ms=seq * 20)


async def _sounding(inbound: InboundAudio, frames: int) -> int:
    """How many of the next tick-sized takes carry sound, taking until `frames` did or 2 s."""
    sounding = 0
    for _ in range(200):
        sounding += bool(inbound.take().any())
        if sounding >= frames:
            break
        await asyncio.sleep(0.01)
    return sounding


@pytest.mark.timeout(60)
def test_after_a_quiet_spell_the_sleeping_thread_wakes_for_the_next_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(decode, "_IDLE_SECONDS", 0.05)

    async def scenario() -> None:
        inbound, decoder = InboundAudio(), DecoderThread()
        receiver = await _receiver(decoder, inbound)
        payloads = _opus_packets("mono", 440.0, 60)
        await _send(receiver, payloads[:30], 0)
        assert await _sounding(inbound, 10) >= 10  # the buffer keeps 300 ms (15 frames)
        while inbound.take().any():  # drain what is left
            pass
        await asyncio.sleep(0.3)
        assert decoder._idle  # asleep on its event, not polling
        await _send(receiver, payloads[30:], 30)
        assert await _sounding(inbound, 10) >= 10  # the buffer keeps 300 ms (15 frames)
        await asyncio.wait_for(receiver.stop(), 5)
        decoder.close()

    asyncio.run(scenario())


def _in_order_within(taken: list[bytes], sent: list[bytes]) -> bool:
    """Every taken packet is a sent one, unchanged, each after the one before it (a steady
    tone can encode to the same bytes twice, so positions are matched in order, not by the
    first equal packet)."""
    at = 0
    for packet in taken:
        while at < len(sent) and sent[at] != packet:
            at += 1
        if at == len(sent):
            return False
        at += 1
    return True
