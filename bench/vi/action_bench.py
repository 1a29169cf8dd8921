"""Action items and the summary's reason/outcome lines on the written transcripts of
action_set.py (issue #11): the product's redaction, then its notes, scored as the realistic
bench scores action items (keywords, one-to-one best fit; owner by name; due by date).

    .venv/bin/python bench/vi/action_bench.py [--set tune|check|both] [--show]
        [--compare GIT-REF]   # the same figures for another checkout's product, same run

Figures: recall, with owner, with due (over items with a due date), with owner and due,
invented per call; reason/outcome lines holding one of the call's words; lines that are
mostly placeholders; milliseconds of notes per call."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), os.environ.get("CALLVAULT_SRC") or str(ROOT / "src")]

from action_set import CHECK, TUNE, Act, Call  # noqa: E402

from callvault.intelligence.config import Effective  # noqa: E402
from callvault.intelligence.notes.extractive import extractive_notes  # noqa: E402
from callvault.intelligence.redaction.apply import redact_transcript  # noqa: E402
from callvault.intelligence.redaction.entities import EntityType  # noqa: E402
from callvault.intelligence.transcript import Transcript  # noqa: E402

DAY = dt.date(2026, 11, 16)
PARTY = {"A": "callee", "C": "caller"}
_ = Effective  # the settings module the product reads; entity types below are all of them
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")


def transcript(call: Call) -> Transcript:
    utterances = []
    at = 0
    for line in call.lines.strip().splitlines():
        who, text = line.split(":", 1)
        words = text.split()
        spoken = []
        for n, w in enumerate(words):  # later words carry their leading space, as recognised
            spoken.append((w if n == 0 else f" {w}", at, at + 300, 1.0))
            at += 320
        utterances.append(
            {"speaker": PARTY[who], "start_ms": spoken[0][1], "end_ms": at, "words": spoken}
        )
        at += 700
    return Transcript.from_json({"language": "en", "duration_ms": at, "utterances": utterances})


def _prefixes(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _keyword_in(keyword: str, text: str) -> bool:
    words = _prefixes(text)
    return all(any(w.startswith(k[:5]) for w in words) for k in _prefixes(keyword))


def _fit(a: Act, what: str) -> float:
    hits = sum(_keyword_in(k, what) for k in a.keywords)
    if not hits:
        return 0.0
    mine = {w[:5] for w in _prefixes(a.what) if len(w) > 3}
    return hits + 0.1 * len(mine & {w[:5] for w in _prefixes(what) if len(w) > 3})


def score(call: Call, notes: dict[str, Any]) -> dict[str, Any]:
    found = notes["action_items"]
    pairs = sorted(
        (
            (_fit(a, str(f["what"])), n, m)
            for n, a in enumerate(call.actions)
            for m, f in enumerate(found)
        ),
        reverse=True,
    )
    chosen: dict[int, int] = {}
    for value, n, m in pairs:
        if value > 0 and n not in chosen and m not in chosen.values():
            chosen[n] = m
    rows = []
    for n, a in enumerate(call.actions):
        f = found[chosen[n]] if n in chosen else None
        owner = str((f or {}).get("owner") or "").lower()
        rows.append(
            {
                "what": a.what,
                "found": f is not None,
                "owner": f is not None and any(p.lower() in owner for p in a.owner.split()),
                "due": f is not None and (a.due is None or str(f.get("due")) == a.due),
                "has_due": a.due is not None,
                "got": f,
            }
        )
    summary = notes["summary"]
    kinds = {line["kind"]: line["text"].lower() for line in summary}
    return {
        "id": call.id,
        "actions": rows,
        "invented": [f for m, f in enumerate(found) if m not in chosen.values()],
        "reason": any(w in kinds.get("reason", "") for w in call.reason),
        "outcome": any(w in kinds.get("outcome", "") for w in call.outcome),
        "placeholder_lines": sum(
            len(_PLACEHOLDER.findall(line["text"])) * 3 >= len(line["text"].split())
            for line in summary
        ),
        "summary": [f"{line['kind']}: {line['text']}" for line in summary],
    }


def _jsonable(notes: Any) -> dict[str, Any]:
    return {
        "summary": [{"kind": s.kind, "text": s.text} for s in notes.summary],
        "action_items": [
            {
                "owner": a.owner,
                "what": a.what,
                "when": a.when,
                "due": a.due.isoformat() if a.due else None,
                "party": a.party,
            }
            for a in notes.action_items
        ],
    }


def run(calls: list[Call]) -> tuple[list[dict[str, Any]], float]:
    directory = sorted({n for c in TUNE + CHECK for n in (c.agent, c.customer)})
    types = frozenset(EntityType)
    extra: dict[str, Any] = {}
    try:  # the pipeline's classifier on the sentiment model's encoder; an older checkout has none
        from callvault.intelligence.notes.commitment import for_encoder
        from callvault.intelligence.sentiment.model import load

        extra["classifier"] = for_encoder(load().encoder)
    except ImportError:
        pass
    out, spent = [], 0.0
    for call in calls:
        raw = transcript(call)
        redaction = redact_transcript(
            raw,
            types=types,
            names=directory,
            parties=[call.agent, call.customer],
            fail_closed=True,
        )
        red = redaction.transcript
        found = [f.as_json() for f in redaction.found]
        began = time.perf_counter()
        notes = _jsonable(extractive_notes(red, reference_date=DAY, people=directory, **extra))
        spent += time.perf_counter() - began
        names = {"callee": call.agent, "caller": call.customer}
        for a in notes["action_items"]:  # as an admin reads them (service.notes)
            behind = _name_behind(a, found, raw)
            if behind:  # a third party's redacted name where the task was said
                a["owner"] = behind
            elif not a.get("owner") and a.get("party"):
                a["owner"] = names.get(str(a["party"]).split("_")[0])
        out.append(score(call, notes))
    return out, 1000 * spent / max(1, len(calls))


def _name_behind(item: dict[str, Any], found: list[dict[str, Any]], raw: Transcript) -> str | None:
    """service.notes' rendering of an owner named beside their role and redacted; None in a
    checkout without it (--compare with an older ref)."""
    if not item.get("owner_said"):
        return None
    from callvault.intelligence.notes.owners import name_behind
    from callvault.intelligence.views import span_from

    return name_behind(span_from(item["owner_said"]), found, raw)


def figures(scores: list[dict[str, Any]], ms: float) -> dict[str, Any]:
    acts = [a for s in scores for a in s["actions"]]
    dated = [a for a in acts if a["has_due"]]
    n = len(scores)
    return {
        "calls": n,
        "items": len(acts),
        "recall": round(sum(a["found"] for a in acts) / len(acts), 3),
        "with owner": round(sum(a["found"] and a["owner"] for a in acts) / len(acts), 3),
        "with due": round(sum(a["found"] and a["due"] for a in dated) / max(1, len(dated)), 3),
        "with owner and due": round(
            sum(a["found"] and a["owner"] and a["due"] for a in acts) / len(acts), 3
        ),
        "invented/call": round(sum(len(s["invented"]) for s in scores) / n, 3),
        "reason lines": f"{sum(s['reason'] for s in scores)}/{n}",
        "outcome lines": f"{sum(s['outcome'] for s in scores)}/{n}",
        "placeholder lines": sum(s["placeholder_lines"] for s in scores),
        "notes ms/call": round(ms, 1),
    }


def show(scores: list[dict[str, Any]]) -> None:
    for s in scores:
        print(f"\n{s['id']}")
        for line in s["summary"]:
            print(f"   {line}")
        for a in s["actions"]:
            mark = "ok " if a["found"] and a["owner"] and a["due"] else "-- "
            got = a["got"] and (a["got"]["owner"], a["got"]["what"], a["got"]["due"])
            print(f"   {mark}{a['what']!r} -> {got}")
        for f in s["invented"]:
            print(f"   ++ invented {(f['owner'], f['what'], f['due'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=["tune", "check", "both"], default="tune")
    ap.add_argument("--show", action="store_true", help="every call's lines and items")
    ap.add_argument("--compare", metavar="GIT-REF", help="another checkout's product, same run")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    calls = {"tune": TUNE, "check": CHECK, "both": TUNE + CHECK}[args.set]
    scores, ms = run(calls)
    mine = figures(scores, ms)
    if args.json:
        print(json.dumps(mine))
        return
    if args.show:
        show(scores)
    other = _compare(args.compare, args.set) if args.compare else None
    print(f"\naction set '{args.set}': {mine['calls']} calls, {mine['items']} items")
    head = f"{'':<22}{'this checkout':>15}"
    print(head + (f"{args.compare:>15}" if other else ""))
    for key, value in mine.items():
        if key in ("calls", "items"):
            continue
        print(f"{key:<22}{value!s:>15}" + (f"{other[key]!s:>15}" if other else ""))


def _compare(ref: str, which: str) -> dict[str, Any]:
    """The same calls through another checkout's notes (its src at `ref`, this scorer)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", tmp, ref],  # noqa: S607
            check=True,
            capture_output=True,
        )
        try:
            env = {**os.environ, "CALLVAULT_SRC": str(Path(tmp) / "src")}
            done = subprocess.run(
                [sys.executable, __file__, "--set", which, "--json"],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            return dict(json.loads(done.stdout.strip().splitlines()[-1]))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", tmp],  # noqa: S607
                check=False,
                capture_output=True,
            )


if __name__ == "__main__":
    main()
