"""Audio the server says into a call, made on the spot (no network, no speech model): the
default voicemail greeting when a user has none, the beep before a message, and the
recording announcement's chime. All PLAY_RATE (16 kHz) mono signed 16-bit PCM, as the media
port's `play` takes it."""

from __future__ import annotations

import numpy as np

from callvault.media.port import PLAY_RATE


def _tone(hz: float, seconds: float, *, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(PLAY_RATE * seconds)) / PLAY_RATE
    wave = np.sin(2 * np.pi * hz * t) * level
    ramp = min(len(t) // 4, PLAY_RATE // 100)  # 10 ms fades: no clicks at the edges
    if ramp:
        fade = np.linspace(0.0, 1.0, ramp)
        wave[:ramp] *= fade
        wave[-ramp:] *= fade[::-1]
    return wave


def _gap(seconds: float) -> np.ndarray:
    return np.zeros(int(PLAY_RATE * seconds))


def _pcm(*parts: np.ndarray) -> bytes:
    samples = np.concatenate(parts)
    return bytes((np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes())


def default_greeting() -> bytes:
    """Three falling chimes (about 1.5 s): 'nobody answered, leave a message after the beep'
    for a mailbox without a recorded greeting."""
    return _pcm(
        _tone(880.0, 0.3),
        _gap(0.15),
        _tone(660.0, 0.3),
        _gap(0.15),
        _tone(523.25, 0.45),
        _gap(0.3),
    )


def beep() -> bytes:
    """The beep after the greeting: recording starts when it ends (0.5 s at 1 kHz)."""
    return _pcm(_tone(1000.0, 0.5, level=0.4), _gap(0.05))


def recording_chime() -> bytes:
    """The recording announcement (about 1.2 s): two rising tones then a long high one, the
    same every time, so parties learn it means 'this call is being recorded'."""
    return _pcm(_tone(440.0, 0.2), _gap(0.08), _tone(554.37, 0.2), _gap(0.08), _tone(1318.5, 0.6))
