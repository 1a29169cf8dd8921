"""Action items on the realistic calls' WRITTEN scripts (no speech, no recogniser): each line as
said, PII replaced by its placeholder (a perfect redactor), then the product's notes, scored as
realistic_bench scores them. Separates reading errors from recogniser errors while tuning.

    .venv/bin/python bench/vi/script_actions.py [--half H ...] [--show]

An owner named beside a role and redacted is read as the product shows it to an admin: the
scripted name behind the placeholder. Tuning halves (default: dev and holdout-dev; any other
`*-dev` half by name) may be shown item by item; a test half (`--half thirteenth-test`) is
scored in aggregate only and refused with `--show`, so it is never read while tuning: its
figure tells how far the reading generalises apart from the recogniser."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [
    str(HERE / "realistic"),
    str(ROOT),
    os.environ.get("CALLVAULT_SRC") or str(ROOT / "src"),
]

import score  # noqa: E402
from generate import HALF_MODULES, load  # noqa: E402
from script import CALL_DATE, Parsed, redact_gold  # noqa: E402
from tests.support.transcripts import build_transcript  # noqa: E402

from callvault.intelligence.notes.commitment import for_encoder  # noqa: E402
from callvault.intelligence.notes.extractive import extractive_notes  # noqa: E402
from callvault.intelligence.pipeline.analysis import jsonable  # noqa: E402
from callvault.intelligence.sentiment.model import load as sentiment_model  # noqa: E402
from callvault.intelligence.transcript import Span  # noqa: E402

DAY = dt.date.fromisoformat(CALL_DATE)
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
PARTY = {"agent": "callee", "customer": "caller"}


def _name_at(p: Parsed, lines: list[tuple[str, str]], at: Span) -> str | None:
    """The scripted name behind the placeholder at `at`: the utterance's PII items are in the
    order of its placeholders."""
    before = _PLACEHOLDER.findall(lines[at.utterance][1][: at.start])
    items = [i for i in p.items if i.kind == "pii" and i.utterance == at.utterance]
    if len(before) < len(items) and items[len(before)].type == "person_name":
        return items[len(before)].words
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="every item and every invented one")
    ap.add_argument("--half", action="append", choices=list(HALF_MODULES), help="repeatable")
    args = ap.parse_args()
    held_out = [h for h in args.half or [] if not (h == "dev" or h.endswith("-dev"))]
    if held_out and args.show:
        ap.error(f"{', '.join(held_out)}: a test half is scored in aggregate only (no --show)")
    show = args.show
    # the pipeline's commitment head, on the sentiment model's encoder, as the product runs it
    classifier = for_encoder(sentiment_model().encoder)
    rows: list[dict[str, Any]] = []
    misses: dict[str, int] = {}
    invented = calls = 0
    for p in [c for h in args.half or ["dev", "holdout-dev"] for c in load(h)]:
        call = p.call
        lines = script_lines(p)
        notes = extractive_notes(
            build_transcript(lines),
            reference_date=DAY,
            dictionary_terms=(),
            parties={"callee": call.agent, "caller": call.customer},
            classifier=classifier,
        )
        doc = jsonable(notes)
        for row, item in zip(doc["action_items"], notes.action_items, strict=True):
            if item.owner_said is not None:  # as an admin reads it: the name behind it
                row["owner"] = _name_at(p, lines, item.owner_said) or row["owner"]
        s = score.CallScore(call.id, 0.0)
        score._score_actions(s, p, doc, DAY)
        _where_missed(s, p, lines, notes.action_items, doc["action_items"], misses)
        calls += 1
        invented += len(s.invented)
        rows.extend(s.actions)
        if show:
            for a in s.actions:
                g = a.get("got") or {}
                mark = "".join(
                    c if a[k] else "-"
                    for c, k in (("F", "found"), ("O", "owner_right"), ("D", "due_right"))
                )
                print(
                    f"{call.id} {mark} {a['what']!r} ({a['due_words']!r})"
                    f" <- {g.get('what')!r} {g.get('when')!r}"
                )
            for f in s.invented:
                print(f"{call.id} invented {f['what']!r} ({f.get('owner')}, {f.get('when')!r})")
    dated = [a for a in rows if a["due_words"]]
    print(f"written scripts: {calls} calls, {len(rows)} items ({len(dated)} with a day)")
    print(f"recall            {sum(a['found'] for a in rows) / len(rows):.3f}")
    print(f"with owner        {sum(a['owner_right'] for a in rows) / len(rows):.3f}")
    print(f"with due          {sum(a['due_right'] for a in dated) / len(dated):.3f}")
    # where a dated item is lost: not found at all, or found with the wrong day
    found_dated = [a for a in dated if a["found"]]
    print(f"  dated found     {len(found_dated) / len(dated):.3f}")
    right = sum(a["due_right"] for a in found_dated) / max(len(found_dated), 1)
    print(f"  day right|found {right:.3f}")
    both = sum(a["due_right"] and a["owner_right"] for a in dated) / len(dated)
    print(f"with owner+due    {both:.3f}")
    print(f"invented/call     {invented / calls:.3f}")
    print("missed items, by what the product said at their line:", dict(sorted(misses.items())))


def script_lines(p: Parsed) -> list[tuple[str, str]]:
    """The call's lines as a perfect recogniser and redactor would give them."""
    return [
        (PARTY[u.speaker], redact_gold(p, u.index).replace("[PERSON_NAME]", "[PERSON]"))
        for u in p.utterances
    ]


def _where_missed(
    s: score.CallScore,
    p: Parsed,
    lines: list[tuple[str, str]],
    items: Any,
    docs: list[dict[str, Any]],
    into: dict[str, int],
) -> None:
    """For each scripted item not found, whether the product gave an item at the line that
    holds the item's keyword (an item worded past the scorer's keywords) or none there (a
    task not seen at all), and for each invented item whether it stands at a scripted
    item's line; counts only, so a test half is not read item by item."""
    at: dict[int, int] = {}
    for item in items:
        for u in {e.utterance for e in item.evidence}:
            at[u] = at.get(u, 0) + 1
    scripted_lines: set[int] = set()
    for a, row in zip(p.call.actions, s.actions, strict=True):
        holding = [
            i
            for i, (_, text) in enumerate(lines)
            if any(score._keyword_in(k, text) for k in a.keywords)
        ]
        scripted_lines.update(holding)
        if row["found"]:
            continue
        if not holding:
            kind = "keyword said nowhere"
        elif any(at.get(i) for i in holding):
            kind = "an item at its line, worded otherwise"
        else:
            kind = "no item at its line"
        into[kind] = into.get(kind, 0) + 1
    chosen = {id(f) for f in s.invented}
    for item, d in zip(items, docs, strict=True):
        if id(d) in chosen:
            kind = (
                "invented at a scripted line"
                if any(e.utterance in scripted_lines for e in item.evidence)
                else "invented elsewhere"
            )
            into[kind] = into.get(kind, 0) + 1


if __name__ == "__main__":
    main()
