"""Notes computed locally from the transcript alone: always available, no data leaves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from callvault.intelligence.notes.actions import action_items
from callvault.intelligence.notes.commitment import CommitmentClassifier
from callvault.intelligence.notes.models import Notes
from callvault.intelligence.notes.summary import summarise
from callvault.intelligence.notes.text import sentences
from callvault.intelligence.notes.topics import topics
from callvault.intelligence.transcript import Transcript


def extractive_notes(
    transcript: Transcript,
    *,
    reference_date: date,
    dictionary_terms: Sequence[str] = (),
    parties: Mapping[str, str] | None = None,
    people: Sequence[str] = (),
    classifier: CommitmentClassifier | None = None,
) -> Notes:
    """Summary, action items and topics extracted from the transcript, with evidence spans.
    `parties`: speaker label -> the user or contact behind it; `people`: the directory;
    `classifier`: the commitment head for verbs the rules do not know (ADR 0033)."""
    found = sentences(transcript)
    items = action_items(
        transcript,
        found,
        reference_date=reference_date,
        parties=parties,
        people=people,
        classifier=classifier,
    )
    cited = {(e.utterance, e.start) for item in items for e in item.evidence}
    action_sentences = frozenset(
        i
        for i, s in enumerate(found)
        if any(u == s.utterance and s.start <= at < s.end for u, at in cited)
    )
    return Notes(
        summary=summarise(
            found, action_sentences=action_sentences, terms=dictionary_terms, labels=parties
        ),
        action_items=items,
        topics=topics(transcript, dictionary_terms=dictionary_terms),
        source="extractive",
        degraded_reason=None,
    )
