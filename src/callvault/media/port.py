"""The media-engine port: what live-call signaling asks of whatever carries a call's audio.

Every device in a call has one *leg*: a DTLS-SRTP peer connection between that device and the
media engine (media always flows through the server, so it can be recorded and transcribed).
Signaling never touches packets; it opens legs with the device's SDP offer, joins legs into a
call's mix, and closes them. The embedded engine (aiortc, media/aiortc_engine.py) and the Janus
adapter (media/janus_engine.py, ADR 0050: legs carried by Janus's AudioBridge) both implement
MediaEngine, MediaTaps, ListenIn and MediaPlayback, and run in the media process, so the
signaling side cannot tell them apart. (One difference: while Janus plays into a leg, that leg
neither hears the call nor is heard by it; ADR 0050.)

Engines report what happens to legs asynchronously through the `LegEvents` sink they are given:
a leg whose ICE/DTLS fails, or an engine that dies (every open leg then ends), must end the
calls using them cleanly — signaling decides the call record, the engine only reports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable


class MediaError(Exception):
    """A request the engine refused or could not carry out; `code` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class InsecureOffer(MediaError):
    """The offer has no DTLS fingerprint or asks for plain RTP (never accepted)."""

    def __init__(self, message: str) -> None:
        super().__init__("insecure_offer", message)


class EngineUnavailable(MediaError):
    """The engine (for example the media process) is not running or stopped answering."""

    def __init__(self, message: str = "the media engine is not available") -> None:
        super().__init__("media_unavailable", message)


@dataclass(frozen=True, slots=True)
class IceServer:
    urls: tuple[str, ...]
    username: str | None = None
    credential: str | None = None


@dataclass(frozen=True, slots=True)
class LegRef:
    call_id: str
    leg_id: str  # unique per device connection within the call


class LegState(StrEnum):
    CONNECTED = "connected"  # ICE and DTLS complete, SRTP flowing
    FAILED = "failed"  # ICE or DTLS failed, or no media for too long
    CLOSED = "closed"  # closed by request or by the remote side


class LegEvents(Protocol):
    """Where an engine reports leg state changes; called on the signaling side's event loop."""

    async def leg_changed(self, leg: LegRef, state: LegState, reason: str | None) -> None: ...

    async def engine_lost(self, reason: str) -> None:
        """Every leg the engine held is gone (its process died or the link broke)."""
        ...


class MediaEngine(Protocol):
    async def open_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        """Accept a device's SDP offer (audio, DTLS-SRTP only) and return the SDP answer.

        Raises InsecureOffer for an offer without a DTLS fingerprint or with plain RTP,
        MediaError("bad_offer", ...) for one that cannot be parsed, EngineUnavailable when the
        engine is down."""
        ...

    async def join(self, call_id: str, legs: Sequence[str]) -> None:
        """Make these legs of the call hear each other (each hears the mix of the others)."""
        ...

    async def hold(self, leg: LegRef, held: bool) -> None:
        """Stop (or resume) sending the others' audio to this leg and its audio to them."""
        ...

    async def close_leg(self, leg: LegRef) -> None:
        """Close one leg; idempotent (closing a closed or unknown leg is not an error)."""
        ...

    async def close_call(self, call_id: str) -> None:
        """Close every leg of the call; idempotent."""
        ...


@runtime_checkable
class ListenIn(Protocol):
    """Silent monitoring (ADR 0029): an engine that can add a listen-only leg to a call."""

    async def open_listen_leg(
        self, leg: LegRef, offer_sdp: str, *, ice_servers: Sequence[IceServer] = ()
    ) -> str:
        """Accept a listener's offer (DTLS-SRTP only, as open_leg) for a call that has open
        legs, and return the answer. The leg hears the mix of the call's joined legs (those
        on hold left out); what it sends is dropped, so no party ever hears it. It is never
        part of a join, closes with close_leg or close_call, and is closed by the engine when
        the call's last other leg goes. MediaError("unknown_call") for a call without legs."""
        ...


# Taps: what the server does with a call's audio besides carrying it.

LIVE_AUDIO_RATE = 16_000  # live-audio frames: 16 kHz mono signed 16-bit little-endian, 20 ms


@dataclass(frozen=True, slots=True)
class RecordingTarget:
    """Where a call's recording goes: the encrypted blob (workspace, kind, object_id), for
    the recording row the caller created (comms/recordings: blob kind "recording")."""

    workspace_id: str
    object_id: str
    kind: str = "recording"


@dataclass(frozen=True, slots=True)
class RecordingResult:
    """A finished recording: an Ogg/Opus blob, channel i carrying what legs[i] sent."""

    object_id: str
    legs: tuple[str, ...]
    size_bytes: int  # plaintext (the Ogg file)
    duration_ms: int


class MediaTaps(Protocol):
    async def start_recording(
        self, call_id: str, legs: Sequence[str], *, target: RecordingTarget
    ) -> None:
        """Record these legs (1 to 4), each as its own channel, into target's blob while the
        call runs. MediaError("recording_active") if the call is already being recorded."""
        ...

    async def stop_recording(self, call_id: str) -> RecordingResult | None:
        """Finish the call's recording (the blob is complete when this returns); None when
        nothing was recorded. A call closed while recording finishes its recording too, and
        this still returns it afterwards."""
        ...

    def live_audio(self, leg: LegRef) -> AsyncIterator[bytes]:
        """What the leg's device sends, as 20 ms frames of LIVE_AUDIO_RATE mono PCM, until
        the leg closes (then the iterator ends)."""
        ...


# Playback: what the server says into a leg (voicemail greetings, the beep, recording
# announcements). Additive: an engine without it cannot take voicemail or announce.

PLAY_RATE = LIVE_AUDIO_RATE  # played audio: 16 kHz mono signed 16-bit little-endian PCM
MAX_PLAY_SECONDS = 120


class MediaPlayback(Protocol):
    async def play(self, leg: LegRef, pcm: bytes) -> bool:
        """Say `pcm` (PLAY_RATE mono s16le, at most MAX_PLAY_SECONDS) into the leg, on top of
        whatever the leg hears from the call; return when it has been sent: True when played
        to the end, False when the leg closed first. A second play into the same leg waits
        for the first. MediaError("unknown_leg") for a leg that is not open."""
        ...
