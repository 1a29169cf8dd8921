"""Audio for the scripted calls, made at bench time and cached (bench/vi/.cache/realistic/,
gitignored): each utterance spoken by its party's voice, one WAV channel per party with
the other party's turns as silence, both through a telephone chain (sox: 8 kHz, 300–3400 Hz,
µ-law, back to 16 kHz) with white line noise `noise_db` below the speech level.

Voices (a party's spec is `engine:args`):
- `hibari:<seed>[:<cents>]`: the hibari-tts 'heart' neural voice (24 kHz, resampled),
  optionally pitch-shifted by sox;
- `espeak:<voice+variant>:<words/min>:<pitch 0-99>`: Debian espeak-ng;
- `festival:<voice>[:<cents>]`: Debian festival (kal_diphone, ked_diphone,
  cmu_us_slt_arctic_hts), optionally pitch-shifted.

Deterministic: the same script and specs give the same samples (hibari and the noise are
seeded; espeak and festival are deterministic)."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from script import Parsed  # noqa: E402
from tests.support.speech import cached, speak, telephone  # noqa: E402

from callvault.intelligence.asr.audio import RATE, decode, encode_wav  # noqa: E402

Samples = npt.NDArray[np.float32]
CACHE = ROOT / "bench" / "vi" / ".cache" / "realistic"
VERSION = "1"  # bump when the way audio is made changes


def _sox(samples: Samples, *effects: str) -> Samples:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        src.write_bytes(encode_wav([samples], RATE))
        subprocess.run(
            ["sox", "-q", "-R", str(src), "-r", str(RATE), str(dst), *effects],  # noqa: S607
            check=True,
            capture_output=True,
        )
        return decode(dst.read_bytes()).channels[0]


def _file_to_16k(path: Path) -> Samples:
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "out.wav"
        subprocess.run(
            ["sox", "-q", "-R", str(path), "-r", str(RATE), "-c", "1", "-b", "16", str(dst)],  # noqa: S607
            check=True,
            capture_output=True,
        )
        return decode(dst.read_bytes()).channels[0]


def _espeak(text: str, voice: str, rate: str, pitch: str) -> Samples:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "e.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", rate, "-p", pitch, "-w", str(out), text],  # noqa: S607
            check=True,
            capture_output=True,
        )
        return _file_to_16k(out)


def _festival(text: str, voice: str) -> Samples:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "f.wav"
        subprocess.run(
            ["text2wave", "-eval", f"(voice_{voice})", "-o", str(out)],  # noqa: S607
            input=text.encode(),
            check=True,
            capture_output=True,
        )
        return _file_to_16k(out)


def _trim(samples: Samples, threshold: float = 0.003) -> Samples:
    """Leading and trailing near-silence off, so utterance times are speech times."""
    loud = np.flatnonzero(np.abs(samples) > threshold)
    if loud.size == 0:
        return samples
    pad = int(0.05 * RATE)
    return samples[max(0, loud[0] - pad) : loud[-1] + pad]


def _level(samples: Samples, rms: float = 0.08) -> Samples:
    """Every voice at one speech level (engines differ by 10 dB or more)."""
    voiced = samples[np.abs(samples) > 0.01]
    now = float(np.sqrt(np.mean(np.square(voiced)))) if voiced.size else rms
    return np.asarray(np.clip(samples * (rms / max(now, 1e-6)), -1, 1), dtype=np.float32)


def utterance(text: str, spec: str, seed: int) -> Samples:
    """One utterance in the voice `spec`, 16 kHz mono float32, trimmed and levelled."""
    engine, *args = spec.split(":")

    def make() -> Samples:
        if engine == "hibari":
            base = speak(text, voice="hibari", seed=int(args[0]) * 1000 + seed, cache=CACHE)
            cents = args[1] if len(args) > 1 else None
        elif engine == "espeak":
            base, cents = _espeak(text, args[0], args[1], args[2]), None
        elif engine == "festival":
            base = _festival(text, args[0])
            cents = args[1] if len(args) > 1 else None
        else:
            raise ValueError(f"unknown voice engine {engine!r}")
        if cents:
            base = _sox(base, "pitch", cents)
        return _level(_trim(base))

    return cached(f"realistic|{VERSION}|{spec}|{seed}|{text}", make, cache=CACHE)


@dataclass(frozen=True)
class CallAudio:
    agent: Path  # WAV, 16 kHz mono 16-bit
    customer: Path
    timing: list[dict[str, Any]]  # per utterance: start_s, end_s in its channel
    seconds: float


def render(parsed: Parsed) -> CallAudio:
    """Both channels of the call (cached as WAV files with their timing)."""
    call = parsed.call
    key = json.dumps(
        [VERSION, call.agent_voice, call.customer_voice, call.noise_db, call.script],
        sort_keys=True,
    )
    folder = CACHE / f"{call.id}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
    meta = folder / "timing.json"
    if meta.exists():
        data = json.loads(meta.read_text())
        return CallAudio(
            folder / "agent.wav", folder / "customer.wav", data["timing"], data["seconds"]
        )
    rng = random.Random(call.id)
    clips: list[tuple[str, Samples]] = []
    for u in parsed.utterances:
        spec = call.agent_voice if u.speaker == "agent" else call.customer_voice
        clips.append((u.speaker, utterance(u.text, spec, u.index)))
    at = int(rng.uniform(0.4, 0.8) * RATE)
    timing: list[dict[str, Any]] = []
    placed: list[tuple[str, int, Samples]] = []
    for speaker, clip in clips:
        placed.append((speaker, at, clip))
        timing.append(
            {"start_s": round(at / RATE, 3), "end_s": round((at + clip.shape[0]) / RATE, 3)}
        )
        at += clip.shape[0] + int(rng.uniform(0.25, 0.85) * RATE)
    length = at + int(0.5 * RATE)
    channels = {s: np.zeros(length, dtype=np.float32) for s in ("agent", "customer")}
    for speaker, start, clip in placed:
        channels[speaker][start : start + clip.shape[0]] += clip
    seed = int(hashlib.sha256(call.id.encode()).hexdigest()[:6], 16)
    lines = {
        s: telephone(c, noise_db=call.noise_db, seed=seed + k, cache=CACHE)[:length]
        for k, (s, c) in enumerate(channels.items())
    }
    folder.mkdir(parents=True, exist_ok=True)
    for s, samples in lines.items():
        (folder / f"{s}.wav").write_bytes(encode_wav([samples], RATE))
    seconds = length / RATE
    meta.write_text(json.dumps({"timing": timing, "seconds": seconds}))
    return CallAudio(folder / "agent.wav", folder / "customer.wav", timing, seconds)
