"""Fit the commitment head (ADR 0033): binary logistic regression on bundled-MiniLM sentence
embeddings of commitment_set.py, written to JSON for the product to ship. The head only
decides sentences whose verb the action-item rules do not know ("I'll knock the fee off…"
vs "I'll be honest…"); the rules decide the rest.

    .venv/bin/python bench/vi/commitment_head.py           # fit, score the check fifth, write
    .venv/bin/python bench/vi/commitment_head.py --check   # score only, write nothing

Deterministic: full-batch gradient descent from zeros, fixed steps."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT / "src")]

from commitment_set import COMMITMENTS, NOT_COMMITMENTS  # noqa: E402

from callvault.intelligence.embedding import bundled  # noqa: E402
from callvault.intelligence.embedding.encoder import OnnxSentenceEncoder  # noqa: E402

OUT = ROOT / "src" / "callvault" / "intelligence" / "notes" / "data" / "commitment-head.json"
L2 = 0.001
STEPS = 4000
RATE = 2.0


def _split(texts: list[str]) -> tuple[list[str], list[str]]:
    return [t for i, t in enumerate(texts) if i % 5 != 4], texts[4::5]


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= RATE * (x.T @ grad / len(y) + L2 * w)
        b -= RATE * float(grad.mean())
    return w, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="score the check fifth only")
    args = ap.parse_args()
    files = bundled.bundled()
    encoder = OnnxSentenceEncoder(files.model, files.vocab, name=files.name)
    pos_fit, pos_check = _split(COMMITMENTS)
    neg_fit, neg_check = _split(NOT_COMMITMENTS)
    x = encoder.encode(pos_fit + neg_fit).astype(np.float64)
    y = np.array([1.0] * len(pos_fit) + [0.0] * len(neg_fit))
    w, b = fit(x, y)
    xc = encoder.encode(pos_check + neg_check).astype(np.float64)
    yc = np.array([1.0] * len(pos_check) + [0.0] * len(neg_check))
    pc = 1 / (1 + np.exp(-(xc @ w + b)))
    pf = 1 / (1 + np.exp(-(x @ w + b)))
    print(f"fit accuracy   {np.mean((pf >= 0.5) == y):.3f} over {len(y)}")
    print(f"check accuracy {np.mean((pc >= 0.5) == yc):.3f} over {len(yc)}")
    for text, p, want in zip(pos_check + neg_check, pc, yc, strict=True):
        if (p >= 0.5) != want:
            print(f"  wrong {p:.2f} {text}")
    if args.check:
        return
    # The shipped head is fitted on every sentence, the check fifth included.
    x = encoder.encode(COMMITMENTS + NOT_COMMITMENTS).astype(np.float64)
    y = np.array([1.0] * len(COMMITMENTS) + [0.0] * len(NOT_COMMITMENTS))
    w, b = fit(x, y)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "encoder": files.name,
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
        "fitted_on": "bench/vi/commitment_set.py",
    }
    OUT.write_text(json.dumps(doc) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
