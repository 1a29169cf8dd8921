"""Transcription and notes on the realistic call set (bench/vi/realistic/, a tuning half only:
the test halves are held out): per model (tiny.en, Whisper base), the plain model against the
product's recogniser with the dictionary prompt, measured in one run:

- normalised WER per channel (agent, customer) and overall, product against plain model;
- real-time factor (wall and CPU per 2 threads) of transcription;
- with --notes: action items found with the right owner (and due date), invented items, and
  sentiment on the labelled customer utterances (text-level: the transcripts as scripted).

    .venv/bin/python bench/vi/asr_realistic.py [--calls 4] [--models tiny,base] [--notes]
        [--half fifth-dev] [--beams 5,3,1]   # the product's beam sizes side by side
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import jiwer
from whisper_normalizer.english import EnglishTextNormalizer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE / "realistic"))

from generate import load, rendered  # noqa: E402
from tests.support.transcripts import build_transcript  # noqa: E402

from callvault.intelligence.asr import base_model  # noqa: E402
from callvault.intelligence.asr.audio import DecodedAudio, decode  # noqa: E402
from callvault.intelligence.asr.model import ModelConfig, load_whisper  # noqa: E402
from callvault.intelligence.asr.recogniser import Decoding, Recogniser  # noqa: E402
from callvault.intelligence.dictionary.correct import correct  # noqa: E402
from callvault.intelligence.dictionary.prompt import hints  # noqa: E402
from callvault.intelligence.notes.extractive import extractive_notes  # noqa: E402
from callvault.intelligence.sentiment.service import analyse  # noqa: E402
from callvault.intelligence.transcript import Transcript  # noqa: E402

_norm = EnglishTextNormalizer()
# Halves that may be read (the test halves are held out).
TUNING = ("dev", "holdout-dev", "fresh-dev", "fourth-dev", "fifth-dev", "sixth-dev", "seventh-dev")
SPEAKERS = ("agent", "customer")


def wer(refs: list[str], hyps: list[str]) -> float:
    return float(jiwer.wer([_norm(r) for r in refs], [_norm(h) or "-" for h in hyps]))


def calls(n: int, skip: int = 0, half: str = "dev") -> list[tuple[dict[str, Any], DecodedAudio]]:
    out = []
    for parsed in load(half)[skip : skip + n]:
        audio, truth = rendered(parsed)
        channels = [decode(p.read_bytes()).channels[0] for p in (audio.agent, audio.customer)]
        out.append((truth, DecodedAudio.from_arrays(channels)))
    return out


def vocabulary(truth: dict[str, Any]) -> tuple[list[str], list[str]]:
    """What a workspace would have: the company as a dictionary term, the parties as names."""
    return [truth["company"]], [truth["agent"]["name"], truth["customer"]["name"]]


def plain(path: Path | None) -> Any:
    model = load_whisper(ModelConfig(path=path))

    def run(audio: DecodedAudio, _truth: dict[str, Any]) -> list[str]:
        out = []
        for samples in audio.channels:
            segments, _ = model.transcribe(samples, language="en", beam_size=5, vad_filter=True)
            out.append(" ".join(s.text.strip() for s in segments))
        return out

    return run


def product(path: Path | None, kept: dict[str, Transcript], beam: int = 5) -> Any:
    # As the engines build it (ADR 0020): base without the dictionary prompt.
    rec = Recogniser(
        ModelConfig(path=path), Decoding(beam_size=beam, dictionary_prompt=path is None)
    )

    def run(audio: DecodedAudio, truth: dict[str, Any]) -> list[str]:
        terms, names = vocabulary(truth)
        hot, prompt = hints(terms, names, common=rec.common_word)
        heard = rec.transcribe(audio, speakers=list(SPEAKERS), hotwords=hot, initial_prompt=prompt)
        t, _ = correct(heard, terms, names, common=rec.common_word)
        kept[truth["id"]] = t
        return [" ".join(u.text for u in t.utterances if u.speaker == s) for s in SPEAKERS]

    return run


def notes_scores(truth: dict[str, Any], transcript: Transcript) -> tuple[int, int, int, int]:
    """(actions found with the right owner, of which with the right due date, expected,
    invented) for the extractive notes of transcript."""
    parties = {"agent": truth["agent"]["name"], "customer": truth["customer"]["name"]}
    notes = extractive_notes(
        transcript, reference_date=date.fromisoformat(truth["date"]), parties=parties
    )
    matched: set[int] = set()
    right = with_due = 0
    for want in truth["action_items"]:
        keys = [k.lower() for k in want["keywords"]]
        for i, item in enumerate(notes.action_items):
            if i in matched or not any(k in item.what.lower() for k in keys):
                continue
            if item.owner == want["owner"]:
                matched.add(i)
                right += 1
                due = item.due.isoformat() if item.due else None
                with_due += due == want["due"]
                break
    invented = len(notes.action_items) - len(matched)
    return right, with_due, len(truth["action_items"]), invented


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=4)
    parser.add_argument("--skip", type=int, default=0, help="start after this many dev calls")
    parser.add_argument("--models", default="tiny,base")
    parser.add_argument("--variants", default="plain,product")
    parser.add_argument("--notes", action="store_true")
    parser.add_argument("--beams", default="5", help="beam sizes of the product, e.g. 5,3,1")
    parser.add_argument("--half", default="dev", choices=TUNING, help="a tuning half only")
    args = parser.parse_args()
    items = calls(args.calls, args.skip, args.half)
    seconds = sum(a.duration_s for _, a in items)
    print(f"{len(items)} dev calls, {seconds:.0f} s of stereo audio", flush=True)
    refs = {
        s: [" ".join(u["text"] for u in t["utterances"] if u["speaker"] == s) for t, _ in items]
        for s in SPEAKERS
    }
    paths: dict[str, Path | None] = {"tiny": None}
    if "base" in args.models:
        root = os.environ.get("CALLVAULT_MODEL_CACHE", tempfile.gettempdir())
        paths["base"] = base_model.model_dir(Path(root) / "callvault-models")
    kept: dict[str, dict[str, Transcript]] = {}
    rows: list[tuple[str, float, float, float, float, float]] = []
    for name in [m for m in args.models.split(",") if m in paths]:
        load_whisper(ModelConfig(path=paths[name]))
        variants = [
            (v, b)
            for v in args.variants.split(",")
            for b in ([5] if v == "plain" else [int(x) for x in args.beams.split(",")])
        ]
        for variant, beam in variants:
            label = f"{name} {variant}" + (f" b{beam}" if variant != "plain" else "")
            kept[label] = {}
            run = (
                plain(paths[name])
                if variant == "plain"
                else product(paths[name], kept[label], beam)
            )
            hyps: dict[str, list[str]] = {s: [] for s in SPEAKERS}
            t0, c0 = time.perf_counter(), time.process_time()
            for truth, audio in items:
                for s, text in zip(SPEAKERS, run(audio, truth), strict=True):
                    hyps[s].append(text)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            rows.append(
                (
                    label,
                    wer(refs["agent"], hyps["agent"]),
                    wer(refs["customer"], hyps["customer"]),
                    wer(refs["agent"] + refs["customer"], hyps["agent"] + hyps["customer"]),
                    wall / seconds,
                    cpu / seconds / 2,
                )
            )
            print(f"  {label}: {wall:.0f} s", flush=True)
    print(f"\n{'':16s} {'agent':>7s} {'customer':>9s} {'overall':>8s} {'RTF':>6s} {'cpu/2':>6s}")
    for label, wa, wc, wo, rtf, crtf in rows:
        print(f"{label:16s} {wa:7.3f} {wc:9.3f} {wo:8.3f} {rtf:6.3f} {crtf:6.3f}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, shared)")

    if args.notes:
        print("\n== notes (extractive, on each product transcript and on the script text)")
        sources = {label: k for label, k in kept.items() if k}
        sources["script text"] = {
            t["id"]: build_transcript([(u["speaker"], u["text"]) for u in t["utterances"]])
            for t, _ in items
        }
        for label, transcripts in sources.items():
            totals = [0, 0, 0, 0]
            for truth, _ in items:
                if truth["id"] in transcripts:
                    for k, v in enumerate(notes_scores(truth, transcripts[truth["id"]])):
                        totals[k] += v
            right, due, expected, invented = totals
            print(
                f"{label:16s} action items with owner {right}/{expected}, with due date "
                f"{due}/{expected}, invented {invented} ({invented / max(1, len(items)):.1f}/call)"
            )
        hits = total = 0
        for truth, _ in items:
            for u in truth["utterances"]:
                if u["sentiment"]:
                    got = analyse(build_transcript([("customer", u["text"])])).utterances[0]
                    hits += got.label == u["sentiment"]
                    total += 1
        print(f"sentiment on labelled customer utterances: {hits}/{total} = {hits / total:.3f}")


if __name__ == "__main__":
    main()
