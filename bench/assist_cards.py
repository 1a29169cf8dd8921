"""Assist-card matching cost per live segment (ADR 0029): `match` over N cards on one final
segment, against the baseline of the moments matcher on the same rules and segment (the
card matcher wraps it, so the ratio shows what the wrapping costs), and the running
sentiment update per segment.

    .venv/bin/python bench/assist_cards.py [--cards N] [--segments N]

Exits non-zero when a segment takes more than TARGET_MS at p95 with 200 cards (a final
segment arrives every second or two per party; the step runs in a worker thread, off the
event loop, and must stay well below that). Fuzzy matching of multi-word phrases (the
moments matcher's rapidfuzz windows) is nearly all of the cost."""

from __future__ import annotations

import argparse
import random
import sys
import time

from callvault.intelligence.assist.matcher import AssistCard, Segment, match
from callvault.intelligence.moments.matcher import MomentRule, match_moments
from callvault.intelligence.sentiment.running import RunningSentiment
from callvault.intelligence.transcript import Transcript, Utterance, Word

TARGET_MS = 150.0
_TOPICS = """account bill refund cancel price plan upgrade router broken slow contract renewal
discount loyalty competitor offer invoice payment card late fee engineer visit"""
WORDS = _TOPICS.split()
FILLER = "well I was just calling because the thing is that you know it has been".split()  # noqa: SIM905


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--segments", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    cards = [
        AssistCard(
            id=f"c{i}",
            title=f"Card {i}",
            body="Guidance.",
            link=None,
            phrases=tuple(" ".join(rng.sample(WORDS, 3)) for _ in range(3)),
            keywords=(rng.choice(WORDS) + str(i),),
        )
        for i in range(args.cards)
    ]
    segments = [
        " ".join(rng.choice(FILLER + WORDS) for _ in range(rng.randint(8, 30)))
        for _ in range(args.segments)
    ]
    rules = [MomentRule(key=c.id, phrases=c.phrases, keywords=c.keywords) for c in cards]

    def timed(step: object) -> list[float]:
        out = []
        for text in segments:
            start = time.perf_counter()
            step(text)  # type: ignore[operator]
            out.append((time.perf_counter() - start) * 1000)
        return out

    def baseline(text: str) -> None:
        u = Utterance(0, "caller", 0, 0, (Word(text, 0, 0),))
        match_moments(Transcript("en", 0, (u,)), rules)

    base = timed(baseline)
    cards_ms = timed(lambda text: match(cards, Segment(text, "customer")))
    running = RunningSentiment()
    mood = timed(lambda text: running.add("caller", text))
    for name, values in (("moments matcher", base), ("card match", cards_ms), ("sentiment", mood)):
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        print(f"{name:16s} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms")
    ratio = percentile(cards_ms, 0.5) / max(percentile(base, 0.5), 1e-9)
    print(f"cards: {args.cards}, segments: {args.segments}, card/moments p50 ratio {ratio:.2f}")
    p95 = percentile(cards_ms, 0.95) + percentile(mood, 0.95)
    print(f"per segment (cards + sentiment) p95 {p95:.2f} ms (target <= {TARGET_MS} ms)")
    return 0 if p95 <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
