"""Which part of the redaction made each WRONG redaction of a stored run: the redactions the
scorer did not match to a PII item (a must-survive number destroyed, a placeholder in a
PII-free utterance, anything else), each with the stages and detectors whose spans overlap
it, the utterance before it and the redacted text. A tool for reading a dev half's misses,
not a figure: it changes nothing and scores nothing.

    .venv/bin/python bench/vi/realistic/attribute.py bench/out/realistic-fifth-dev.json

It replays this checkout's `redact_transcript` stages one by one on the stored raw
transcripts (as textstages.py does), with every detector `detect` calls wrapped to record
what it returned."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))

import datetime as dt

from generate import load
from product import ENTITY_TYPES
from realistic_bench import Outputs, _score
from textstages import rerun

import callvault.intelligence.redaction.detect as detect_module
from callvault.intelligence.redaction import apply as apply_module
from callvault.intelligence.redaction.entities import EntityType, PiiSpan

_DETECTORS = (
    "emails",
    "spoken_emails",
    "ibans",
    "run_spans",
    "births",
    "old_dates",
    "expiries",
    "member_ids",
    "addresses",
    "grouped_numbers",
    "known_names",
    "introduced_names",
    "spelled_names",
    "passing_names",
    "misheard_names",
    "vocative_names",
)
_STAGES = ("answers", "read_backs", "said_before", "months_before", "accounts_after_routing")


class Recorder:
    """Spans each detector and stage returned, as (name, type, text said)."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, str]] = []
        self.texts: dict[int, str] = {}

    def detector(self, name: str, fn: Callable[..., list[PiiSpan]]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> list[PiiSpan]:
            out = fn(*args, **kwargs)
            text = next((a for a in args if isinstance(a, str)), None)
            if text is None:  # detectors over tokens: the text is detect's own argument
                text = self.current
            self.found += [(name, s.type.value, text[s.start : s.end]) for s in out]
            return out

        return wrapped

    def stage(self, name: str, fn: Callable[..., dict[int, list[PiiSpan]]]) -> Callable[..., Any]:
        def wrapped(utterances: Any, *args: Any, **kwargs: Any) -> dict[int, list[PiiSpan]]:
            out = fn(utterances, *args, **kwargs)
            texts = {u.index: u.text for u in utterances}
            for index, spans in out.items():
                self.found += [(name, s.type.value, texts[index][s.start : s.end]) for s in spans]
            return out

        return wrapped

    current = ""


def install(rec: Recorder) -> None:
    for name in _DETECTORS:
        setattr(detect_module, name, rec.detector(name, getattr(detect_module, name)))
    real_detect = detect_module.detect

    def detect(text: str, **kwargs: Any) -> list[PiiSpan]:
        rec.current = text
        return real_detect(text, **kwargs)

    detect_module.detect = detect  # type: ignore[assignment]
    for name in _STAGES:
        setattr(apply_module, name, rec.stage(name, getattr(apply_module, name)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("result", type=Path)
    a = ap.parse_args()
    rec = Recorder()
    install(rec)
    tally: Counter[tuple[str, str]] = Counter()
    for half in json.loads(a.result.read_text()):
        calls = {p.call.id: p for p in load(half["half"])}
        # The directory realistic_bench.rescore gives the text stages.
        directory = sorted({n for p in calls.values() for n in (p.call.agent, p.call.customer)})
        for c in half["per_call"]:
            rec.found = []
            outputs = rerun(calls[c["id"]], c["kept"]["outputs"], directory)
            raw = outputs["raw"]["utterances"]
            red = outputs["redacted"]["utterances"]
            o = {**outputs, "call_date": dt.date.fromisoformat(str(outputs["call_date"]))}
            score = _score(
                calls[c["id"]], c["kept"]["timing"], c["seconds"], Outputs(**o), c["kept"]["heard"]
            )
            spans = [r for r in outputs["raw"]["redactions"] if r["span"]["utterance"] < len(raw)]
            for r, v in zip(spans, score.redactions, strict=True):
                if v["verdict"] == "pii":
                    continue
                u = r["span"]["utterance"]
                said = v["said"].strip()
                who = sorted(
                    {f"{n}:{t}" for n, t, s in rec.found if s.strip() and _overlap(s, said)}
                )
                for w in who:
                    tally[(v["verdict"], w)] += 1
                before = raw[u - 1]["text"] if u else ""
                print(f"{c['id'][:5]} {v['verdict']:<18} {r['type']:<18} {said!r}  <- {who}")
                print(f"      before: {before}\n      raw:    {raw[u]['text']}")
                print(f"      red:    {red[u]['text'] if u < len(red) else ''}")
    print("\nwrong redactions by verdict and maker:")
    for (verdict, who), n in tally.most_common():
        print(f"  {n:3d}  {verdict:<18} {who}")
    return 0


def _overlap(a: str, b: str) -> bool:
    a, b = a.strip(" ,.?!"), b.strip(" ,.?!")
    return bool(a) and bool(b) and (a in b or b in a)


_ = (EntityType, ENTITY_TYPES)  # imported for their side effects on the product's types

if __name__ == "__main__":
    sys.exit(main())
