"""Render the calls' audio (cached) and write their ground truth with utterance times.

    .venv/bin/python bench/vi/realistic/generate.py [--half dev|test|both|holdout-dev|holdout-test
        |fresh-dev|fresh-test|fourth-dev|fourth-test|fifth-dev|fifth-test
        |sixth-dev|sixth-test|seventh-dev|seventh-test|eighth-dev|eighth-test
        |ninth-dev|ninth-test|tenth-dev|tenth-test|eleventh-dev|eleventh-test
        |twelfth-dev|twelfth-test|thirteenth-dev|thirteenth-test
        |fourteenth-dev|fourteenth-test|fifteenth-dev|fifteenth-test
        |sixteenth-dev|sixteenth-test|seventeenth-dev|seventeenth-test
        |eighteenth-dev|eighteenth-test|nineteenth-dev|nineteenth-test
        |twentieth-dev|twentieth-test|twentyfirst-dev|twentyfirst-test]

Prints each call's length and where its files are; the ground truth JSON lands beside the
audio (bench/vi/.cache/realistic/<call>-<hash>/truth.json)."""

from __future__ import annotations

import argparse
import importlib
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

# Each half and the modules holding its calls. The first set (dev, test) was written by
# another hand than the redaction's; holdout-* (a second set, other trades) later by another;
# fresh-* (a third set) and fourth-* (a fourth, its weight on numbers that must survive
# redaction) blind from a brief on 2026-12-04; fifth-* (its weight on what must not be
# redacted: numbers and number talk right after sensitive answers, cue-like words, names
# used as ordinary words) blind from a brief on 2026-12-05; sixth-* (twelve more trades,
# business numbers with trade-specific names, read-backs and corrections) blind from a brief
# on 2026-12-05 (stop 24); seventh-* (twelve more trades, a fresh blind test for stop 25's
# work) blind from a brief on 2026-12-05 (stop 25); eighth-* (twelve more trades, a fresh
# blind test) blind from a brief on 2026-12-05; ninth-* (twelve more trades, its weight on
# phone numbers, IBANs and street addresses) blind from a brief on 2026-12-05; tenth-*
# (twelve more trades, its weight on names from many cultures, phone numbers said every way)
# blind from a brief on 2026-12-05; eleventh-* (twelve more trades, its weight on what looks
# like personal data but is not, action items with owners and due dates) blind from a brief
# on 2026-12-05; twelfth-* (twelve more trades, its weight on action items with named owners
# and due days, customer sentiment, and the PII types with low recall: street addresses,
# IBANs, member ids, e-mails, dates of birth) blind from a brief on 2026-12-05; thirteenth-*
# (twelve more trades, its weight on action items with named owners and due days said every
# way, customer sentiment, PII said naturally and numbers that must survive) blind from a
# brief on 2026-12-06; fourteenth-* (twelve more trades, the same weights, with look-alikes of
# action items and indirect ones) blind from a brief on 2026-12-06; fifteenth-* (twelve more
# trades, the same weights, action items in varied sentence shapes and look-alikes that are not
# tasks) blind from a brief on 2026-12-06; sixteenth-* (twelve more trades, its weight on the PII
# types hardest to hide on phone speech: street addresses, card numbers, phones, SSNs, dates of
# birth, bank ids) blind from a brief on 2026-12-06; seventeenth-* (twelve more trades, its weight
# on dates of birth, phone numbers, IBANs, card expiries and security codes, and names said again
# later in the call) blind from a brief on 2026-12-06 (stop 35); eighteenth-* (twelve more trades,
# its weight on bank and routing numbers, member and policy ids, card numbers and SSNs, street
# addresses, action items with named owners and due days, and customer sentiment said plainly and
# indirectly) blind from a brief on 2026-12-06 (stop 36); nineteenth-* (twelve more trades, its
# weight on numbers read over several turns with the other party's interjections between the
# groups, bank numbers and IBANs, dates of birth, street addresses, action items with named owners
# and due days, and customer sentiment) blind from a brief on 2026-12-06 (stop 36); twentieth-*
# (twelve more trades, its weight on action items with named owners and due days, customer
# sentiment, bank numbers and IBANs, street addresses, phone numbers and dates of birth) blind
# from a brief on 2026-12-06 (stop 37); twentyfirst-* (twelve more trades, half of them in the
# US, its weight on bank and routing numbers, member ids, street addresses over several turns,
# phones, dates of birth, action items owned by third persons, and customer sentiment) blind from a
# brief on 2026-12-06 (stop 38). The test halves are held out.
HALF_MODULES: dict[str, tuple[str, ...]] = {
    "dev": ("dev_calls",),
    "test": ("test_calls",),
    "both": ("dev_calls", "test_calls"),
    "holdout-dev": ("holdout_dev_calls",),
    "holdout-test": ("holdout_test_calls",),
    "fresh-dev": ("fresh_dev_calls",),
    "fresh-test": ("fresh_test_calls",),
    "fourth-dev": ("fourth_dev_calls",),
    "fourth-test": ("fourth_test_calls",),
    "fifth-dev": ("fifth_dev_calls",),
    "fifth-test": ("fifth_test_calls",),
    "sixth-dev": ("sixth_dev_calls",),
    "sixth-test": ("sixth_test_calls",),
    "seventh-dev": ("seventh_dev_calls",),
    "seventh-test": ("seventh_test_calls",),
    "eighth-dev": ("eighth_dev_calls",),
    "eighth-test": ("eighth_test_calls",),
    "ninth-dev": ("ninth_dev_calls",),
    "ninth-test": ("ninth_test_calls",),
    "tenth-dev": ("tenth_dev_calls",),
    "tenth-test": ("tenth_test_calls",),
    "eleventh-dev": ("eleventh_dev_calls",),
    "eleventh-test": ("eleventh_test_calls",),
    "twelfth-dev": ("twelfth_dev_calls",),
    "twelfth-test": ("twelfth_test_calls",),
    "thirteenth-dev": ("thirteenth_dev_calls",),
    "thirteenth-test": ("thirteenth_test_calls",),
    "fourteenth-dev": ("fourteenth_dev_calls",),
    "fourteenth-test": ("fourteenth_test_calls",),
    "fifteenth-dev": ("fifteenth_dev_calls",),
    "fifteenth-test": ("fifteenth_test_calls",),
    "sixteenth-dev": ("sixteenth_dev_calls",),
    "sixteenth-test": ("sixteenth_test_calls",),
    "seventeenth-dev": ("seventeenth_dev_calls",),
    "seventeenth-test": ("seventeenth_test_calls",),
    "eighteenth-dev": ("eighteenth_dev_calls",),
    "eighteenth-test": ("eighteenth_test_calls",),
    "nineteenth-dev": ("nineteenth_dev_calls",),
    "nineteenth-test": ("nineteenth_test_calls",),
    "twentieth-dev": ("twentieth_dev_calls",),
    "twentieth-test": ("twentieth_test_calls",),
    "twentyfirst-dev": ("twentyfirst_dev_calls",),
    "twentyfirst-test": ("twentyfirst_test_calls",),
}
HALVES = tuple(HALF_MODULES)


def load(half: str) -> list[Parsed]:
    """The parsed calls of a half (HALF_MODULES), checked for consistency."""
    calls = []
    for module in HALF_MODULES[half]:
        calls += importlib.import_module(module).CALLS
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
