"""The detector's entry points: find PII spans in one text or across a speaker's consecutive
utterances, and replace them by typed placeholders."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from callvault.intelligence.redaction.address import addresses, postcodes
from callvault.intelligence.redaction.asides import interrupted_numbers
from callvault.intelligence.redaction.dates import births, old_dates
from callvault.intelligence.redaction.digits import run_spans
from callvault.intelligence.redaction.emails import provider_glued, spoken_emails
from callvault.intelligence.redaction.entities import (
    DEFAULT_TYPES,
    EntityType,
    PiiSpan,
    placeholder,
)
from callvault.intelligence.redaction.expiry import expiries
from callvault.intelligence.redaction.grouped import grouped_numbers
from callvault.intelligence.redaction.iban import ibans
from callvault.intelligence.redaction.mailboxes import business_mailbox
from callvault.intelligence.redaction.member_ids import member_ids
from callvault.intelligence.redaction.neighbours import grown
from callvault.intelligence.redaction.person import (
    introduced_names,
    known_names,
    misheard_names,
    passing_names,
    spelled_names,
    vocative_names,
)
from callvault.intelligence.redaction.spellings import long_spellings
from callvault.intelligence.redaction.spoken import number_runs
from callvault.intelligence.redaction.tails import tails
from callvault.intelligence.redaction.tokens import tokenize
from callvault.intelligence.redaction.unlisted import given_before, unlisted_names
from callvault.intelligence.redaction.written import emails

# When candidates overlap the longer one wins; on equal length, the more specific type.
_RANK = {
    EntityType.EMAIL: 0,
    EntityType.CARD_NUMBER: 1,
    EntityType.CARD_SECURITY_CODE: 2,
    EntityType.CARD_EXPIRY: 3,
    EntityType.ROUTING_NUMBER: 4,
    EntityType.BANK_ACCOUNT: 5,
    EntityType.SSN: 6,
    EntityType.MEMBER_ID: 7,
    EntityType.DATE_OF_BIRTH: 8,
    EntityType.PHONE: 9,
    EntityType.ADDRESS: 10,
    EntityType.PERSON: 11,
}
JOIN = " "  # between utterances in detect_many: a plain space, as a pause inside one


def detect(
    text: str,
    *,
    types: AbstractSet[EntityType] = DEFAULT_TYPES,
    names: Sequence[str] = (),
    parties: Sequence[str] = (),
) -> list[PiiSpan]:
    """PII spans in text, sorted and non-overlapping. `names` are known person names (the
    directory's, redacted when PERSON is among the types); `parties` the names of the
    call's own parties, redacted as PERSON whatever the types, first names alone included."""
    if not text or (not types and not parties):
        return []
    tokens = tokenize(text)
    runs = number_runs(tokens)
    found: list[PiiSpan] = []
    found += [
        s
        for s in [*emails(text), *spoken_emails(tokens), *provider_glued(text)]
        if not business_mailbox(text[s.start : s.end])
    ]
    found += ibans(tokens)
    for run in runs:
        found += run_spans(text, tokens, run)
    found += births(text, tokens)
    found += old_dates(text, tokens)
    found += expiries(text, tokens)
    found += member_ids(tokens)
    found += addresses(tokens, runs)
    found += postcodes(text)
    found += grouped_numbers(tokens, runs)
    # Only readings no other detector took a piece of: a phone said after a unit number is
    # a phone, and the unit number stays.
    for reading in interrupted_numbers(tokens, runs):
        if not any(f.start < s.end and s.start < f.end for s in reading for f in found):
            found += reading
    found += tails(tokens, runs)
    found += long_spellings(tokens)
    if EntityType.PERSON in types:
        people = known_names(tokens, names) + introduced_names(tokens) + passing_names(tokens)
        people += unlisted_names(tokens)
        people += given_before(tokens, [s for s in people if s.type is EntityType.PERSON])
        found += people
        # A name spelled after it was said is that name, however the letters were heard
        # ("my daughter Fiona Delacroix, D-E-L-S-E-R-O-I-X": eighth-dev).
        said = [text[s.start : s.end] for s in people]
        found += spelled_names(tokens, [*names, *said], after={s.end for s in people})
    found = [s for s in found if s.type in types]
    found += known_names(tokens, parties, first_names=True)
    found += misheard_names(tokens, parties)
    found += vocative_names(tokens, parties)
    if parties:
        found += spelled_names(tokens, parties)
    spans = _resolve([s for s in found if s.end > s.start])
    # The groups the recogniser cut off an identifier's ends ("GP57 -BARC [hidden] 06").
    return _resolve(grown(tokens, spans, expiry=EntityType.CARD_EXPIRY in types))


def _resolve(spans: list[PiiSpan]) -> list[PiiSpan]:
    """Non-overlapping spans: longest first, then by type rank. The chosen spans are kept
    sorted by start, so each overlap test only looks at the two neighbours."""
    starts: list[int] = []
    chosen: list[PiiSpan] = []
    for s in sorted(spans, key=lambda s: (s.start - s.end, _RANK[s.type], s.start)):
        k = bisect_left(starts, s.start)
        if k < len(chosen) and chosen[k].start < s.end:
            continue
        if k > 0 and chosen[k - 1].end > s.start:
            continue
        starts.insert(k, s.start)
        chosen.insert(k, s)
    return chosen


def detect_many(
    texts: Sequence[str],
    *,
    types: AbstractSet[EntityType] = DEFAULT_TYPES,
    names: Sequence[str] = (),
    parties: Sequence[str] = (),
) -> list[list[PiiSpan]]:
    """Spans per text for consecutive utterances of one speaker. The texts are scanned joined,
    because recognisers split a number said with a pause ("4111 1111" | "1111 1111"); a span
    that crosses texts is cut into one span per text, with offsets local to each."""
    bases: list[int] = []
    at = 0
    for t in texts:
        bases.append(at)
        at += len(t) + len(JOIN)
    out: list[list[PiiSpan]] = [[] for _ in texts]
    for span in detect(JOIN.join(texts), types=types, names=names, parties=parties):
        for k, t in enumerate(texts):
            lo = max(span.start, bases[k]) - bases[k]
            hi = min(span.end, bases[k] + len(t)) - bases[k]
            if hi <= lo:
                continue
            while lo < hi and t[lo].isspace():
                lo += 1
            while hi > lo and t[hi - 1].isspace():
                hi -= 1
            if hi > lo:
                out[k].append(PiiSpan(span.type, lo, hi))
    return out


def redact(text: str, spans: Sequence[PiiSpan]) -> str:
    """text with each span replaced by its typed placeholder ("[CARD_NUMBER]"). Spans outside
    the text are clipped; a span overlapping an earlier one is merged into it."""
    parts: list[str] = []
    at = 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = max(s.start, at), min(s.end, len(text))
        if end <= start:
            continue
        if start > at or not parts:
            parts.append(text[at:start])
            parts.append(placeholder(s.type))
        at = end
    parts.append(text[at:])
    return "".join(parts)
