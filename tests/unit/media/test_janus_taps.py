"""The Janus taps' UDP receiver (media/janus_taps.py) over a real socket: SRTP packets sealed
with the stream's own key are decoded into the leg's buffer; plain RTP, a packet sealed with
another key, or an unknown SSRC is dropped before any decoding."""

from __future__ import annotations

import asyncio
import fractions
import socket

import av
import numpy as np
import pylibsrtp
from aiortc.codecs.opus import OpusEncoder
from aiortc.rtp import RtpPacket

from callvault.media.janus_taps import OPUS_PAYLOAD_TYPE, Stream, TapReceiver
from callvault.media.mixer import InboundAudio


def _opus_packets(count: int) -> list[bytes]:
    encoder = OpusEncoder()
    packets: list[bytes] = []
    for n in range(count):
        t = np.arange(n * 960, (n + 1) * 960) / 48_000
        samples = (np.sin(2 * np.pi * 440 * t) * 8000).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate, frame.pts = 48_000, n * 960
        frame.time_base = fractions.Fraction(1, 48_000)
        payloads, _ = encoder.encode(frame)
        packets.extend(payloads)
    return packets


def _rtp(stream_ssrc: int, payloads: list[bytes]) -> list[bytes]:
    return [
        bytes(
            RtpPacket(
                payload_type=OPUS_PAYLOAD_TYPE,
                sequence_number=n,
                timestamp=n * 960,
                ssrc=stream_ssrc,
                payload=payload,
            ).serialize()
        )
        for n, payload in enumerate(payloads)
    ]


def _sealer(key: bytes, ssrc: int) -> pylibsrtp.Session:
    return pylibsrtp.Session(
        pylibsrtp.Policy(
            key=key,
            ssrc_type=pylibsrtp.Policy.SSRC_SPECIFIC,
            ssrc_value=ssrc,
            srtp_profile=pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_80,
        )
    )


def test_only_packets_sealed_with_the_streams_key_reach_its_buffer() -> None:
    async def scenario() -> None:
        receiver = await TapReceiver.open("127.0.0.1")
        inbound = InboundAudio()
        stream: Stream = receiver.new_stream("room", inbound)
        stream.active = True
        packets = _rtp(stream.ssrc, _opus_packets(10))
        stranger = _sealer(b"\x01" * 30, stream.ssrc)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            target = ("127.0.0.1", receiver.port)
            for packet in packets[:5]:
                sender.sendto(packet, target)  # plain RTP
                sender.sendto(stranger.protect(packet), target)  # another key
            sender.sendto(b"\x80" * 40, target)  # an SSRC nobody forwards
            await asyncio.sleep(0.3)
            assert receiver.rejected == 11
            samples, _ = inbound.take_frame()
            assert not samples.any()  # nothing reached the buffer
            ours = _sealer(stream.key, stream.ssrc)
            for packet in packets:
                sender.sendto(ours.protect(packet), target)
            async with asyncio.timeout(10):
                while receiver.rejected == 11 and not inbound.take_frame()[0].any():
                    await asyncio.sleep(0.02)
        assert receiver.rejected == 11
        receiver.close()

    asyncio.run(scenario())
