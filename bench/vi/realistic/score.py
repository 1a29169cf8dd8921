"""Scoring one call's product outputs against its ground truth.

Time alignment: each scripted utterance has its start/end in its party's channel; the
product's utterances carry their own times, so a scripted item is looked for in the
product utterances of the same party that overlap the scripted utterance (± MARGIN_S).

- A PII item is LEAKED when any of its keys (digit groups, spelled letters, identifying
  words: see spoken.py) can still be read in the redacted transcript around its time;
  CAUGHT otherwise. It was HEARD when the raw transcript there holds a key (recall on what
  the recogniser heard is reported beside recall on everything said).
- A product redaction (raw-view span) is a true positive when its raw text holds a key of a
  PII item of that party around its time; else a false positive (on a must-survive number,
  in a PII-free utterance, or elsewhere).
- A must-survive number is DESTROYED when the raw transcript around it holds it and the
  redacted one does not.
- Sentiment: the label of the product utterance that overlaps a labelled line most.
- Action items: a found item matches a scripted one when its text holds one of the
  scripted keywords (word prefixes, so "refunded" matches "refund"); owner right when it
  names the person; due right when it is the said day resolved against the call's date, or
  its `when` holds the words said."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from due_days import acceptable_days
from script import Action, Item, Parsed
from spoken import found, read

MARGIN_S = 1.0
PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PARTY = {"agent": "callee", "customer": "caller"}  # the customer calls in


@dataclass
class CallScore:
    id: str
    seconds: float
    pii: list[dict[str, Any]] = field(default_factory=list)
    keep: list[dict[str, Any]] = field(default_factory=list)
    redactions: list[dict[str, Any]] = field(default_factory=list)
    sentiment: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    invented: list[dict[str, Any]] = field(default_factory=list)
    residual_pii: int | None = None
    flags: list[dict[str, Any]] = field(default_factory=list)  # where each leak flag landed
    pii_free_utterances: int = 0
    wer: dict[str, Any] = field(default_factory=dict)
    pipeline_s: float = 0.0
    cpu_s: float = 0.0
    stage_s: dict[str, list[float]] = field(default_factory=dict)  # stage -> [wall, CPU] s
    stages: dict[str, str] = field(default_factory=dict)
    summary: list[str] = field(default_factory=list)
    kept: dict[str, Any] = field(default_factory=dict)  # the product's outputs, for --rescore
    # The redaction stage alone, before the leak check hid what it flagged (realistic_bench
    # recomputes it from the raw transcript): items it left, how many a flag covers.
    before: dict[str, Any] = field(default_factory=dict)


def _utts(doc: dict[str, Any] | None) -> list[dict[str, Any]]:
    return list(doc["utterances"]) if doc else []


def _window(
    utts: list[dict[str, Any]], speaker: str, start_s: float, end_s: float
) -> list[dict[str, Any]]:
    lo, hi = (start_s - MARGIN_S) * 1000, (end_s + MARGIN_S) * 1000
    return [
        u for u in utts if u["speaker"] == speaker and u["end_ms"] >= lo and u["start_ms"] <= hi
    ]


def _text(utts: list[dict[str, Any]]) -> str:
    return " ".join(u["text"] for u in utts)


def resolve_due(words: str, day: dt.date) -> set[str]:
    """The dates `words` can mean said on `day`: this module's first reading (a weekday said
    on that weekday: today or a week later) and due_days.py's, written later by a helper that
    never read the product, for the phrasings the first left unresolved ("within five
    business days", "right after we hang up", "by the end of next week")."""
    return _first_reading(words, day) | {d.isoformat() for d in acceptable_days(words, day)}


def _first_reading(words: str, day: dt.date) -> set[str]:
    w = words.lower()
    if w in ("today", "tonight", "this afternoon"):
        return {day.isoformat()}
    if w == "tomorrow":
        return {(day + dt.timedelta(days=1)).isoformat()}
    of_month = _day_of_month(w)
    if of_month is not None:
        # "by the eighteenth", "Wednesday the ninth": the next such day of a month.
        for ahead in range(0, 62):
            d = day + dt.timedelta(days=ahead)
            if d.day == of_month:
                return {d.isoformat()}
    for n, name in enumerate(WEEKDAYS):
        if name in w:
            ahead = (n - day.weekday()) % 7
            options = {ahead, 7} if ahead == 0 else {ahead}
            return {(day + dt.timedelta(days=a)).isoformat() for a in options}
    return set()


_ORDINAL_UNITS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
]  # fmt: skip
_TEENS = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_ORDINALS = {
    **{w: k + 1 for k, w in enumerate(_ORDINAL_UNITS)},
    **{w: k + 10 for k, w in enumerate(_TEENS)},
    **{f"twenty-{w}": k + 21 for k, w in enumerate(_ORDINAL_UNITS)},
    "thirtieth": 30,
    "thirty-first": 31,
}


def _day_of_month(words: str) -> int | None:
    """The day of the month in "the eighteenth", "on the twenty-second", "the 18th"."""
    m = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", words)
    if m:
        return int(m.group(1))
    m = re.search(r"\bthe ((?:twenty|thirty)[- ])?([a-z]+)\b", words)
    if m:
        return _ORDINALS.get((m.group(1) or "").replace(" ", "-") + m.group(2))
    return None


def _prefixes(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _keyword_in(keyword: str, text: str) -> bool:
    words = _prefixes(text)
    need = [k[:5] for k in _prefixes(keyword)]
    return all(any(w.startswith(k) for w in words) for k in need)


def score_call(
    parsed: Parsed,
    timing: list[dict[str, Any]],
    seconds: float,
    out: Any,
    call_date: dt.date,
    listened: dict[str, list[dict[str, Any]]] | None = None,
) -> CallScore:
    """listened: the raw model's segments on the original channels ("original") and on the
    redacted renditions a member gets ("redacted"), as utterance-like dicts."""
    s = CallScore(parsed.call.id, seconds, residual_pii=(out.redacted or {}).get("residual_pii"))
    s.pipeline_s = out.pipeline_s
    s.cpu_s = out.cpu_s
    s.stage_s = dict(getattr(out, "stage_s", None) or {})
    s.stages = {x["stage"]: x["state"] for x in out.status.get("stages", [])}
    red, raw = _utts(out.redacted), _utts(out.raw)

    def where(i: Item) -> tuple[str, float, float]:
        u = parsed.utterances[i.utterance]
        t = timing[i.utterance]
        return PARTY[u.speaker], float(t["start_s"]), float(t["end_s"])

    for i in parsed.pii:
        party, a, b = where(i)
        left = found(i.keys, _text(_window(red, party, a, b)))
        heard = found(i.keys, _text(_window(raw, party, a, b)))
        row: dict[str, Any] = {
            "type": i.type,
            "role": i.role,
            "words": i.words,
            "utterance": i.utterance,
            "heard": bool(heard),
            "leaked": bool(left),
            "left": left,
            "redacted_text": _text(_window(red, party, a, b)),
        }
        if listened and listened["original"]:
            before = found(i.keys, _text(_window(listened["original"], party, a, b)))
            after_text = _text(_window(listened["redacted"], party, a, b))
            after = found(i.keys, after_text)
            row.update(
                audio_heard=bool(before),
                audio_left=bool(before) and bool(after),
                audio_left_keys=after,
                redacted_audio_text=after_text,
            )
        if out.verification is not None and (row["leaked"] or row.get("audio_left")):
            row["flagged"] = flagged_at(out.verification, party, a, b)
        s.pii.append(row)
    for i in parsed.keep:
        party, a, b = where(i)
        heard = found(i.keys, _text(_window(raw, party, a, b)))
        kept = found(i.keys, _text(_window(red, party, a, b)))
        s.keep.append(
            {
                "type": i.type,
                "words": i.words,
                "utterance": i.utterance,
                "heard": bool(heard),
                "destroyed": bool(heard) and not kept,
                "redacted_text": _text(_window(red, party, a, b)),
            }
        )
    if out.verification is not None:
        s.flags = _score_flags(parsed, timing, out.verification)
    s.pii_free_utterances = len(parsed.utterances) - len({i.utterance for i in parsed.pii})
    _score_redactions(s, parsed, timing, out)
    _score_sentiment(s, parsed, timing, red, out.sentiment)
    _score_actions(s, parsed, out.notes, call_date)
    s.summary = [str(n["text"]) for n in (out.notes or {}).get("summary", [])]
    return s


def flagged_at(verification: dict[str, Any], party: str, start_s: float, end_s: float) -> bool:
    """Whether one of the verification's flags covers this item: same party, overlapping
    the item's utterance in time (the margin the windows here use)."""
    lo, hi = (start_s - MARGIN_S) * 1000, (end_s + MARGIN_S) * 1000
    return any(
        f["speaker"] == party and f["end_ms"] >= lo and f["start_ms"] <= hi
        for f in verification.get("flags", [])
    )


def _score_flags(
    parsed: Parsed, timing: list[dict[str, Any]], verification: dict[str, Any]
) -> list[dict[str, Any]]:
    """Each flag of the leak check, judged by the scripted utterances of its party it
    overlaps (no margin): "pii" when one of them holds a PII item, "pii_free" when none does,
    "none" when it overlaps no scripted utterance. A check that flags everything scores full
    coverage; the PII-free count is what keeps that honest."""
    with_pii = {i.utterance for i in parsed.pii}
    out: list[dict[str, Any]] = []
    for f in verification.get("flags", []):
        hit = [
            g.index
            for g in parsed.utterances
            if PARTY[g.speaker] == f["speaker"]
            and timing[g.index]["end_s"] * 1000 >= f["start_ms"]
            and timing[g.index]["start_s"] * 1000 <= f["end_ms"]
        ]
        verdict = "none" if not hit else "pii" if with_pii & set(hit) else "pii_free"
        free = [i for i in hit if i not in with_pii]
        out.append({"kind": f["kind"], "utterances": hit, "pii_free": free, "verdict": verdict})
    return out


def _score_redactions(s: CallScore, parsed: Parsed, timing: list[dict[str, Any]], out: Any) -> None:
    raw = _utts(out.raw)
    for r in (out.raw or {}).get("redactions", []):
        span = r["span"]
        if span["utterance"] >= len(raw):
            continue
        u = raw[span["utterance"]]
        said = u["text"][span["start"] : span["end"]]
        mid_s = (span["start_ms"] + span["end_ms"]) / 2000
        near = [
            g
            for g in parsed.utterances
            if PARTY[g.speaker] == u["speaker"]
            and timing[g.index]["start_s"] - MARGIN_S
            <= mid_s
            <= timing[g.index]["end_s"] + MARGIN_S
        ]
        idx = {g.index for g in near}
        pii_here = [i for i in parsed.pii if i.utterance in idx]
        keep_here = [i for i in parsed.keep if i.utterance in idx]
        hit = next((i for i in pii_here if found(i.keys, said)), None)
        if hit is not None:
            kind = "pii"
        elif any(found(i.keys, said) for i in keep_here):
            kind = "must_survive"
        elif near and not pii_here:
            kind = "pii_free_utterance"
        else:
            kind = "other"
        s.redactions.append(
            {
                "type": r["type"],
                "said": said,
                "verdict": kind,
                "matched_type": hit.type if hit else None,
            }
        )


def _score_sentiment(
    s: CallScore,
    parsed: Parsed,
    timing: list[dict[str, Any]],
    red: list[dict[str, Any]],
    doc: dict[str, Any] | None,
) -> None:
    labels = {int(u["utterance"]): str(u["label"]) for u in (doc or {}).get("utterances", [])}
    for g in parsed.utterances:
        if g.sentiment is None:
            continue
        a, b = timing[g.index]["start_s"] * 1000, timing[g.index]["end_s"] * 1000
        best, overlap = None, 0.0
        for n, u in enumerate(red):
            if u["speaker"] != PARTY[g.speaker]:
                continue
            o = min(b, u["end_ms"]) - max(a, u["start_ms"])
            if o > overlap:
                best, overlap = n, o
        got = labels.get(best) if best is not None else None
        s.sentiment.append(
            {
                "text": g.text,
                "label": g.sentiment,
                "got": got,
                "right": got == g.sentiment,
                "utterance": best,  # the product utterance scored for it (lines may share one)
            }
        )


def _match_score(a: Action, what: str) -> float:
    """How well a found item's text fits a scripted one: keywords it holds, then shared
    content words as a tie-break; 0 when it holds no keyword."""
    hits = sum(_keyword_in(k, what) for k in a.keywords)
    if not hits:
        return 0.0
    mine = {w[:5] for w in _prefixes(a.what) if len(w) > 3}
    theirs = {w[:5] for w in _prefixes(what) if len(w) > 3}
    return hits + 0.1 * len(mine & theirs)


def _same_span(said: str, when: str) -> bool:
    """ "within forty-eight hours" and "within 48 hours": the same number of the same unit,
    however the recogniser wrote the number."""
    units = re.findall(r"\b(minute|hour|day|week)s?\b", said.lower())
    digits = read(said).digits
    return bool(units and digits) and (
        read(when).digits == digits
        and units == re.findall(r"\b(minute|hour|day|week)s?\b", when.lower())
    )


def _score_actions(
    s: CallScore, parsed: Parsed, doc: dict[str, Any] | None, call_date: dt.date
) -> None:
    found_items = list((doc or {}).get("action_items", []))
    pairs = sorted(
        (
            (_match_score(a, str(f["what"])), n, m)
            for n, a in enumerate(parsed.call.actions)
            for m, f in enumerate(found_items)
        ),
        reverse=True,
    )
    chosen: dict[int, int] = {}
    for value, n, m in pairs:  # greedy one-to-one, best fits first
        if value > 0 and n not in chosen and m not in chosen.values():
            chosen[n] = m
    for n, a in enumerate(parsed.call.actions):
        row: dict[str, Any] = {"what": a.what, "owner": a.owner, "due_words": a.due_words}
        if n not in chosen:
            row.update(found=False, owner_right=False, due_right=False)
        else:
            f = found_items[chosen[n]]
            owner = str(f.get("owner") or "").lower()
            names = [p.lower() for p in a.owner.split()]
            due_ok = a.due_words is not None and (
                f.get("due") in resolve_due(a.due_words, call_date)
                or a.due_words.lower() in str(f.get("when") or "").lower()
                or _same_span(a.due_words, str(f.get("when") or ""))
            )
            row.update(
                found=True,
                got=f,
                owner_right=any(p in owner for p in names),
                due_right=bool(due_ok),
            )
        s.actions.append(row)
    s.invented = [f for m, f in enumerate(found_items) if m not in chosen.values()]
