"""Where action items are lost between the written script and the recogniser's transcript.

For each scripted item with a day that the product reads right (found, owner and day) on the
written script (`script_actions.py`: a perfect recogniser and redactor) but not on a stored
full run's recognised transcript (`realistic_bench.py --out`), this asks whether the words it
needs were heard: one of the item's keywords and its day, in what the recogniser wrote on the
speaker's channel while the scripted lines holding the keyword were said. If either is
missing the loss is the recogniser's ("tonight" heard as "to hide", "Tuesday" as "Juicy");
if both are there it is the reading's (a shape the rules miss, an owner's name misspelt
behind its placeholder). A crude split (a keyword may be heard in another clause), but it
tells which stage to work on.

    .venv/bin/python bench/vi/action_losses.py bench/out/realistic-H.json [--show]

A tuning half (`*-dev`) may be shown item by item; a test half only counted."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "realistic")]

import score  # noqa: E402
import script_actions as sa  # noqa: E402
from generate import load  # noqa: E402
from script import Action, Parsed  # noqa: E402
from spoken import read  # noqa: E402

from callvault.intelligence.notes.commitment import for_encoder  # noqa: E402
from callvault.intelligence.sentiment.model import load as sentiment_model  # noqa: E402

_FILLER = frozenset(["the", "by", "on", "before", "within", "in", "at"])
_NEAR_MS = 500  # word times are approximate


def right(row: dict[str, Any]) -> bool:
    return bool(row["found"] and row["owner_right"] and row["due_right"])


def script_rows(p: Parsed, classifier: Any) -> list[dict[str, Any]]:
    """The scorer's rows for the call's written script, as script_actions reads it."""
    lines = sa.script_lines(p)
    notes = sa.extractive_notes(
        sa.build_transcript(lines),
        reference_date=sa.DAY,
        dictionary_terms=(),
        parties={"callee": p.call.agent, "caller": p.call.customer},
        classifier=classifier,
    )
    doc = sa.jsonable(notes)
    for row, item in zip(doc["action_items"], notes.action_items, strict=True):
        if item.owner_said is not None:
            row["owner"] = sa._name_at(p, lines, item.owner_said) or row["owner"]
    s = score.CallScore(p.call.id, 0.0)
    score._score_actions(s, p, doc, sa.DAY)
    return s.actions


def heard_near(p: Parsed, call: dict[str, Any], a: Action) -> tuple[list[str], str]:
    """The scripted lines holding one of the item's keywords, and what the recogniser wrote
    on their speaker's channel while they were said."""
    lines = sa.script_lines(p)
    timing = call["kept"]["timing"]
    red = call["kept"]["outputs"]["redacted"]["utterances"]
    held = [i for i, (_, t) in enumerate(lines) if any(score._keyword_in(k, t) for k in a.keywords)]
    heard = [
        u["text"]
        for i in held
        for u in red
        if u["speaker"] == lines[i][0]
        and u["end_ms"] > timing[i]["start_s"] * 1000 - _NEAR_MS
        and u["start_ms"] < timing[i]["end_s"] * 1000 + _NEAR_MS
    ]
    return [lines[i][1] for i in held], " ".join(heard)


def day_heard(due_words: str, heard: str) -> bool:
    said = due_words.lower()
    digits = read(due_words).digits
    words = [w for w in re.findall(r"[a-z]+", said) if w not in _FILLER]
    return (
        said in heard.lower()
        or bool(digits and digits in read(heard).digits)
        or bool(words and all(w in heard.lower() for w in words))
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("result", type=Path, help="a realistic_bench.py --out file")
    ap.add_argument("--show", action="store_true", help="each lost item (tuning halves only)")
    args = ap.parse_args()
    classifier = for_encoder(sentiment_model().encoder)
    for half in json.loads(args.result.read_text()):
        name = str(half["half"])
        if args.show and not (name == "dev" or name.endswith("-dev")):
            ap.error(f"{name}: a test half is counted only (no --show)")
        calls = {p.call.id: p for p in load(name)}
        counts = {"dated": 0, "script right": 0, "recognised right": 0}
        lost = {"recogniser": 0, "reading": 0}
        for call in half["per_call"]:
            p = calls[call["id"]]
            for a, on_script, heard_row in zip(
                p.call.actions, script_rows(p, classifier), call["actions"], strict=True
            ):
                if not a.due_words:
                    continue
                counts["dated"] += 1
                counts["script right"] += right(on_script)
                counts["recognised right"] += right(heard_row)
                if not right(on_script) or right(heard_row):
                    continue
                said, heard = heard_near(p, call, a)
                keyword = any(score._keyword_in(k, heard) for k in a.keywords)
                kind = "reading" if keyword and day_heard(a.due_words, heard) else "recogniser"
                lost[kind] += 1
                if args.show:
                    got = heard_row.get("got") or {}
                    print(f"[{kind}] {a.what!r} ({a.owner}, {a.due_words!r})")
                    print(f"    got {got.get('what')!r} ({got.get('owner')}, {got.get('when')!r})")
                    for line in said[:2]:
                        print(f"    script: {line[:160]}")
                    print(f"    heard:  {heard[:240]}")
        print(f"{name}: {counts}; right on the script, lost on speech: {lost}")


if __name__ == "__main__":
    main()
