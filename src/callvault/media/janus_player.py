"""Saying PCM into one leg through Janus (ADR 0050): AudioBridge 1.1.2 plays files only from
Janus's own disk, into a whole room, so instead the engine joins a *plain-RTP participant* to
the leg's home room (where the leg sits alone while it is spoken to) and sends it the audio as
Opus RTP, paced in real time, from a UDP socket of its own. Plain RTP, because 1.1.2 has no
SRTP for such participants: it crosses only the link between callvault and Janus (loopback
when they share a machine), never a device's network."""

from __future__ import annotations

import asyncio
import fractions
import secrets
from collections.abc import Callable

import av
import numpy as np
from aiortc.rtp import RtpPacket

from callvault.media.janus_taps import OPUS_PAYLOAD_TYPE
from callvault.media.mixer import FRAME_MS, FRAME_SAMPLES, RATE, opus_encoder
from callvault.media.playback import to_frames

# AudioBridge buffers a few packets of each participant before it mixes them (its prebuffer,
# 6 by default): the last ones are heard this long after they were sent.
_DRAIN_SECONDS = 0.3
_TIME_BASE = fractions.Fraction(1, RATE)


class _Sink(asyncio.DatagramProtocol):
    """The player's socket: Janus sends it the room's mix, which nobody needs."""

    def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
        del data, addr


async def open_socket(host: str) -> asyncio.DatagramTransport:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(_Sink, local_addr=(host, 0))
    return transport


async def send_paced(
    transport: asyncio.DatagramTransport,
    target: tuple[str, int],
    pcm: bytes,
    stopped: Callable[[], bool],
) -> bool:
    """Send the PLAY_RATE PCM as 20 ms Opus RTP packets in real time; False as soon as
    `stopped()` (the leg closed), True once all of it has been sent and heard."""
    loop = asyncio.get_running_loop()
    encoder = opus_encoder()
    ssrc, sequence = secrets.randbits(32), secrets.randbits(16)
    start = loop.time()
    for index, samples in enumerate(to_frames(pcm)):
        if stopped():
            return False
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(samples, dtype=np.int16).reshape(1, -1),
            format="s16",
            layout="mono",
        )
        frame.sample_rate, frame.pts, frame.time_base = RATE, index * FRAME_SAMPLES, _TIME_BASE
        for packet in encoder.encode(frame):
            rtp = RtpPacket(
                payload_type=OPUS_PAYLOAD_TYPE,
                sequence_number=sequence,
                timestamp=int(packet.pts or index * FRAME_SAMPLES) & 0xFFFFFFFF,
                ssrc=ssrc,
                payload=bytes(packet),
            )
            sequence = (sequence + 1) & 0xFFFF
            transport.sendto(rtp.serialize(), target)
        await asyncio.sleep(max(0.0, start + (index + 1) * FRAME_MS / 1000 - loop.time()))
    await asyncio.sleep(_DRAIN_SECONDS)
    return not stopped()
