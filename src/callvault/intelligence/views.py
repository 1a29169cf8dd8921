"""Transcripts, spans and stage outputs as API shapes (each span with its audio times)."""

from __future__ import annotations

from typing import Any

from callvault.intelligence.schemas import SpanOut, UtteranceOut, WordOut
from callvault.intelligence.transcript import Span, Transcript, Utterance


def utterance_out(u: Utterance) -> UtteranceOut:
    return UtteranceOut(
        index=u.index,
        speaker=u.speaker,
        start_ms=u.start_ms,
        end_ms=u.end_ms,
        text=u.text,
        words=[WordOut(text=w.text, start_ms=w.start_ms, end_ms=w.end_ms) for w in u.words],
    )


def span_out(t: Transcript, span: Span) -> SpanOut:
    if not 0 <= span.utterance < len(t.utterances):
        return SpanOut(
            utterance=span.utterance, start=span.start, end=span.end, start_ms=0, end_ms=0
        )
    start_ms, end_ms = t.span_time(span)
    return SpanOut(
        utterance=span.utterance, start=span.start, end=span.end, start_ms=start_ms, end_ms=end_ms
    )


def span_from(doc: Any) -> Span:
    """A span stored as {"utterance", "start", "end"}."""
    return Span(int(doc["utterance"]), int(doc["start"]), int(doc["end"]))


def spans_out(t: Transcript, docs: Any) -> list[SpanOut]:
    return [span_out(t, span_from(d)) for d in docs or []]
