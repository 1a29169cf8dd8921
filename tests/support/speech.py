"""Test speech made on the spot: a neural voice (hibari 'heart', shipped in its wheel) or
espeak-ng, optionally through a telephone chain (sox: 8 kHz µ-law, 300–3400 Hz) plus noise.
Everything is 16 kHz float32 and cached on disk by a hash of its arguments, so a rerun (or a
second test asking for the same sentence) costs nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt

from callvault.intelligence.asr.audio import RATE, decode, encode_wav

Samples = npt.NDArray[np.float32]
Voice = Literal["hibari", "espeak"]

_ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("CALLVAULT_SPEECH_CACHE", _ROOT / ".pytest_cache" / "callvault-speech"))
_VERSION = "2"
_SOX = ("sox", "-q", "-R")  # bump when the way audio is made changes, to invalidate the cache

_hibari: object | None = None
_lock = threading.Lock()


def cached(key: str, make: Callable[[], Samples], *, cache: Path | None = None) -> Samples:
    """make(), stored as .npy under cache by a hash of key."""
    folder = cache or CACHE
    digest = hashlib.sha256(f"{_VERSION}|{key}".encode()).hexdigest()[:24]
    path = folder / f"{digest}.npy"
    if path.exists():
        return np.asarray(np.load(path), dtype=np.float32)
    samples = np.asarray(make(), dtype=np.float32)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
    np.save(tmp, samples)
    tmp.replace(path)  # atomic: parallel test workers never read half a file
    return samples


def speak(
    text: str, *, voice: Voice = "hibari", seed: int = 0, cache: Path | None = None
) -> Samples:
    """text spoken by voice as 16 kHz mono float32; seed varies the delivery."""
    return cached(
        f"speak|{voice}|{seed}|{text}", lambda: _synthesise(text, voice, seed), cache=cache
    )


def telephone(
    samples: Samples, *, noise_db: float | None = 30.0, seed: int = 0, cache: Path | None = None
) -> Samples:
    """samples as heard over a phone line; noise_db: white noise that many dB below the speech
    level (None: no noise)."""
    key = f"tel|{noise_db}|{seed}|{hashlib.sha256(samples.tobytes()).hexdigest()}"
    return cached(key, lambda: _telephone(samples, noise_db, seed), cache=cache)


def wav(*channels: Samples, rate: int = RATE) -> bytes:
    """16-bit PCM WAV bytes with one channel per array."""
    return encode_wav(list(channels), rate)


def silence(seconds: float) -> Samples:
    return np.zeros(int(seconds * RATE), dtype=np.float32)


@dataclass(frozen=True)
class Turn:
    channel: int
    text: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Conversation:
    channels: tuple[Samples, Samples]
    turns: tuple[Turn, ...]

    def wav(self) -> bytes:
        return wav(*self.channels)


def conversation_audio(
    turns: Sequence[tuple[int, str]],
    *,
    telephone_line: bool = True,
    noise_db: float | None = 30.0,
    voices: tuple[Voice, Voice] = ("hibari", "hibari"),
    seed: int = 0,
    cache: Path | None = None,
) -> Conversation:
    """Two channels (0 and 1), turns one after another with short natural gaps."""
    rng = np.random.default_rng(seed)
    clips: list[tuple[int, str, Samples]] = []
    for i, (channel, text) in enumerate(turns):
        # Different seeds per channel give the two parties slightly different deliveries.
        clip = speak(
            text, voice=voices[channel], seed=seed * 100 + channel * 10 + i % 3, cache=cache
        )
        clips.append((channel, text, clip))
    at = int(rng.uniform(0.3, 0.6) * RATE)
    placed: list[Turn] = []
    spans: list[tuple[int, int, Samples]] = []
    for channel, text, clip in clips:
        spans.append((channel, at, clip))
        placed.append(Turn(channel, text, at / RATE, (at + clip.shape[0]) / RATE))
        at += clip.shape[0] + int(rng.uniform(0.35, 0.9) * RATE)
    length = at
    out = [np.zeros(length, dtype=np.float32), np.zeros(length, dtype=np.float32)]
    for channel, start, clip in spans:
        out[channel][start : start + clip.shape[0]] += clip
    if telephone_line:
        out = [
            telephone(c, noise_db=noise_db, seed=seed + k, cache=cache) for k, c in enumerate(out)
        ]
        n = min(c.shape[0] for c in out)
        out = [c[:n] for c in out]
    return Conversation((out[0], out[1]), tuple(placed))


def conversation(
    turns: Sequence[tuple[int, str]], *, telephone: bool = True, seed: int = 0
) -> bytes:
    """A stereo WAV call: channel 0 and 1 take turns speaking the given texts."""
    return conversation_audio(turns, telephone_line=telephone, seed=seed).wav()


def _synthesise(text: str, voice: Voice, seed: int) -> Samples:
    if voice == "hibari":
        with _lock:
            global _hibari
            if _hibari is None:
                from hibari import Hibari

                _hibari = Hibari(threads=1)
            tts = _hibari
        audio = np.asarray(tts(text, seed=seed), dtype=np.float32)  # type: ignore[operator]
        return _resample(audio, 24_000)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "e.wav"
        # Seed picks speed and pitch so espeak clips are not all the same robot.
        rate, pitch = 145 + (seed * 7) % 35, 35 + (seed * 13) % 30
        subprocess.run(
            ["espeak-ng", "-v", "en-us", "-s", str(rate), "-p", str(pitch), "-w", str(out), text],
            check=True,
            capture_output=True,
        )
        return decode(out.read_bytes()).channels[0]


def _resample(samples: Samples, rate: int) -> Samples:
    return decode(encode_wav([samples], rate)).channels[0]


def _telephone(samples: Samples, noise_db: float | None, seed: int) -> Samples:
    with tempfile.TemporaryDirectory() as tmp:
        src, mid, dst = (Path(tmp) / n for n in ("in.wav", "u.wav", "out.wav"))
        src.write_bytes(encode_wav([samples], RATE))
        # Band-limit and µ-law at 8 kHz like a PSTN leg, then back to 16 kHz for the recogniser.
        subprocess.run(
            [
                "sox",
                "-q",
                "-R",
                str(src),
                "-r",
                "8000",
                "-e",
                "u-law",
                str(mid),
                "sinc",
                "300-3400",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [*_SOX, str(mid), "-r", "16000", "-e", "signed", "-b", "16", str(dst)],
            check=True,
            capture_output=True,
        )
        line = decode(dst.read_bytes()).channels[0][: samples.shape[0]]
    if noise_db is None:
        return line
    voiced = line[np.abs(line) > 0.01]
    level = float(np.sqrt(np.mean(np.square(voiced)))) if voiced.size else 0.05
    rng = np.random.default_rng(seed)
    sigma = level * 10 ** (-noise_db / 20)
    noise = rng.normal(0.0, sigma, size=int(line.shape[0])).astype(np.float32)
    return np.asarray(line + noise, dtype=np.float32)
