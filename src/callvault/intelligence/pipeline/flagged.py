"""Hiding what the leak check flagged (ADR 0019, addendum "fail closed"): when our own check
finds personal data left in the redacted transcript or the redacted audio, it is hidden there
before notes, search or a member ever read it.

Every flag is hidden but two kinds, which stay visible and reported (`Hidden.left_because`):
- "answer" (a reply the check could not read as an identifier): a person decides;
- "kept_number": a digits flag on numbers the redaction keeps on purpose, by its own rules
  (`redaction.kept`: named by its label or unit, as an order or claim number, an amount, a
  count, a time, or a repeat of one).
  The check, which shares no rules with the redaction, flags such digits as left; hiding them
  would cut the numbers a business needs out of the record. A number the redaction left by
  default (no rule names it: a garbled identifier looks like that) is hidden.
The others are hidden:
- text: the flagged speaker's words at the flag's place in the redacted text, and those
  inside its time window (± the check's PAD_MS for a flag without a place, one heard only in
  the audio), become one PLACEHOLDER per run of words. A redaction's own placeholders are
  left as they are, so hiding twice changes nothing and the redaction's record stays right;
- audio: the flag's window (± PAD_MS) and the time of every word hidden in the text are
  silenced (or toned over, as the workspace redacts) on the speaker's channel; a window the
  rendition already hides is left alone, so the samples do not change on a second pass.

A workspace may switch hiding off (`hide_flagged`, default on): then nothing is hidden and
every flag is left visible as "setting_off", only reported, as before hiding existed. Hiding
costs numbers that must survive (an order number the check cannot tell from an identifier),
and that trade is the workspace's to make.

The hidden runs are recorded beside the redaction's own (type HIDDEN_TYPE, with their place
in the raw and the redacted text), so the transcript API shows them like other placeholders.
The check itself stays independent: this module reads its flags, never its rules (and the
redaction's rules only to know which numbers it kept)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any, Literal

import numpy as np

from callvault.intelligence.asr.audio import DecodedAudio
from callvault.intelligence.leakcheck.check import PAD_MS, Flag
from callvault.intelligence.pipeline.rehear import CHANGED_ABOVE
from callvault.intelligence.redaction import kept
from callvault.intelligence.redaction.audio import (
    TONE_HZ,
    TONE_LEVEL,
    AudioSpan,
    Mode,
    redacted_wav,
)
from callvault.intelligence.transcript import Span, Transcript, Utterance, Word

PLACEHOLDER = "[UNVERIFIED]"  # not one type: the check knows a kind of leak, not its type
HIDDEN_TYPE = "unverified"  # the type of a hidden run among the transcript's redactions
LEFT_VISIBLE = frozenset({"answer"})  # ADR 0019: a person decides on these
# Why a flag was left visible: its kind (a person decides), numbers the redaction keeps, or
# the workspace switched hiding off.
LeftBecause = Literal["answer", "kept_number", "setting_off"]
# The redaction's reasons to keep a number that make a digits flag stay visible
# (`redaction.kept.Why`): its label (and its repeats). Not "business" (a number the business
# side states as its own): as a rule of its own, beyond un-hiding what a detector typed as a
# phone, it also keeps an agent reading a customer's number back ("and your L 416 102 113",
# twenty-first-dev: a phone left in the text).
KEPT_ON_PURPOSE: frozenset[kept.Why] = frozenset({"labelled"})
_PLACEHOLDER_WORD = re.compile(r"^\s*\[[A-Z_]+\][.,;:!?]*$")


@dataclass(frozen=True, slots=True)
class Window:
    """Audio to hide on one speaker's channel (ms, unpadded)."""

    speaker: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class Hidden:
    transcript: Transcript  # the redacted transcript with the flagged words hidden
    flags: tuple[Flag, ...]  # the flags, their places moved into the new text
    hidden: tuple[bool, ...]  # per flag: hidden (not left_because)
    left_because: tuple[LeftBecause | None, ...]  # per flag: why it was left visible
    redactions: tuple[dict[str, Any], ...]  # the stored redactions, moved, plus the hidden runs
    windows: tuple[Window, ...]  # the audio to silence
    added: int  # placeholders this pass put in the text (0: the text is unchanged)


def hide(
    raw: Transcript,
    redacted: Transcript,
    flags: Sequence[Flag],
    redactions: Sequence[Mapping[str, Any]],
    *,
    business: AbstractSet[str] = frozenset(),
    on: bool = True,
) -> Hidden:
    """The redacted transcript with every hideable flag's words replaced by PLACEHOLDER.
    redactions: the stored record of the redaction ({"type", "raw", "redacted", ...}: spans
    as dicts), whose places in the redacted text move with the text; business: the business
    side's speaker labels, as the redaction was given them (which numbers it keeps); on: the
    workspace's `hide_flagged` (off: nothing is hidden, every flag is left as "setting_off")."""
    said = kept.numbers(raw.utterances, [_raw_place(r) for r in redactions], business)
    picked: dict[int, set[int]] = {}  # utterance -> indices of the words to hide
    per_flag: list[set[tuple[int, int]]] = []
    reasons: list[LeftBecause | None] = []
    for f in flags:
        words = _words_of(redacted, f)
        why: LeftBecause | None = None
        if not on:
            why = "setting_off"
        elif f.kind in LEFT_VISIBLE:
            why = "answer"
        elif f.kind == "digits" and _kept_number(raw, redacted, words, said):
            why = "kept_number"
        reasons.append(why)
        words = set() if why else words
        per_flag.append(words)
        for u, w in words:
            picked.setdefault(u, set()).add(w)
    hidden = tuple(r is None for r in reasons)
    utterances = list(redacted.utterances)
    moves: dict[int, _Move] = {}
    runs: list[tuple[int, int]] = []  # (utterance, new word index) of each new placeholder
    for u, chosen in picked.items():
        utterances[u], moves[u], made = _hidden_utterance(redacted.utterances[u], chosen)
        runs += [(u, k) for k in made]
    text = Transcript(redacted.language, redacted.duration_ms, tuple(utterances))
    new = [_record(raw, redacted, text, moves[u], u, k) for u, k in runs]
    moved = [_moved_record(r, moves) for r in redactions]
    out_flags = tuple(
        _moved_flag(f, words, moves, text) for f, words in zip(flags, per_flag, strict=True)
    )
    hideable = [f for f, h in zip(flags, hidden, strict=True) if h]
    windows = [Window(f.speaker, f.start_ms, f.end_ms) for f in hideable]
    windows += [Window(str(r["speaker"]), int(r["start_ms"]), int(r["end_ms"])) for r in new]
    return Hidden(text, out_flags, hidden, tuple(reasons), (*moved, *new), tuple(windows), len(new))


def silenced(audio: DecodedAudio, spans: Sequence[AudioSpan], *, mode: Mode) -> bytes | None:
    """The rendition with each span (padded by PAD_MS) silenced or toned over as redaction
    does, as 16-bit WAV of the same length; None when every span is hidden already."""
    todo = [s for s in spans if not _already_hidden(audio, s, mode)]
    return redacted_wav(audio, todo, mode=mode, pad_ms=PAD_MS) if todo else None


# --- text ----------------------------------------------------------------------------------


def _is_placeholder(w: Word) -> bool:
    return bool(_PLACEHOLDER_WORD.match(w.text))


def _words_of(t: Transcript, f: Flag) -> set[tuple[int, int]]:
    """(utterance, word) of the flag: at its place in the text, and the speaker's words in
    its window (a mark over two utterances has only its first word as its place)."""
    out: set[tuple[int, int]] = set()
    place = f.redacted
    if place is not None and 0 <= int(place["utterance"]) < len(t.utterances):
        u = t.utterances[int(place["utterance"])]
        start, end = int(place["start"]), int(place["end"])
        for k, (w, (a, b)) in enumerate(zip(u.words, u.word_offsets(), strict=True)):
            if a < end and b > start and w.text.strip():
                out.add((u.index, k))
    pad = 0 if place is not None else PAD_MS
    lo, hi = f.start_ms - pad, f.end_ms + pad
    for u in t.utterances:
        if u.speaker != f.speaker or u.end_ms < lo or u.start_ms > hi:
            continue
        out.update((u.index, k) for k, w in enumerate(u.words) if w.end_ms > lo and w.start_ms < hi)
    return {(u, k) for u, k in out if not _is_placeholder(t.utterances[u].words[k])}


@dataclass(frozen=True, slots=True)
class _Move:
    """Where each word of an utterance went: old character range -> new word's range."""

    old: list[tuple[int, int]]
    new: list[tuple[int, int]]  # the range of the word (or placeholder) it became
    replaced: list[bool]
    body: list[tuple[int, int]]  # for replaced words: the placeholder without space/punct
    first_old: list[int]  # per new word: the first old word it stands for
    last_old: list[int]  # per new word: the last old word it stands for


def _hidden_utterance(u: Utterance, chosen: set[int]) -> tuple[Utterance, _Move, list[int]]:
    """The utterance with each run of chosen words as one placeholder; where words went; the
    indices of the new placeholders."""
    words: list[Word] = []
    old = u.word_offsets()
    new: list[tuple[int, int]] = [(0, 0)] * len(u.words)
    body: list[tuple[int, int]] = [(0, 0)] * len(u.words)
    replaced = [k in chosen for k in range(len(u.words))]
    firsts: list[int] = []
    lasts: list[int] = []
    made: list[int] = []
    at = 0
    i = 0
    while i < len(u.words):
        j = i
        while replaced[i] and j + 1 < len(u.words) and replaced[j + 1]:
            j += 1
        if replaced[i]:
            first, last = u.words[i], u.words[j]
            lead = " " if first.text.startswith(" ") else ""
            stripped = last.text.rstrip(".,;:!?")
            tail = last.text[len(stripped) :]
            w = Word(lead + PLACEHOLDER + tail, first.start_ms, last.end_ms, 1.0)
            made.append(len(words))
        else:
            w = u.words[i]
            lead = tail = ""
        for k in range(i, j + 1):
            new[k] = (at, at + len(w.text))
            body[k] = (at + len(lead), at + len(w.text) - len(tail))
        words.append(w)
        firsts.append(i)
        lasts.append(j)
        at += len(w.text)
        i = j + 1
    out = Utterance(u.index, u.speaker, u.start_ms, u.end_ms, tuple(words))
    return out, _Move(old, new, replaced, body, firsts, lasts), made


def _moved_span(span: Mapping[str, Any], moves: Mapping[int, _Move]) -> dict[str, int]:
    """A place in the old redacted text, in the new one (a hidden word: its placeholder)."""
    u, start, end = int(span["utterance"]), int(span["start"]), int(span["end"])
    m = moves.get(u)
    if m is None:
        return {"utterance": u, "start": start, "end": end}
    inside = [k for k, (a, b) in enumerate(m.old) if a < end and b > start]
    if not inside:
        at = next((m.new[k][0] for k, (a, _) in enumerate(m.old) if a >= start), None)
        at = m.new[-1][1] if at is None else at
        return {"utterance": u, "start": at, "end": at}
    first, last = inside[0], inside[-1]
    a, b = m.old[first]
    new_start = m.body[first][0] if m.replaced[first] else m.new[first][0] + max(0, start - a)
    a, b = m.old[last]
    new_end = m.body[last][1] if m.replaced[last] else m.new[last][0] + min(end, b) - a
    return {"utterance": u, "start": new_start, "end": max(new_start, new_end)}


def _moved_record(r: Mapping[str, Any], moves: Mapping[int, _Move]) -> dict[str, Any]:
    return {**r, "redacted": _moved_span(r["redacted"], moves)}


def _moved_flag(
    f: Flag, words: set[tuple[int, int]], moves: Mapping[int, _Move], text: Transcript
) -> Flag:
    """The flag with its place in the new text: where it was, or for a flag found only in
    the audio, the first placeholder it put in the text (None when it hid no words)."""
    if f.redacted is not None:
        return replace(f, redacted=_moved_span(f.redacted, moves))
    if not words:
        return f
    u, k = min(words)
    a, b = moves[u].body[k]
    assert text.utterances[u].text[a:b] == PLACEHOLDER
    return replace(f, redacted={"utterance": u, "start": a, "end": b})


def _record(
    raw: Transcript, redacted: Transcript, text: Transcript, m: _Move, u: int, k: int
) -> dict[str, Any]:
    """A hidden run as a stored redaction: its place in the raw and in the redacted text."""
    w = text.utterances[u].words[k]
    first, last = m.first_old[k], m.last_old[k]
    a = sum(len(x.text) for x in text.utterances[u].words[:k])
    lead = len(w.text) - len(w.text.lstrip(" "))
    return {
        "type": HIDDEN_TYPE,
        "raw": _raw_span(raw, redacted.utterances[u], first, last),
        "redacted": {"utterance": u, "start": a + lead, "end": a + lead + len(PLACEHOLDER)},
        "start_ms": w.start_ms,
        "end_ms": w.end_ms,
        "speaker": text.utterances[u].speaker,
    }


def _raw_span(raw: Transcript, shown: Utterance, first: int, last: int) -> dict[str, int]:
    """Where words first..last of the redacted utterance are in the raw one."""
    said = raw.utterances[shown.index] if shown.index < len(raw.utterances) else None
    if said is None:
        return {"utterance": shown.index, "start": 0, "end": 0}
    offsets = said.word_offsets()
    found = _raw_words(said, shown)
    lo = [found[k] for k in range(first, last + 1) if k in found]
    if not lo:
        return {"utterance": said.index, "start": 0, "end": 0}
    return {"utterance": said.index, "start": offsets[min(lo)][0], "end": offsets[max(lo)][1]}


def _raw_words(said: Utterance, shown: Utterance) -> dict[int, int]:
    """Word index in the shown (redacted) utterance -> in the raw one: the redaction copies
    every word it does not hide, so the shown words are found in order among the raw ones by
    text and time (placeholders in between are skipped)."""
    at = 0
    found: dict[int, int] = {}
    for k, w in enumerate(shown.words):
        if _is_placeholder(w):
            continue
        j = next(
            (
                j
                for j in range(at, len(said.words))
                if (said.words[j].text, said.words[j].start_ms, said.words[j].end_ms)
                == (w.text, w.start_ms, w.end_ms)
            ),
            None,
        )
        if j is None:
            continue
        found[k] = j
        at = j + 1
    return found


# --- numbers the redaction keeps -------------------------------------------------------------


def _raw_place(r: Mapping[str, Any]) -> Span:
    at = r["raw"]
    return Span(int(at["utterance"]), int(at["start"]), int(at["end"]))


def _kept_number(
    raw: Transcript,
    redacted: Transcript,
    words: set[tuple[int, int]],
    said: Sequence[kept.Number],
) -> bool:
    """Whether every number the flag's words hold is one the redaction keeps on purpose
    (KEPT_ON_PURPOSE), and they hold one: the words are found in the raw transcript, and
    each number run of it they touch must be kept. A word not found there keeps the flag."""
    touched: list[kept.Number] = []
    for u in sorted({u for u, _ in words}):
        if u >= len(raw.utterances):
            return False
        line = raw.utterances[u]
        index = _raw_words(line, redacted.utterances[u])
        offsets = line.word_offsets()
        for _, k in sorted(w for w in words if w[0] == u):
            if k not in index:
                return False
            a, b = offsets[index[k]]
            touched += [n for n in said if n.utterance == u and n.start < b and a < n.end]
    return bool(touched) and all(n.kept in KEPT_ON_PURPOSE for n in touched)


# --- audio ---------------------------------------------------------------------------------


def _already_hidden(audio: DecodedAudio, span: AudioSpan, mode: Mode) -> bool:
    """Whether the rendition already holds nothing but silence (or the tone) in the span."""
    start, end, channel = span
    lo = max(0, round((start - PAD_MS) * audio.rate / 1000))
    for index, samples in enumerate(audio.channels):
        if channel is not None and channel != index:
            continue
        hi = min(int(samples.shape[0]), round((end + PAD_MS) * audio.rate / 1000))
        if hi <= lo:
            continue
        expected = np.zeros(hi - lo, dtype=np.float32)
        if mode == "tone":
            t = np.arange(lo, hi, dtype=np.float32) / audio.rate
            expected = (TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
        if float(np.max(np.abs(samples[lo:hi] - expected))) > CHANGED_ABOVE:
            return False
    return True
