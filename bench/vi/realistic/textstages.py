"""The text stages again (redaction, sentiment, notes) on the raw transcripts a full run
stored, without speech synthesis or the recogniser: minutes become seconds while tuning
text-only code (`realistic_bench.py --text-stages RESULT.json`).

What it reproduces: the product's own `redact_transcript` (the run's entity types, the
call's parties and the half's directory names) and `analysis.analyse` (the default
settings and sentiment model, no moments, notes rendered as an admin reads them: the name
behind each party).
What it keeps from the stored run: the raw transcript, what the raw model heard in the
original and redacted audio, the verification count and the times. So PII recall,
precision, must-survive, sentiment and action items are current; the audio figures are the
stored run's. The verification's flags are this checkout's leak check on the new redacted
TEXT only (its audio look needs the redacted audio heard again: a full run), so a leak the
stored run heard in the redacted audio counts as unflagged unless the text shows it too.

With hide=True (`--text-stages`), the product's stage order: the stored run's flags (text and
audio: the check reads the redaction's output, not the hiding's, so its flags stand) are
hidden again by this checkout's `pipeline.flagged` in the redaction's new text, and the notes
and sentiment read the hidden text. A flag's place in the redaction's text is not stored (the
API gives its place after hiding): it is this checkout's text look's flag of the same kind
and speaker inside the stored flag's window (the check merges a text flag's place into the
window that holds it, earliest first)."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

from product import ENTITY_TYPES
from score import PARTY
from script import Parsed

from callvault.intelligence.config import Effective
from callvault.intelligence.leakcheck.check import Flag
from callvault.intelligence.leakcheck.check import check as leak_check
from callvault.intelligence.pipeline.analysis import analyse, jsonable
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Transcript

SETTINGS = Effective(
    enabled=True,
    language="en",
    entity_types=frozenset(ENTITY_TYPES),
    audio_redaction="tone",
    fail_closed_digits=True,
    redact_party_names=True,
    hide_flagged=True,
    llm_base_url=None,
    llm_model=None,
    llm_api_key=None,
    dictionary_version=0,
)


def _transcript(doc: dict[str, Any]) -> Transcript:
    """The API's transcript shape back into the product's (word probabilities are not
    returned: 1.0)."""
    return Transcript.from_json(
        {
            "language": doc["language"],
            "duration_ms": doc["duration_ms"],
            "utterances": [
                {
                    "speaker": u["speaker"],
                    "start_ms": u["start_ms"],
                    "end_ms": u["end_ms"],
                    "words": [(w["text"], w["start_ms"], w["end_ms"], 1.0) for w in u["words"]],
                }
                for u in doc["utterances"]
            ],
        }
    )


def _utterances_out(t: Transcript) -> list[dict[str, Any]]:
    return [
        {
            "index": u.index,
            "speaker": u.speaker,
            "start_ms": u.start_ms,
            "end_ms": u.end_ms,
            "text": u.text,
            "words": [
                {"text": w.text, "start_ms": w.start_ms, "end_ms": w.end_ms} for w in u.words
            ],
        }
        for u in t.utterances
    ]


def _span(t: Transcript, doc: dict[str, Any]) -> dict[str, Any]:
    from callvault.intelligence.views import span_from, span_out

    return span_out(t, span_from(doc)).model_dump()


def _name_behind(item: dict[str, Any], found: list[dict[str, Any]], raw: Transcript) -> str | None:
    """service.notes' rendering of an owner named beside their role and redacted; None in a
    checkout without it (--compare with an older ref)."""
    if not item.get("owner_said"):
        return None
    from callvault.intelligence.notes.owners import name_behind
    from callvault.intelligence.views import span_from

    return name_behind(span_from(item["owner_said"]), found, raw)


def rerun(
    parsed: Parsed, outputs: dict[str, Any], directory: list[str], *, hide: bool = False
) -> dict[str, Any]:
    """`outputs` (a stored Outputs dict) with the text stages' results replaced; hide: with
    the stored flags hidden again (see the module's doc) before the notes read the text."""
    raw = _transcript(outputs["raw"])
    parties = [parsed.call.agent, parsed.call.customer]
    types = frozenset(EntityType(t) for t in ENTITY_TYPES)
    extra_redact: dict[str, Any] = {}
    if "business" in inspect.signature(redact_transcript).parameters:
        # The agent is the workspace user, the customer a contact (product.py's call); an
        # older checkout (--compare) has no such argument.
        extra_redact["business"] = {PARTY["agent"]}
    result = redact_transcript(
        raw, types=types, names=directory, parties=parties, fail_closed=True, **extra_redact
    )
    red = result.transcript
    found = [f.as_json() for f in result.found]
    text_look = leak_check(raw, red, None, people=parties + directory)
    verification = text_look.as_json()
    stored = (outputs.get("verification") or {}).get("flags")
    if hide and stored is not None and _hiding() is not None:
        red, found, verification = _rehidden(
            raw, red, found, outputs["verification"], text_look.flags, extra_redact
        )
    day = dt.date.fromisoformat(str(outputs["call_date"]))
    extra: dict[str, Any] = {}
    if "sentiment_model" in inspect.signature(analyse).parameters:
        # The pipeline's model (ADR 0030); an older checkout (CALLVAULT_SRC) has none.
        from callvault.intelligence.sentiment.model import load

        extra["sentiment_model"] = load()
    out = analyse(
        red,
        settings=SETTINGS,
        rules=[],
        aliases={},
        terms=[],
        today=day,
        people=directory,
        **extra,
    )
    notes = jsonable(out.notes)
    names = {PARTY["agent"]: parsed.call.agent, PARTY["customer"]: parsed.call.customer}
    for a in notes["action_items"]:  # as an admin reads them (service.notes)
        behind = _name_behind(a, found, raw)
        if behind:  # a third party's redacted name where the task was said
            a["owner"] = behind
        elif not a.get("owner") and a.get("party"):
            a["owner"] = names.get(str(a["party"]).split("_")[0])
    sentiment = jsonable(out.sentiment)
    return {
        **outputs,
        "raw": {
            **outputs["raw"],
            "redactions": [{"type": f["type"], "span": _span(raw, f["raw"])} for f in found],
        },
        "redacted": {
            **(outputs["redacted"] or {}),
            "utterances": _utterances_out(red),
            "redactions": [{"type": f["type"], "span": _span(red, f["redacted"])} for f in found],
        },
        "notes": notes,
        "sentiment": sentiment,
        "verification": verification,
    }


def _hiding() -> Any:
    """This checkout's hiding module; None in a checkout without it (--compare)."""
    try:
        from callvault.intelligence.pipeline import flagged
    except ImportError:
        return None
    return flagged


def _rehidden(
    raw: Transcript,
    red: Transcript,
    found: list[dict[str, Any]],
    stored: dict[str, Any],
    text_flags: list[Flag],
    extra: dict[str, Any],
) -> tuple[Transcript, list[dict[str, Any]], dict[str, Any]]:
    """The stored run's flags hidden again by this checkout in the redaction's text: the
    hidden text, the redactions with the hidden runs, and the verification as the API gives
    it (each flag's place in the hidden text, whether it was hidden and, where the checkout
    says, why not)."""
    flagged = _hiding()
    flags = [_placed(f, text_flags) for f in stored["flags"]]
    missing = sum(f.redacted is None and "text" in f.sources for f in flags)
    if missing:
        print(f"  ! {missing} stored text flag(s) with no place in this redaction's text")
    kwargs: dict[str, Any] = {}
    if "business" in inspect.signature(flagged.hide).parameters:
        kwargs["business"] = extra.get("business", frozenset())
    h = flagged.hide(raw, red, flags, found, **kwargs)
    reasons = getattr(h, "left_because", (None,) * len(flags))
    out_flags = []
    for f, hidden, why in zip(h.flags, h.hidden, reasons, strict=True):
        doc = {k: v for k, v in f.as_json().items() if k != "redacted"}
        doc["span"] = _span(h.transcript, f.redacted) if f.redacted else None
        doc["hidden"] = hidden
        if why:
            doc["left_because"] = why
        out_flags.append(doc)
    verification = {
        **stored,
        "flags": out_flags,
        "flagged": len(out_flags),
        "hidden": sum(h.hidden),
    }
    return h.transcript, [dict(r) for r in h.redactions], verification


def _placed(stored: dict[str, Any], text_flags: list[Flag]) -> Flag:
    """A stored flag (API shape) with its place in the redaction's text: that of the
    earliest text-look flag of its kind and speaker inside its window."""
    inside = [
        t
        for t in text_flags
        if t.kind == stored["kind"]
        and t.speaker == stored["speaker"]
        and t.redacted is not None
        and stored["start_ms"] <= t.start_ms
        and t.end_ms <= stored["end_ms"]
    ]
    first = min(inside, key=lambda t: (t.start_ms, t.end_ms), default=None)
    return Flag(
        stored["kind"],
        tuple(stored.get("sources", ("text",))),
        stored["speaker"],
        int(stored["start_ms"]),
        int(stored["end_ms"]),
        first.redacted if first is not None and "text" in stored.get("sources", ()) else None,
    )
