"""What the server says into a live call (ADR 0027): stored audio decoded for the media
port's `play`, and the two spoken prompts that ship with callvault — the recording
announcement ("This call is now being recorded.", after the chime parties learn to know) and
the default voicemail greeting for a mailbox without one. The prompts are small Ogg/Opus
files in prompts/, rendered once by scripts/make_prompts.py; nothing is synthesised here."""

from __future__ import annotations

import io
import logging
from functools import cache
from importlib import resources

import av
import numpy as np

from callvault.comms.live.tones import default_greeting as chimes
from callvault.comms.live.tones import recording_chime
from callvault.media.port import MAX_PLAY_SECONDS, PLAY_RATE

log = logging.getLogger(__name__)


def decode_pcm(data: bytes) -> bytes:
    """Any stored audio as PLAY_RATE mono s16le, cut at MAX_PLAY_SECONDS."""
    limit = PLAY_RATE * MAX_PLAY_SECONDS
    out: list[np.ndarray] = []
    total = 0
    resampler = av.AudioResampler(format="s16", layout="mono", rate=PLAY_RATE)
    with av.open(io.BytesIO(data), mode="r") as container:
        for frame in container.decode(audio=0):
            for res in resampler.resample(frame):
                samples = res.to_ndarray().reshape(-1)
                out.append(samples)
                total += samples.size
            if total >= limit:
                break
        for res in resampler.resample(None):
            out.append(res.to_ndarray().reshape(-1))
    if not out:
        raise ValueError("no audio")
    return np.concatenate(out)[:limit].astype("<i2").tobytes()


def _spoken(name: str) -> bytes | None:
    """The shipped prompt `name` as PCM; None (logged) if the file is missing or unreadable,
    so a damaged install still plays the tones rather than nothing."""
    try:
        data = resources.files("callvault.comms.live").joinpath(f"prompts/{name}.ogg").read_bytes()
        return decode_pcm(data)
    except (OSError, av.error.FFmpegError, ValueError) as exc:
        log.error("spoken prompt %s not playable: %s", name, type(exc).__name__)
        return None


@cache
def recording_announcement() -> bytes:
    """The chime, then "This call is now being recorded." (about 4 s)."""
    return recording_chime() + (_spoken("recording-announcement") or b"")


@cache
def default_voicemail_greeting() -> bytes:
    """ "The person you called is not available. Please leave a message after the tone."
    (the beep follows; about 5.6 s), or the chimes if the prompt cannot be read."""
    return _spoken("voicemail-greeting") or chimes()
