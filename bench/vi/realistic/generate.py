"""Render the calls' audio (cached) and write their ground truth with utterance times.

    .venv/bin/python bench/vi/realistic/generate.py [--half dev|test|both]

Prints each call's length and where its files are; the ground truth JSON lands beside the
audio (bench/vi/.cache/realistic/<call>-<hash>/truth.json)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audio import CallAudio, render  # noqa: E402
from script import Parsed, ground_truth, parse  # noqa: E402


def load(half: str) -> list[Parsed]:
    """The parsed calls of a half: dev, test or both."""
    calls = []
    if half in ("dev", "both"):
        from dev_calls import CALLS as dev

        calls += dev
    if half in ("test", "both"):
        from test_calls import CALLS as test

        calls += test
    return [parse(c) for c in calls]


def rendered(p: Parsed) -> tuple[CallAudio, dict[str, object]]:
    audio = render(p)
    truth = ground_truth(p, audio.timing)
    (audio.agent.parent / "truth.json").write_text(json.dumps(truth, indent=1))
    return audio, truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["dev", "test", "both"], default="dev")
    args = ap.parse_args()
    for p in load(args.half):
        audio, _ = rendered(p)
        print(
            f"{p.call.id:<20} {audio.seconds:6.1f} s  {len(p.utterances):3d} utterances  "
            f"{len(p.pii):3d} PII  {len(p.keep):3d} kept  {audio.agent.parent}"
        )


if __name__ == "__main__":
    main()
