"""What the Janus engine (ADR 0050) keeps per call and per leg, and the room layout rules: a
call's room with one AudioBridge group per tappable leg, a home room per leg, the codec a
participant joins with."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from callvault.media.janus_taps import Stream
from callvault.media.mixer import InboundAudio, TapResampler
from callvault.media.port import LegRef, MediaError, RecordingTarget
from callvault.media.recording import CallRecorder

# A call's room has AudioBridge groups (fixed when a room is made; then every participant must
# be in one): a tap forwards one group's mix, so a leg whose group it has alone can be tapped.
# AudioBridge 1.1.2 allows at most 5 groups: the first TAP_SLOTS legs of a call (a slot frees
# when its leg closes) get one each, later legs share the last one and cannot be tapped while
# the call has more than TAP_SLOTS legs (recording takes at most 4 legs anyway).
TAP_SLOTS = 4
SHARED_GROUP = "others"
# A leg's home room has two groups: the leg's own (what its tap forwards there) and the
# player's, which says `play`'s audio to it.
HOME_GROUP = "leg"
PLAYER_GROUP = "player"


@dataclass(eq=False)
class Tap:
    """A tapped leg: its forwarded audio (one stream per room it may be in) and its readers."""

    inbound: InboundAudio = field(default_factory=InboundAudio)
    streams: dict[str, Stream] = field(default_factory=dict)  # by room
    queues: list[asyncio.Queue[bytes | None]] = field(default_factory=list)
    resampler: TapResampler = field(default_factory=TapResampler)


@dataclass(eq=False)
class Leg:
    ref: LegRef
    handle: int
    home: str  # the leg's own room
    room: str  # the room its participant is in now
    slot: int | None  # its own group in the call's room; None: it shares the last one
    held: bool = False
    ended: bool = False
    watchdog: asyncio.Task[None] | None = None
    tap: Tap | None = None
    listen: bool = False  # a listen-only leg (ADR 0029): in the call's room, always muted
    playing: bool = False  # spoken to: alone in its home room with the player (ADR 0050)
    play_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one play at a time
    # Set when Janus reports the leg's WebRTC up, or when the leg ends (whichever is first).
    ready: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(eq=False)
class Call:
    id: str
    room: str
    room_made: bool = False
    legs: dict[str, Leg] = field(default_factory=dict)
    joined: tuple[str, ...] = ()
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one room move at a time
    clock: asyncio.Task[None] | None = None  # ticks while anything taps the call
    recorder: CallRecorder | None = None
    target: RecordingTarget | None = None


def codec_for(offer_sdp: str) -> str:
    """The codec a participant joins with: Opus where the device offers it, else G.711 (what
    AudioBridge 1.1.2 speaks to WebRTC participants)."""
    offered = {
        line.split(" ", 1)[1].split("/")[0].lower()
        for line in offer_sdp.replace("\r\n", "\n").split("\n")
        if line.startswith("a=rtpmap:") and " " in line
    }
    for codec in ("opus", "pcmu", "pcma"):
        if codec in offered:
            return codec
    raise MediaError("bad_offer", "the offer has no codec the engine speaks (Opus, G.711)")


def group_of(slot: int | None) -> str:
    return SHARED_GROUP if slot is None else f"leg{slot}"


def activate(state: Leg) -> None:
    """Take the leg's forwarded audio only from the room its participant is in now."""
    if state.tap is not None:
        for room, stream in state.tap.streams.items():
            stream.active = room == state.room


def put_latest(queue: asyncio.Queue[bytes | None], item: bytes | None) -> None:
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(item)
