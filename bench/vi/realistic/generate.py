"""Render the calls' audio (cached) and write their ground truth with utterance times.

    .venv/bin/python bench/vi/realistic/generate.py [--half dev|test|both|holdout-dev|holdout-test
        |fresh-dev|fresh-test|fourth-dev|fourth-test]

Prints each call's length and where its files are; the ground truth JSON lands beside the
audio (bench/vi/.cache/realistic/<call>-<hash>/truth.json)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The product under test: this checkout's sources, or CALLVAULT_SRC (--compare uses it).
sys.path.insert(
    0, os.environ.get("CALLVAULT_SRC") or str(Path(__file__).resolve().parents[3] / "src")
)

from audio import CallAudio, render
from check import problems
from script import Parsed, ground_truth, parse

HALVES = (
    "dev",
    "test",
    "both",
    "holdout-dev",
    "holdout-test",
    "fresh-dev",
    "fresh-test",
    "fourth-dev",
    "fourth-test",
)


def load(half: str) -> list[Parsed]:
    """The parsed calls of a half: dev, test or both (the first set), holdout-dev or
    holdout-test (a second set in other trades, written later by another hand), fresh-dev
    or fresh-test (a third set, written blind from a brief on 2026-12-04), or fourth-dev or
    fourth-test (a fourth set, also written blind from a brief on 2026-12-04, its weight on
    numbers that must survive redaction)."""
    calls = []
    if half in ("dev", "both"):
        from dev_calls import CALLS as DEV

        calls += DEV
    if half in ("test", "both"):
        from test_calls import CALLS as TEST

        calls += TEST
    if half == "holdout-dev":
        from holdout_dev_calls import CALLS as HOLDOUT_DEV

        calls += HOLDOUT_DEV
    if half == "holdout-test":
        from holdout_test_calls import CALLS as HOLDOUT_TEST

        calls += HOLDOUT_TEST
    if half == "fresh-dev":
        from fresh_dev_calls import CALLS as FRESH_DEV

        calls += FRESH_DEV
    if half == "fresh-test":
        from fresh_test_calls import CALLS as FRESH_TEST

        calls += FRESH_TEST
    if half == "fourth-dev":
        from fourth_dev_calls import CALLS as FOURTH_DEV

        calls += FOURTH_DEV
    if half == "fourth-test":
        from fourth_test_calls import CALLS as FOURTH_TEST

        calls += FOURTH_TEST
    parsed = [parse(c) for c in calls]
    if found := problems(parsed):
        raise SystemExit("the call set is inconsistent:\n  " + "\n  ".join(found))
    return parsed


def rendered(p: Parsed) -> tuple[CallAudio, dict[str, object]]:
    audio = render(p)
    truth = ground_truth(p, audio.timing)
    (audio.agent.parent / "truth.json").write_text(json.dumps(truth, indent=1))
    return audio, truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, default="dev")
    args = ap.parse_args()
    for p in load(args.half):
        audio, _ = rendered(p)
        print(
            f"{p.call.id:<20} {audio.seconds:6.1f} s  {len(p.utterances):3d} utterances  "
            f"{len(p.pii):3d} PII  {len(p.keep):3d} kept  {audio.agent.parent}"
        )


if __name__ == "__main__":
    main()
