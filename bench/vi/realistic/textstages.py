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
stored run heard in the redacted audio counts as unflagged unless the text shows it too."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

from product import ENTITY_TYPES
from score import PARTY
from script import Parsed

from callvault.intelligence.config import Effective
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


def rerun(parsed: Parsed, outputs: dict[str, Any], directory: list[str]) -> dict[str, Any]:
    """`outputs` (a stored Outputs dict) with the text stages' results replaced."""
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
    verification = leak_check(raw, red, None, people=parties + directory).as_json()
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
