"""Redacting a whole transcript: PII found in each speaker's stream of utterances (so a number
the recogniser split across two utterances is still found) is replaced, word by word, by a
typed placeholder word that keeps the time range of the words it hides. The result is a
transcript of its own (same utterances, placeholders instead of PII) plus where the PII was
in the raw text, where its placeholder is in the redacted text, and the audio time ranges
to silence or tone out on the speaker's channel."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from callvault.intelligence.redaction.detect import detect_many
from callvault.intelligence.redaction.entities import EntityType, PiiSpan, placeholder
from callvault.intelligence.transcript import Span, Transcript, Utterance, Word


@dataclass(frozen=True, slots=True)
class Found:
    type: EntityType
    raw: Span  # in the raw transcript
    redacted: Span  # the placeholder in the redacted transcript
    start_ms: int
    end_ms: int
    speaker: str

    def as_json(self) -> dict[str, object]:
        return {
            "type": self.type.value,
            "raw": self.raw.as_dict(),
            "redacted": self.redacted.as_dict(),
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "speaker": self.speaker,
        }


@dataclass(frozen=True, slots=True)
class RedactedTranscript:
    transcript: Transcript
    found: tuple[Found, ...]


def redact_transcript(
    raw: Transcript, *, types: AbstractSet[EntityType], names: Sequence[str] = ()
) -> RedactedTranscript:
    """The redacted transcript and every PII span found (raw and redacted positions)."""
    by_speaker: dict[str, list[Utterance]] = defaultdict(list)
    for u in raw.utterances:
        by_speaker[u.speaker].append(u)
    spans: dict[int, list[PiiSpan]] = {}
    for utterances in by_speaker.values():
        found = detect_many([u.text for u in utterances], types=types, names=names)
        for u, pii in zip(utterances, found, strict=True):
            if pii:
                spans[u.index] = pii
    out: list[Utterance] = []
    found_all: list[Found] = []
    for u in raw.utterances:
        new_u, hidden = _redact_utterance(u, spans.get(u.index, []))
        out.append(new_u)
        found_all.extend(hidden)
    redacted = Transcript(language=raw.language, duration_ms=raw.duration_ms, utterances=tuple(out))
    return RedactedTranscript(transcript=redacted, found=tuple(found_all))


def _redact_utterance(u: Utterance, pii: list[PiiSpan]) -> tuple[Utterance, list[Found]]:
    if not pii:
        return u, []
    offsets = u.word_offsets()
    # Which PII span (if any) each word belongs to: a word overlapping a span is hidden whole.
    owner: list[int | None] = []
    for a, b in offsets:
        hit = next((k for k, p in enumerate(pii) if a < p.end and b > p.start), None)
        owner.append(hit)
    words: list[Word] = []
    found: list[Found] = []
    at = 0
    i = 0
    while i < len(u.words):
        k = owner[i]
        if k is None:
            words.append(u.words[i])
            at += len(u.words[i].text)
            i += 1
            continue
        j = i
        while j + 1 < len(u.words) and owner[j + 1] == k:
            j += 1
        hidden = u.words[i : j + 1]
        lead = " " if hidden[0].text.startswith(" ") else ""
        tail = _trailing_punct(hidden[-1].text)
        text = lead + placeholder(pii[k].type) + tail
        words.append(Word(text, hidden[0].start_ms, hidden[-1].end_ms, 1.0))
        start_ms, end_ms = hidden[0].start_ms, hidden[-1].end_ms
        found.append(
            Found(
                type=pii[k].type,
                raw=Span(u.index, offsets[i][0], offsets[j][1]),
                redacted=Span(u.index, at + len(lead), at + len(text) - len(tail)),
                start_ms=start_ms,
                end_ms=end_ms,
                speaker=u.speaker,
            )
        )
        at += len(text)
        i = j + 1
    new_u = Utterance(
        index=u.index, speaker=u.speaker, start_ms=u.start_ms, end_ms=u.end_ms, words=tuple(words)
    )
    return new_u, found


def _trailing_punct(text: str) -> str:
    stripped = text.rstrip(".,;:!?")
    return text[len(stripped) :]
