"""Sentiment on recognised speech, leave one half out: the shipped head against heads fitted
with the recognised turns (sentiment_recognised.py) of every other stored tuning half, each
scored on the half left out.

Fast and faithful: the product's `sentiment.service.analyse` on each stored run's redacted
transcript, each labelled line judged by the product utterance that overlaps it most, as
score.py does (the shipped head's figures equal realistic_bench's). Sentence vectors are
computed once per text.

    .venv/bin/python bench/vi/sentiment_loho.py bench/out/realistic-*-dev.json [--weights 1,2]

Stop 40: over ten recognised dev halves the mean went 0.798 (shipped) -> 0.803 (weight 1),
0.799 (weight 2); not kept (ADR 0039 addendum)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE / "realistic"), str(HERE), str(ROOT), str(ROOT / "src")]

import sentiment_head as sh  # noqa: E402
from generate import load  # noqa: E402
from score import PARTY  # noqa: E402
from sentiment_recognised import pairs  # noqa: E402
from textstages import _transcript  # noqa: E402

from callvault.intelligence.embedding import bundled  # noqa: E402
from callvault.intelligence.embedding.encoder import OnnxSentenceEncoder  # noqa: E402
from callvault.intelligence.sentiment import model as sentiment_model  # noqa: E402
from callvault.intelligence.sentiment.service import analyse  # noqa: E402
from callvault.intelligence.transcript import Transcript  # noqa: E402

Call = tuple[Any, list[dict[str, Any]], Transcript]  # parsed script, timing, redacted


class _Remembered:
    """The bundled encoder, each text encoded once."""

    def __init__(self, encoder: OnnxSentenceEncoder) -> None:
        self.encoder = encoder
        self.name = encoder.name
        self.seen: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self.seen]
        if new:
            self.seen.update(zip(new, self.encoder.encode(new), strict=True))
        return np.array([self.seen[t] for t in texts], dtype=np.float32)


def calls(run: Path) -> list[Call]:
    out: list[Call] = []
    for half in json.loads(run.read_text()):
        parsed = {p.call.id: p for p in load(half["half"])}
        for c in half["per_call"]:
            red = _transcript(c["kept"]["outputs"]["redacted"])
            out.append((parsed[c["id"]], c["kept"]["timing"], red))
    return out


def accuracy(items: list[Call], model: sentiment_model.SentimentModel) -> float:
    right = n = 0
    for p, timing, red in items:
        labels = [u.label for u in analyse(red, model=model).utterances]
        for g in p.utterances:
            if g.sentiment is None:
                continue
            a, b = timing[g.index]["start_s"] * 1000, timing[g.index]["end_s"] * 1000
            best, overlap = None, 0.0
            for k, u in enumerate(red.utterances):
                o = min(b, u.end_ms) - max(a, u.start_ms)
                if u.speaker == PARTY[g.speaker] and o > overlap:
                    best, overlap = k, o
            n += 1
            right += best is not None and str(labels[best]) == g.sentiment
    return right / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=Path, nargs="+", help="stored runs of tuning halves")
    ap.add_argument("--weights", default="1", help="times each recognised turn counts")
    args = ap.parse_args()
    files = bundled.bundled()
    encoder = _Remembered(OnnxSentenceEncoder(files.model, files.vocab, name=files.name))
    shipped = sentiment_model.load().head
    held = {r: calls(r) for r in args.runs}

    def inputs(data: list[tuple[str, str, str]]) -> tuple[np.ndarray, np.ndarray]:
        extra = [sh.extract(tuple(sh.FEATURES), t, sh.rule_score(t), r) for t, _, r in data]
        x = np.hstack([encoder.encode([t for t, _, _ in data]), np.array(extra)])
        return x.astype(np.float64), np.array([sh.LABELS.index(label) for _, label, _ in data])

    def mean(got: dict[str, float]) -> str:
        return f"mean {sum(got.values()) / len(got):.3f}"

    def named(r: Path) -> str:
        return r.stem.removeprefix("realistic-")

    got = {
        named(r): accuracy(c, sentiment_model.SentimentModel(encoder, shipped))  # type: ignore[arg-type]
        for r, c in held.items()
    }
    print("shipped head", {k: round(v, 3) for k, v in got.items()}, mean(got), flush=True)
    xb, yb = inputs(sh.training())
    recognised = {r: inputs(pairs(r)[0]) for r in args.runs}
    for weight in (int(w) for w in args.weights.split(",")):
        got = {}
        for r in args.runs:
            others = [recognised[o] for o in args.runs if o != r for _ in range(weight)]
            w, b = sh.fit(
                np.vstack([xb, *[x for x, _ in others]]),
                np.concatenate([yb, *[y for _, y in others]]),
            )
            head = sentiment_model.SentimentHead(
                shipped.encoder,
                shipped.features,
                shipped.scale,
                w.astype(np.float32),
                b.astype(np.float32),
            )
            model = sentiment_model.SentimentModel(encoder, head)  # type: ignore[arg-type]
            got[named(r)] = accuracy(held[r], model)
        print(f"weight {weight}", {k: round(v, 3) for k, v in got.items()}, mean(got), flush=True)


if __name__ == "__main__":
    main()
