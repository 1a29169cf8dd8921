"""Post-call model choice (ADR 0020): tiny.en against Whisper base on the same phone calls, each
as the plain model (faster-whisper defaults: VAD, beam 5, no prompt) and through the product's
recogniser (regions checked for loops and decoded again, ordinary digits, with the dictionary
prompt and hotwords), measured in one run:

- normalised WER per channel (agent, customer) and overall;
- real-time factor (processing seconds / call seconds, both channels), wall and CPU time;
- digit strings (card, SSN, codes, expiry) heard exactly, so a loop or a lost turn shows.

The calls are scripted two-party calls with PII read the ways callers read it, two voices
(hibari neural, espeak-ng), telephone chain with noise.

    .venv/bin/python bench/vi/asr_models.py [--calls 4] [--models tiny,base]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import jiwer
from whisper_normalizer.english import EnglishTextNormalizer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


from tests.support.speech import Voice, conversation_audio  # noqa: E402

from callvault.intelligence.asr import base_model  # noqa: E402
from callvault.intelligence.asr.audio import DecodedAudio, Samples  # noqa: E402
from callvault.intelligence.asr.model import ModelConfig, load_whisper  # noqa: E402
from callvault.intelligence.asr.recogniser import Recogniser  # noqa: E402
from callvault.intelligence.dictionary.correct import correct  # noqa: E402
from callvault.intelligence.dictionary.prompt import (  # noqa: E402
    DictionaryTerm,
    hints,
)

CACHE = Path(__file__).resolve().parent / ".cache"
_norm = EnglishTextNormalizer()

TERMS = [DictionaryTerm("Zentrix"), DictionaryTerm("CallVault"), DictionaryTerm("Quorvex")]
NAMES = ["Priya Raman", "Tobias Lindqvist", "Mark Price", "Grace Hope"]

# (agent line, customer line) pairs; digits are what must come back exactly.
CALLS: list[list[tuple[int, str]]] = [
    [
        (0, "Thank you for calling Zentrix billing, this is Priya, how can I help?"),
        (1, "Hi, I need to pay the balance on my account please."),
        (0, "Of course. Can I take the long card number please?"),
        (
            1,
            "Yes, it is five four five four, five four five four, one two three four, "
            "nine eight seven six.",
        ),
        (0, "Thank you. And the expiry date?"),
        (1, "Oh nine, twenty eight."),
        (0, "And the three digit code on the back?"),
        (1, "Four two seven."),
        (0, "Thank you, the payment of forty two dollars went through."),
        (1, "Great, thanks a lot, goodbye."),
    ],
    [
        (0, "Good morning, Quorvex clinic, how can I help you today?"),
        (1, "Hello, I would like to move my appointment to next week."),
        (0, "Sure. Can you confirm the last four of your social?"),
        (1, "Six seven eight nine."),
        (0, "And your date of birth please?"),
        (1, "March the fourth, nineteen eighty two."),
        (0, "I have moved you to Tuesday at ten thirty, is that fine?"),
        (1, "Yes, that works, thank you very much."),
    ],
    [
        (0, "Thanks for calling CallVault support, my name is Tobias."),
        (1, "Hi Tobias, my order has not arrived and I am pretty upset about it."),
        (0, "I am sorry to hear that. What is the order number?"),
        (1, "It is seven seven three one two eight."),
        (0, "I can see it is held at the depot. I will send it out today and waive the fee."),
        (1, "Okay, and when will it get here?"),
        (0, "It should arrive on Friday. You will get a tracking email this afternoon."),
        (1, "Thank you, that helps."),
    ],
    [
        (0, "Hello, you are through to the bank, who am I speaking with?"),
        (1, "Hi, this is Daniel, I think someone used my card."),
        (0, "I will block it now. Can you read me the card number?"),
        (1, "Four five three two, one one one one, two two two two, three three three three."),
        (0, "Thank you. A new card will arrive within five working days."),
        (1, "Please also send me a letter confirming the refund."),
        (0, "I will post that letter to you tomorrow."),
        (1, "Thanks, bye."),
    ],
]
DIGITS = re.compile(r"\d+")


@dataclass
class Result:
    hyps: dict[int, list[str]]  # channel -> hypothesis per call
    seconds: float
    cpu: float
    audio: float


def run(label: str, decode_call: object, audio: list[tuple[Samples, Samples]]) -> Result:
    hyps: dict[int, list[str]] = {0: [], 1: []}
    spent = cpu = total = 0.0
    for channels in audio:
        t0, c0 = time.perf_counter(), time.process_time()
        texts = decode_call(channels)  # type: ignore[operator]
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
        total += channels[0].shape[0] / 16_000
        for ch in (0, 1):
            hyps[ch].append(texts[ch])
    print(f"  {label} done in {spent:.1f} s", flush=True)
    return Result(hyps, spent, cpu, total)


def raw_model(path: str | None) -> object:
    model = load_whisper(ModelConfig(path=Path(path) if path else None))

    def decode(channels: tuple[Samples, Samples]) -> list[str]:
        out = []
        for samples in channels:
            segments, _ = model.transcribe(samples, language="en", beam_size=5, vad_filter=True)
            out.append(" ".join(s.text.strip() for s in segments))
        return out

    return decode


def product(path: str | None, *, prompted: bool = True) -> object:
    """The pipeline's transcription: recogniser with the dictionary hints it is given in the
    transcribe stage (prompted) or none, then dictionary correction."""
    rec = Recogniser(ModelConfig(path=Path(path) if path else None))
    words, prompt = hints(TERMS, NAMES, common=rec.common_word) if prompted else (None, None)

    def decode(channels: tuple[Samples, Samples]) -> list[str]:
        heard = rec.transcribe(
            DecodedAudio.from_arrays(list(channels)),
            speakers=["agent", "customer"],
            hotwords=words,
            initial_prompt=prompt,
        )
        t, _ = correct(heard, TERMS, NAMES, common=rec.common_word)
        return [
            " ".join(u.text for u in t.utterances if u.speaker == who)
            for who in ("agent", "customer")
        ]

    return decode


def wer(refs: list[str], hyps: list[str]) -> float:
    return float(jiwer.wer([_norm(r) for r in refs], [_norm(h) or "-" for h in hyps]))


def digits_ok(refs: list[str], hyps: list[str]) -> tuple[int, int]:
    """Reference digit strings (normalised) found verbatim in the normalised hypothesis."""
    hit = total = 0
    for r, h in zip(refs, hyps, strict=True):
        got = "".join(DIGITS.findall(_norm(h)))
        for d in DIGITS.findall(_norm(r)):
            if len(d) >= 3:
                total += 1
                hit += d in got
    return hit, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=len(CALLS))
    parser.add_argument("--models", default="tiny,base")
    parser.add_argument(
        "--variants", default="raw,product", help="raw, product, unprompted (no dictionary hints)"
    )
    parser.add_argument("--noise-db", type=float, default=18.0)
    args = parser.parse_args()
    scripts = CALLS[: args.calls]
    voices: list[Voice] = ["hibari", "espeak"]
    audio: list[tuple[Samples, Samples]] = []
    refs: dict[int, list[str]] = {0: [], 1: []}
    for i, turns in enumerate(scripts):
        # The agent on the neural voice, the customer alternating engines: two engines per call
        # where the customer is espeak.
        pair = ("hibari", voices[i % 2])
        conv = conversation_audio(
            turns,
            noise_db=args.noise_db,
            voices=pair,
            seed=11 + i,
            cache=CACHE,  # type: ignore[arg-type]
        )
        audio.append(conv.channels)
        for ch in (0, 1):
            refs[ch].append(" ".join(t for c, t in turns if c == ch))
    seconds = sum(a[0].shape[0] for a in audio) / 16_000
    print(f"{len(audio)} calls, {seconds:.0f} s of stereo audio, noise {args.noise_db} dB")

    paths: dict[str, str | None] = {"tiny": None}
    if "base" in args.models:
        root = os.environ.get("CALLVAULT_MODEL_CACHE", tempfile.gettempdir())
        cache = Path(root) / "callvault-models"
        t0 = time.perf_counter()
        paths["base"] = str(base_model.model_dir(cache))
        print(f"base assembled/verified in {time.perf_counter() - t0:.1f} s at {paths['base']}")
    results: dict[str, Result] = {}
    for name in args.models.split(","):
        load_whisper(ModelConfig(path=Path(paths[name]) if paths[name] else None))  # load first
        makers = {
            "raw": lambda p: raw_model(p),
            "product": lambda p: product(p),
            "unprompted": lambda p: product(p, prompted=False),
        }
        for variant in args.variants.split(","):
            label = f"{name} {variant}"
            results[label] = run(label, makers[variant](paths[name]), audio)

    print(
        f"\n{'':14s} {'WER agent':>9s} {'customer':>9s} {'overall':>8s} {'digits':>7s} "
        f"{'RTF wall':>9s} {'RTF cpu/2':>9s}"
    )
    for label, r in results.items():
        w_agent = wer(refs[0], r.hyps[0])
        w_cust = wer(refs[1], r.hyps[1])
        w_all = wer(refs[0] + refs[1], r.hyps[0] + r.hyps[1])
        hit, total = digits_ok(refs[1], r.hyps[1])
        print(
            f"{label:14s} {w_agent:9.3f} {w_cust:9.3f} {w_all:8.3f} {hit:>3d}/{total:<3d} "
            f"{r.seconds / r.audio:9.3f} {r.cpu / r.audio / 2:9.3f}"
        )
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, shared)")
    if os.environ.get("SHOW"):
        for label, r in results.items():
            print("\n##", label)
            for ch in (0, 1):
                for h in r.hyps[ch]:
                    print(f"  [{ch}] {h}")


if __name__ == "__main__":
    main()
