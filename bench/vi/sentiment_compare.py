"""Sentiment accuracy of this checkout beside a baseline's (main by default), in one run
(ADR 0032): the realistic DEV half's labelled customer lines, scored inside their whole call
as the pipeline does (agent turns included, the scripted text with each PII item replaced by
its placeholder as a perfect redactor would leave it) and each alone; and the CHECK quarter
of sentiment_phone_lines.py, never fitted on, each line alone (CHECK_SECOND: the part of it
written after the first fit), and the CHECK quarter of sentiment_more_lines.py (CHECK_MORE,
written blind by another hand, stop 33). Per class too.

    .venv/bin/python bench/vi/sentiment_compare.py [--baseline REV]

The baseline's src/ is taken from git (`git archive REV src`) and run in its own process with
its own shipped model; the data and this script are this checkout's. The held-out halves of
the realistic sets are not read here, unless `--holdout` asks for the blind check (the
standalone set of sentiment_holdout.py and every realistic set's test half, BLIND_HALVES):
run it only when not tuning."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABELS = ("negative", "neutral", "positive")
# Every realistic set's held-out half (never fitted on, sentiment_head.TUNING_HALVES), each
# line scored in its call: the blind check.
BLIND_HALVES = (
    "test", "holdout-test", "fresh-test", "fourth-test", "fifth-test", "sixth-test",
    "seventh-test", "eighth-test", "ninth-test", "tenth-test", "eleventh-test", "twelfth-test",
    "thirteenth-test", "fourteenth-test", "fifteenth-test", "sixteenth-test", "seventeenth-test",
    "eighteenth-test", "nineteenth-test", "twentieth-test", "twentyfirst-test",
)  # fmt: skip


def _evaluate(holdout: bool) -> dict[str, Any]:
    """Run in a child whose sys.path starts with the src/ under test."""
    sys.path[len(sys.path) :] = [str(HERE / "realistic"), str(HERE), str(ROOT)]
    from generate import load
    from script import redact_gold
    from sentiment_more_lines import CHECK as CHECK_MORE
    from sentiment_phone_lines import CHECK, CHECK_SECOND
    from tests.support.transcripts import build_transcript

    import callvault
    from callvault.intelligence.sentiment.model import load as load_model
    from callvault.intelligence.sentiment.service import analyse

    assert Path(callvault.__file__).is_relative_to(os.environ["CALLVAULT_SRC"])
    model = load_model()
    in_call: list[tuple[str, str]] = []
    alone: list[tuple[str, str]] = []
    for p in load("dev"):
        lines = [
            ("caller" if u.speaker == "customer" else "agent", redact_gold(p, u.index))
            for u in p.utterances
        ]
        scored = analyse(build_transcript(lines), model=model).utterances
        for u in p.utterances:
            if u.sentiment:
                in_call.append((scored[u.index].label, u.sentiment))
                one = analyse(build_transcript([lines[u.index]]), model=model).utterances[0]
                alone.append((one.label, u.sentiment))

    def alone_labels(data: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
        return [
            (analyse(build_transcript([("caller", t)]), model=model).utterances[0].label, y)
            for t, y in data
        ]

    out = {
        "dev, in call": in_call,
        "dev, alone": alone,
        "CHECK": alone_labels(CHECK),
        "CHECK_SECOND": alone_labels(CHECK_SECOND),
        "CHECK_MORE": alone_labels(tuple(CHECK_MORE)),
    }
    if holdout:  # the blind check, for whoever did not tune (never while tuning)
        import sentiment_holdout as held

        out["holdout DEV"] = alone_labels(tuple(held.DEV))
        out["holdout TEST"] = alone_labels(tuple(held.TEST))
        for half in BLIND_HALVES:
            pairs: list[tuple[str, str]] = []
            for p in load(half):
                lines = [
                    ("caller" if u.speaker == "customer" else "agent", redact_gold(p, u.index))
                    for u in p.utterances
                ]
                scored = analyse(build_transcript(lines), model=model).utterances
                pairs += [(scored[u.index].label, u.sentiment) for u in p.utterances if u.sentiment]
            out[f"{half}, in call"] = pairs
        out["all blind halves, in call"] = [
            pair for half in BLIND_HALVES for pair in out[f"{half}, in call"]
        ]
    return out


def _figures(pairs: list[list[str]]) -> str:
    total = sum(got == want for got, want in pairs) / len(pairs)
    per = []
    for label in LABELS:
        mine = [got for got, want in pairs if want == label]
        per.append(f"{label[:3]} {sum(g == label for g in mine)}/{len(mine)}")
    return f"{total:.3f}  ({', '.join(per)})"


def _run(src: Path, holdout: bool) -> dict[str, Any]:
    # generate.py puts CALLVAULT_SRC (else this checkout's src/) first on the path.
    env = dict(os.environ, PYTHONPATH=str(src), CALLVAULT_SRC=str(src))
    child = [sys.executable, __file__, "--child", *(["--holdout"] if holdout else [])]
    out = subprocess.run(child, env=env, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="main", help="git revision to compare with")
    ap.add_argument(
        "--holdout",
        action="store_true",
        help="also the held-out sets (sentiment_holdout.py, holdout-* calls): the blind check",
    )
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_evaluate(args.holdout)))
        return
    git = ["git", "-C", str(ROOT), "archive", args.baseline, "src"]
    archive = subprocess.run(git, capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        before = _run(Path(tmp) / "src", args.holdout)
    after = _run(ROOT / "src", args.holdout)
    print(f"{'set':<24} {args.baseline + ' (baseline)':<36} this checkout")
    for name in after:
        print(f"{name:<24} {_figures(before[name]):<36} {_figures(after[name])}")


if __name__ == "__main__":
    main()
