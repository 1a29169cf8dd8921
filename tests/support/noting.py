"""Action items as the note-taking tests read them: one Monday to resolve days against, the
same two parties behind the speaker labels, and the items of a call's lines (or of a
transcript already built), with the commitment head when a test passes it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from callvault.intelligence.notes.commitment import CommitmentClassifier
from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.models import ActionItem
from callvault.intelligence.transcript import Span, Transcript
from tests.support.transcripts import build_transcript

MONDAY = date(2026, 3, 2)
PARTIES = {"callee": "Ines Moreau", "caller": "Tobias Lindqvist"}


def action_items(
    said: Transcript | list[tuple[str, str]],
    classifier: CommitmentClassifier | None = None,
    *,
    parties: Mapping[str, str] | None = PARTIES,
) -> list[ActionItem]:
    """The action items of (speaker, text) lines or a transcript, on MONDAY."""
    t = said if isinstance(said, Transcript) else build_transcript(said)
    notes = extractive_notes(t, reference_date=MONDAY, parties=parties, classifier=classifier)
    return list(notes.action_items)


def said_at(t: Transcript, span: Span | None) -> str | None:
    """The words a span points at (an item's owner as said), or None without a span."""
    return None if span is None else t.utterances[span.utterance].text[span.start : span.end]
