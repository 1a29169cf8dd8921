"""The receiving end of the Janus engine's taps (ADR 0050): AudioBridge forwards each tapped
leg's audio (the mix of a room, or of a group in the call's room, that holds only that leg) as
SRTP to one UDP socket here; each forwarder has its own SSRC and its own random SRTP key, so a
packet is authenticated and matched to its leg before anything decodes it, and a stranger's
packets to the port are dropped. Decoded Opus goes into the leg's `InboundAudio` (the embedded
engine's buffer, media/mixer.py), from which the call's tap clock takes one 20 ms frame per leg,
so recording and live audio are fed exactly as the embedded engine feeds them.

Janus writes nothing to its disk: its own recorder is never turned on."""

from __future__ import annotations

import asyncio
import base64
import logging
import secrets
from dataclasses import dataclass, field
from typing import cast

import pylibsrtp
from aiortc.codecs.opus import OpusDecoder
from aiortc.jitterbuffer import JitterFrame
from aiortc.rtp import RtpPacket

from callvault.media.mixer import InboundAudio

log = logging.getLogger("callvault.media.janus")

SRTP_SUITE = 80  # AES_CM_128_HMAC_SHA1_80, as Janus's rtp_forward names it
_KEY_AND_SALT = 30  # 16-byte AES-128 key + 14-byte salt
OPUS_PAYLOAD_TYPE = 111


@dataclass(eq=False)
class Stream:
    """One forwarder's packets: from which room, into which leg's buffer."""

    ssrc: int
    room: str
    key: bytes
    inbound: InboundAudio
    active: bool = False  # only the stream of the room the leg is in now is taken
    session: pylibsrtp.Session = field(init=False)
    decoder: OpusDecoder = field(default_factory=OpusDecoder)

    def __post_init__(self) -> None:
        policy = pylibsrtp.Policy(
            key=self.key,
            ssrc_type=pylibsrtp.Policy.SSRC_SPECIFIC,
            ssrc_value=self.ssrc,
            srtp_profile=pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_80,
        )
        self.session = pylibsrtp.Session(policy)

    @property
    def crypto(self) -> str:
        """The key as Janus's `srtp_crypto` takes it (base64 of key and salt)."""
        return base64.b64encode(self.key).decode()


class TapReceiver(asyncio.DatagramProtocol):
    """The UDP socket every forwarder of one engine sends to."""

    def __init__(self) -> None:
        self._streams: dict[int, Stream] = {}
        self._transport: asyncio.DatagramTransport | None = None
        self.rejected = 0  # packets that failed authentication or matched no stream

    @classmethod
    async def open(cls, host: str) -> TapReceiver:
        loop = asyncio.get_running_loop()
        transport, receiver = await loop.create_datagram_endpoint(cls, local_addr=(host, 0))
        receiver._transport = transport
        return receiver

    @property
    def port(self) -> int:
        assert self._transport is not None
        return int(self._transport.get_extra_info("sockname")[1])

    def new_stream(self, room: str, inbound: InboundAudio) -> Stream:
        while (ssrc := secrets.randbits(32)) in self._streams or ssrc == 0:
            pass
        stream = Stream(
            ssrc=ssrc, room=room, key=secrets.token_bytes(_KEY_AND_SALT), inbound=inbound
        )
        self._streams[ssrc] = stream
        return stream

    def drop(self, stream: Stream) -> None:
        self._streams.pop(stream.ssrc, None)

    def close(self) -> None:
        self._streams.clear()
        if self._transport is not None:
            self._transport.close()

    # DatagramProtocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # Not an isinstance check: Python 3.11's selector datagram transport does not derive
        # from asyncio.DatagramTransport, so the assertion failed on every start (logged by
        # the loop), the transport was never kept and close() left the UDP socket open.
        self._transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, _addr: tuple[str | object, ...]) -> None:
        if len(data) < 12:
            self.rejected += 1
            return
        stream = self._streams.get(int.from_bytes(data[8:12], "big"))
        if stream is None:
            self.rejected += 1
            return
        try:
            packet = RtpPacket.parse(stream.session.unprotect(data))
        except (pylibsrtp.Error, ValueError):
            self.rejected += 1
            return
        if not stream.active or not packet.payload:
            return
        try:
            for frame in stream.decoder.decode(JitterFrame(packet.payload, packet.timestamp)):
                stream.inbound.push(frame)  # type: ignore[arg-type]
        except Exception:  # a packet libopus cannot decode is lost audio, not a failure
            log.debug("janus taps: an undecodable packet was dropped")
