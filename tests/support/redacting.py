"""Redaction as the redaction tests call it: every entity type on, one text or a call's
lines (fail-closed payments on), so each test file states only its sentences."""

from __future__ import annotations

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.detect import detect, redact
from callvault.intelligence.redaction.entities import EntityType
from tests.support.transcripts import build_transcript

ALL_TYPES = frozenset(EntityType)


def redacted_text(text: str) -> str:
    """One text with every type of personal data hidden."""
    return redact(text, detect(text, types=ALL_TYPES))


def redacted_lines(lines: list[tuple[str, str]]) -> list[str]:
    """A call's (speaker, text) lines redacted as a whole transcript: what each line reads."""
    out = redact_transcript(build_transcript(lines), types=ALL_TYPES, fail_closed=True)
    return [u.text for u in out.transcript.utterances]
