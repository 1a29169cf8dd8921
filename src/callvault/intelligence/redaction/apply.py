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
from dataclasses import dataclass, replace

from callvault.intelligence.numbering import toll_free
from callvault.intelligence.redaction.bank_pair import accounts_after_routing
from callvault.intelligence.redaction.conversation import answers
from callvault.intelligence.redaction.detect import detect_many
from callvault.intelligence.redaction.entities import EntityType, PiiSpan, placeholder
from callvault.intelligence.redaction.iban import with_country_code
from callvault.intelligence.redaction.kept_repeats import repeats_of_kept
from callvault.intelligence.redaction.name_answers import names_answered
from callvault.intelligence.redaction.named_again import names_again
from callvault.intelligence.redaction.neighbours import grown
from callvault.intelligence.redaction.readback import read_backs, said_before
from callvault.intelligence.redaction.split_dates import dates_across, months_before
from callvault.intelligence.redaction.spoken import digits_between
from callvault.intelligence.redaction.street_again import streets_again
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.redaction.zip_after import zips_after_address
from callvault.intelligence.transcript import Span, Transcript, Utterance, Word

_BACKCHANNEL_WORDS = 2
WIDEN_MS = 1500


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
    raw: Transcript,
    *,
    types: AbstractSet[EntityType],
    names: Sequence[str] = (),
    parties: Sequence[str] = (),
    fail_closed: bool = True,
    business: AbstractSet[str] = frozenset(),
) -> RedactedTranscript:
    """The redacted transcript and every PII span found (raw and redacted positions).
    names: the directory's people (hidden when PERSON is among the types); parties: the
    call's own parties (always hidden, first names too); fail_closed: any spoken digits
    answering a question for card, bank or identity data are hidden (see conversation);
    business: the speaker labels of the business's side (a workspace user talking to a
    contact), whose own numbers stated first are kept (see kept_repeats)."""
    spans: dict[int, list[PiiSpan]] = defaultdict(list)
    for utterances in _turns(raw.utterances):
        found = detect_many([u.text for u in utterances], types=types, names=names, parties=parties)
        for u, pii in zip(utterances, found, strict=True):
            spans[u.index] += pii
    for index, answered in answers(raw.utterances, types=types, fail_closed=fail_closed).items():
        spans[index] += answered
    if EntityType.PERSON in types:
        for index, name in names_answered(raw.utterances).items():
            spans[index] += name
    for index, repeated in read_backs(raw.utterances, spans).items():
        spans[index] += repeated
    for index, first in said_before(raw.utterances, spans).items():
        spans[index] += first
    for index, month in months_before(raw.utterances, spans).items():
        spans[index] += month
    if EntityType.DATE_OF_BIRTH in types:
        for index, date in dates_across(raw.utterances, spans).items():
            spans[index] += date
    for index, account in accounts_after_routing(raw.utterances, spans).items():
        spans[index] += account
    if EntityType.ADDRESS in types:
        for index, zip_code in zips_after_address(raw.utterances, spans).items():
            spans[index] += zip_code
    for index, name in names_again(raw.utterances, spans).items():
        spans[index] += name
    if EntityType.ADDRESS in types:
        for index, street in streets_again(raw.utterances, spans).items():
            spans[index] += street
    for index, repeats in repeats_of_kept(raw.utterances, spans, business).items():
        spans[index] = [s for s in spans[index] if s not in repeats]
    texts = {u.index: u.text for u in raw.utterances}
    for index in spans:  # a business's toll-free line is no one's personal number
        spans[index] = [s for s in spans[index] if not _toll_free_phone(texts[index], s)]
    spans = {
        k: _grown(texts[k], with_country_code(texts[k], v), types) for k, v in spans.items() if v
    }
    out: list[Utterance] = []
    found_all: list[Found] = []
    for u in raw.utterances:
        new_u, hidden = _redact_utterance(u, spans.get(u.index, []))
        out.append(new_u)
        found_all.extend(hidden)
    redacted = Transcript(language=raw.language, duration_ms=raw.duration_ms, utterances=tuple(out))
    return RedactedTranscript(transcript=redacted, found=_into_the_gaps(raw, found_all))


def _toll_free_phone(text: str, span: PiiSpan) -> bool:
    if span.type is not EntityType.PHONE:
        return False
    return toll_free(digits_between(tokenize(text), span.start, span.end))


def _grown(text: str, spans: Sequence[PiiSpan], types: AbstractSet[EntityType]) -> list[PiiSpan]:
    """The utterance's spans, merged, each grown over what the recogniser cut off its ends
    (`neighbours`): the answers to questions are found apart from the detector's spans."""
    once = sorted(merged(spans), key=lambda s: s.start)
    return merged(grown(tokenize(text), once, expiry=EntityType.CARD_EXPIRY in types))


def _into_the_gaps(raw: Transcript, found: list[Found]) -> tuple[Found, ...]:
    """Each hidden range grown into the silence around it, up to the speaker's neighbouring
    words (at most WIDEN_MS each way). Recognisers squeeze a word's timestamps towards its
    end ("Springfield," at 45760-45760 after a word ending at 44800): hidden by its own
    times, the word would still be heard."""
    words: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    for u in raw.utterances:
        for w, (a, _) in zip(u.words, u.word_offsets(), strict=True):
            words[u.speaker].append((w.start_ms, w.end_ms, u.index, a))
    out: list[Found] = []
    for f in found:
        others = [
            (s, e)
            for s, e, index, at in words[f.speaker]
            if not (index == f.raw.utterance and f.raw.start <= at < f.raw.end)
        ]
        before = [e for s, e in others if e <= f.start_ms]
        after = [s for s, e in others if s >= f.end_ms]
        start = max([f.start_ms - WIDEN_MS, *before])
        end = min([f.end_ms + WIDEN_MS, *after])
        out.append(replace(f, start_ms=min(start, f.start_ms), end_ms=max(end, f.end_ms)))
    return tuple(out)


# Nobody pauses this long inside one number; a speaker's lines further apart are separate
# turns even when nothing of the other party's was heard between them (a turn the recogniser
# missed: the customer's account, then a minute later a unit number, read as one card).
TURN_PAUSE_MS = 10_000


def _turns(utterances: Sequence[Utterance]) -> list[list[Utterance]]:
    """Each speaker's consecutive utterances, scanned together because recognisers split a
    number said with a pause ("4111 1111" | "1111 1111"). A turn ends when another party
    says more than a backchannel ("mm-hmm", "go ahead") in between: then a new question was
    asked, and its answer is not the same number as the last one; and after TURN_PAUSE_MS
    of the speaker's silence."""
    turns: list[list[Utterance]] = []
    current: dict[str, list[Utterance]] = {}
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        if len(u.words) > _BACKCHANNEL_WORDS:
            for speaker in [s for s in current if s != u.speaker]:
                turns.append(current.pop(speaker))
        mine = current.get(u.speaker)
        if mine and u.start_ms - mine[-1].end_ms > TURN_PAUSE_MS:
            turns.append(current.pop(u.speaker))
        current.setdefault(u.speaker, []).append(u)
    turns.extend(current.values())
    return turns


def merged(spans: Sequence[PiiSpan]) -> list[PiiSpan]:
    """Overlapping spans as one (typed as the longest among them): two detectors that
    each saw part of a number must not leave the part between them visible."""
    out: list[PiiSpan] = []
    longest: list[int] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            kind = s.type if s.end - s.start > longest[-1] else last.type
            longest[-1] = max(longest[-1], s.end - s.start)
            out[-1] = PiiSpan(kind, last.start, max(last.end, s.end))
        else:
            out.append(s)
            longest.append(s.end - s.start)
    return out


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
