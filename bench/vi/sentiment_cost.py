"""What the sentiment model costs (ADR 0030): load time, resident memory it adds, and
milliseconds per utterance for the rules alone and rules + model, in the same run, on one
thread (as the worker runs it).

    .venv/bin/python bench/vi/sentiment_cost.py [--utterances N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.support.transcripts import build_transcript  # noqa: E402
from tests.unit.intelligence.sentiment.phone import PHONE  # noqa: E402

from callvault.intelligence.sentiment.model import load  # noqa: E402
from callvault.intelligence.sentiment.service import analyse  # noqa: E402


def _rss_mb() -> float:
    """Resident memory now (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--utterances", type=int, default=40, help="utterances per call")
    args = ap.parse_args()
    lines = [
        ("caller" if i % 2 else "agent", PHONE[i % len(PHONE)][0]) for i in range(args.utterances)
    ]
    call = build_transcript(lines)
    analyse(call)  # VADER's lexicon loads once
    before = _rss_mb()
    t0 = time.perf_counter()
    model = load()
    load_s = time.perf_counter() - t0
    print(f"model load {load_s:.2f} s, resident memory +{_rss_mb() - before:.0f} MB")
    analyse(call, model=model)  # warm-up
    rounds = 5
    for name, m in (("rules", None), ("rules + model", model)):
        t0 = time.perf_counter()
        for _ in range(rounds):
            analyse(call, model=m)
        ms = (time.perf_counter() - t0) * 1000 / (rounds * len(lines))
        print(f"{name:<14} {ms:6.2f} ms per utterance")
    print(f"after scoring: resident memory +{_rss_mb() - before:.0f} MB")


if __name__ == "__main__":
    main()
