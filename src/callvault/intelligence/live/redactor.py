"""Redaction of live segments before they leave the server: the post-call redaction
(redaction/apply.py: spoken and written forms, party names, answers to questions for card,
bank and identity data) run over the call's recent final segments of both parties plus the
new one, so "what's the card number?" from one party still hides the other's answer.

Live text is seen piece by piece, so it also fails closed on digits the detector cannot judge
yet: a card number read in groups arrives as "4111 1111" in one chunk and the rest in the
next, and no detector can tell an unfinished card number from an order number. In a partial
every written digit and every spoken run of `PARTIAL_SPOKEN_DIGITS` ("four one") becomes
`[DIGITS]`; in a final every run of `FINAL_DIGITS` digits, written or spoken. The post-call
transcript, which sees the whole call, is the precise one."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.redaction.spoken import number_runs
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.transcript import Transcript, Utterance, Word, utterance_from_words

PARTIAL_SPOKEN_DIGITS = 2  # "one moment" stays readable while it is said
FINAL_DIGITS = 4
DIGITS = "digits"  # the live-only span type of the digit guard
CONTEXT_SEGMENTS = 12  # recent finals (both parties) redaction looks back on
CONTEXT_MS = 60_000


@dataclass(frozen=True, slots=True)
class RedactedSpan:
    start: int  # characters [start, end) of the placeholder in the redacted text
    end: int
    type: str

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "type": self.type}


@dataclass(frozen=True, slots=True)
class RedactedText:
    text: str
    spans: tuple[RedactedSpan, ...]


@dataclass
class RedactionRules:
    """A workspace's redaction settings for one call (voice-intelligence settings)."""

    types: AbstractSet[EntityType]
    fail_closed: bool = True
    names: Sequence[str] = ()  # the directory (hidden when PERSON is among the types)
    parties: Sequence[str] = ()  # the call's own parties (always hidden)


@dataclass
class LiveRedactor:
    """One call's redaction state: the finals both parties said so far (raw, in memory only)."""

    rules: RedactionRules
    finals: list[Utterance] = field(default_factory=list)

    def redact(self, speaker: str, words: Sequence[Word], *, final: bool) -> RedactedText:
        new = utterance_from_words(0, speaker, words)
        if not new.words:
            return RedactedText("", ())
        context = [
            u for u in self.finals[-CONTEXT_SEGMENTS:] if u.end_ms >= new.start_ms - CONTEXT_MS
        ]
        ordered = [*context, new]
        utterances = tuple(
            Utterance(
                index=i, speaker=u.speaker, start_ms=u.start_ms, end_ms=u.end_ms, words=u.words
            )
            for i, u in enumerate(ordered)
        )
        last = len(utterances) - 1
        raw = Transcript(language="en", duration_ms=new.end_ms, utterances=utterances)
        result = redact_transcript(
            raw,
            types=self.rules.types,
            names=self.rules.names,
            parties=self.rules.parties,
            fail_closed=self.rules.fail_closed,
        )
        text = result.transcript.utterances[last].text
        spans = [
            RedactedSpan(f.redacted.start, f.redacted.end, f.type.value)
            for f in result.found
            if f.redacted.utterance == last
        ]
        if final:
            self.finals.append(new)
        if final:
            return guard_digits(text, spans, FINAL_DIGITS)
        return guard_digits(text, spans, PARTIAL_SPOKEN_DIGITS, written_at_least=1)


def guard_digits(
    text: str, spans: Sequence[RedactedSpan], at_least: int, *, written_at_least: int | None = None
) -> RedactedText:
    """text with every run of at_least digits (written or spoken; written_at_least for a run
    holding a written digit) outside spans replaced by `[DIGITS]`; spans moved to the new
    offsets."""
    hidden = [(s.start, s.end, s.type) for s in spans]
    for run in number_runs(tokenize(text)):
        written = any(ch.isdigit() for c in run.chunks for ch in text[c.start : c.end])
        need = written_at_least if written and written_at_least is not None else at_least
        if len(run.digits) < need:
            continue
        start, end = run.chunks[0].start, run.chunks[-1].end
        if any(a < end and start < b for a, b, _ in hidden):
            continue
        hidden.append((start, end, DIGITS))
    out: list[str] = []
    moved: list[RedactedSpan] = []
    at = 0
    for start, end, kind in sorted(hidden):
        if start < at:
            continue
        out.append(text[at:start])
        body = text[start:end] if kind != DIGITS else "[DIGITS]"
        base = sum(len(p) for p in out)
        out.append(body)
        moved.append(RedactedSpan(base, base + len(body), kind))
        at = end
    out.append(text[at:])
    return RedactedText("".join(out), tuple(moved))
