"""Labelled lines as the product reads them after the recogniser: each scripted customer line
of a stored realistic run (`realistic_bench.py --out`) paired with the recogniser's turn that
holds it, in the REDACTED transcript the product scores (the analysis reads that one), with
that turn's reply, and the line's label.

The sentiment head was fitted on lines as written; on recognised speech it met garbled words
("I've been on hold for forty minutes" heard as "I've been on all for forty minutes") it had
never seen labelled. These pairs let a fit see them (`sentiment_head.py --recognised`).

A turn that holds lines with different labels is left out: it has no one right answer. Only
tuning halves (`*-dev`) are read; a test half's run is refused, so no blind half is fitted on.

    .venv/bin/python bench/vi/sentiment_recognised.py bench/out/realistic-twentieth-dev.json
        # prints the pairs and how many turns were left out
    .venv/bin/python bench/vi/sentiment_head.py --check --recognised bench/out/realistic-*-dev.json

Tried at stop 40 and not kept in the shipped head (ADR 0039 addendum): fitted with ten
recognised dev halves' turns, leave-one-half-out accuracy on recognised speech went 0.798 →
0.803."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE / "realistic"), str(HERE), str(ROOT), str(ROOT / "src")]

from generate import load  # noqa: E402
from score import PARTY  # noqa: E402
from textstages import _transcript  # noqa: E402

from callvault.intelligence.sentiment.service import _reply, _turns  # noqa: E402
from callvault.intelligence.transcript import Transcript  # noqa: E402


def _holding(t: Transcript, speaker: str, a_ms: float, b_ms: float) -> int | None:
    """The utterance of `speaker` that overlaps [a, b] most (score.py's rule)."""
    best, overlap = None, 0.0
    for n, u in enumerate(t.utterances):
        if u.speaker != speaker:
            continue
        o = min(b_ms, u.end_ms) - max(a_ms, u.start_ms)
        if o > overlap:
            best, overlap = n, o
    return best


def pairs(run: Path) -> tuple[list[tuple[str, str, str]], int]:
    """(turn text, label, reply) per recognised turn holding labelled lines; and how many
    turns were left out for holding lines with different labels."""
    out: list[tuple[str, str, str]] = []
    mixed = 0
    for half in json.loads(run.read_text()):
        if not half["half"].endswith("-dev"):
            raise SystemExit(f"{run}: {half['half']} is no tuning half; only *-dev runs are read")
        parsed = {p.call.id: p for p in load(half["half"])}
        for call in half["per_call"]:
            p = parsed[call["id"]]
            timing: list[dict[str, Any]] = call["kept"]["timing"]
            red = _transcript(call["kept"]["outputs"]["redacted"])
            turn_of = {i: tuple(t) for t in _turns(red.utterances) for i in t}
            labels: dict[tuple[int, ...], set[str]] = {}
            for g in p.utterances:
                if g.sentiment is None:
                    continue
                a, b = timing[g.index]["start_s"] * 1000, timing[g.index]["end_s"] * 1000
                n = _holding(red, PARTY[g.speaker], a, b)
                if n is not None and n in turn_of:
                    labels.setdefault(turn_of[n], set()).add(g.sentiment)
            for turn, said in labels.items():
                if len(said) > 1:
                    mixed += 1
                    continue
                text = " ".join(red.utterances[i].text.strip() for i in turn)
                out.append((text, next(iter(said)), _reply(red.utterances, turn[-1])))
    return out, mixed


def main() -> None:
    for arg in sys.argv[1:]:
        got, mixed = pairs(Path(arg))
        for text, label, reply in got:
            print(f"{label:<9}{text}  || {reply[:60]}")
        print(f"{arg}: {len(got)} turns, {mixed} left out (lines with different labels)")


if __name__ == "__main__":
    main()
