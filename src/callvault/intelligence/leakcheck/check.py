"""The leak check of a redacted transcript and its redacted audio.

Three looks, each a list of flagged windows (kind, speaker, time; never the value):
- **text**: every mark (see `marks`) still in the redacted text;
- **audio, where the original had it**: each mark of the original transcript is looked for,
  by time, in what the recogniser hears in the redacted audio on the same channel; the same
  kind heard there again (for digits: three of the original's digits in order) is a flag;
- **audio, anywhere else**: a mark heard in the redacted audio away from every mark of the
  original (the first transcription missed it; a listener would not).
- **text, replies**: a reply to a question for an identifier that holds no placeholder
  (`answers`: the redaction missed it or the recogniser garbled it past any pattern).
Names come from the call's parties and directory, and from the redaction's own output: a rare
word it hid as a name in one line is looked for in every other (`hidden_names`).
Flags of one kind and speaker that overlap in time are one flag: the count is what a listener
would find, not how many ways it was found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from callvault.intelligence.leakcheck.answers import unredacted_answers
from callvault.intelligence.leakcheck.hidden_names import hidden_names
from callvault.intelligence.leakcheck.kept import asked_to_keep
from callvault.intelligence.leakcheck.mark import Mark
from callvault.intelligence.leakcheck.marks import marks
from callvault.intelligence.leakcheck.words import Heard, speakers, stretches
from callvault.intelligence.transcript import Transcript

PAD_MS = 300  # word times are approximate; the redacted audio is padded by about as much
_MAX_KEY = 64


@dataclass(frozen=True, slots=True)
class Flag:
    kind: str  # "digits", "email", "name", "letters", "date", "address" or "answer"
    sources: tuple[str, ...]  # "text" and/or "audio"
    speaker: str
    start_ms: int
    end_ms: int
    redacted: dict[str, int] | None = None  # where it is in the redacted text (text flags)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "sources": list(self.sources),
            "speaker": self.speaker,
            "start_ms": self.start_ms,
            "end_ms": self.end_ms,
            "redacted": self.redacted,
        }


@dataclass
class Report:
    flags: list[Flag] = field(default_factory=list)
    audio_checked: bool = False  # False: the redacted audio was not heard (text only)
    kept_numbers: int = 0  # numbers labelled as ones to keep (order numbers, amounts)

    def as_json(self) -> dict[str, Any]:
        return {
            "flags": [f.as_json() for f in self.flags],
            "audio_checked": self.audio_checked,
            "kept_numbers": self.kept_numbers,
        }


def check(
    original: Transcript,
    redacted: Transcript,
    heard: Transcript | Sequence[Transcript] | None,
    *,
    people: Sequence[str] = (),
    terms: Sequence[str] = (),
) -> Report:
    """Flags for what is still in the redacted text and (when heard is given, the redacted
    audio transcribed again, by one ear or several) in the redacted audio. people: names
    that should be gone; terms: the workspace's dictionary (its company and product names),
    whose words are never taken for a person's name on rarity alone."""
    ours = frozenset(w for t in terms for w in t.lower().split())
    people = [*people, *hidden_names(original, redacted)]  # hidden once, looked for everywhere
    hearings = [] if heard is None else [heard] if isinstance(heard, Transcript) else list(heard)
    report = Report(audio_checked=bool(hearings))
    flags: list[Flag] = []
    # each party's view of the others' words, gathered once: marks and kept numbers read it
    others_of = {s: _others(redacted, s) for s in speakers(original, redacted, *hearings)}
    found = {
        speaker: [
            m
            for s in stretches(redacted, speaker)
            for m in marks(s, people, ours, others_of[speaker])
        ]
        for speaker in speakers(redacted)
    }
    kept = _kept_keys(redacted, found)
    for speaker, others in others_of.items():
        for m in found.get(speaker, []):
            if m.kept or asked_to_keep(m, others) or (m.kind == "digits" and m.key in kept):
                report.kept_numbers += 1
                continue
            flags.append(_flag(m, "text", speaker, _where(m)))
        for h in hearings:
            flags += _audio(original, h, speaker, people, ours)
    # A reply to a question for an identifier with nothing redacted in it (see `answers`).
    for a in unredacted_answers(redacted):
        where = {"utterance": a.utterance, "start": 0, "end": a.length}
        flags.append(Flag("answer", ("text",), a.speaker, a.start_ms, a.end_ms, where))
    report.flags = _merged(flags)
    return report


def _audio(
    original: Transcript,
    heard: Transcript,
    speaker: str,
    people: Sequence[str],
    ours: frozenset[str],
) -> list[Flag]:
    others = _others(original, speaker)
    before = [m for s in stretches(original, speaker) for m in marks(s, people, ours, others)]
    heard_words = [w for s in stretches(heard, speaker) for w in s]
    out: list[Flag] = []
    for m in before:
        if m.kept or asked_to_keep(m, others):
            continue
        window = [
            w
            for w in heard_words
            if w.end_ms > m.start_ms - PAD_MS and w.start_ms < m.end_ms + PAD_MS
        ]
        if window and any(_same(m, h) for h in marks(window, people, ours, others)):
            out.append(_flag(m, "audio", speaker, None))
    heard_others = _others(heard, speaker)
    for s in stretches(heard, speaker):
        for h in marks(s, people, ours, heard_others):
            if h.kept or asked_to_keep(h, heard_others) or any(_near(h, m) for m in before):
                continue
            out.append(_flag(h, "audio", speaker, None))
    return out


def _kept_keys(t: Transcript, found: dict[str, list[Mark]]) -> set[str]:
    """Numbers labelled as ones to keep anywhere in the call: the same number said again
    (read back, "200, that's a lot" after "two hundred dollars") is the same number."""
    keys: set[str] = set()
    for speaker, ms in found.items():
        others = _others(t, speaker)
        keys.update(
            m.key for m in ms if m.kind == "digits" and (m.kept or asked_to_keep(m, others))
        )
    return keys


def _others(t: Transcript, speaker: str) -> list[Heard]:
    """Every other party's words, in time order."""
    words = [w for s in speakers(t) if s != speaker for st in stretches(t, s) for w in st]
    return sorted(words, key=lambda w: w.start_ms)


def _flag(m: Mark, source: str, speaker: str, where: dict[str, int] | None) -> Flag:
    return Flag(m.kind, (source,), speaker, m.start_ms, m.end_ms, where)


def _where(m: Mark) -> dict[str, int] | None:
    first, last = m.words[0], m.words[-1]
    if first.utterance != last.utterance:
        return {"utterance": first.utterance, "start": first.start, "end": first.end}
    return {"utterance": first.utterance, "start": first.start, "end": last.end}


def _near(a: Mark, b: Mark) -> bool:
    return a.start_ms < b.end_ms + PAD_MS and a.end_ms > b.start_ms - PAD_MS


def _same(original: Mark, heard: Mark) -> bool:
    """The heard mark gives away (part of) the original one."""
    if original.kind != heard.kind:
        return False
    if original.kind in ("digits", "letters"):
        return _common_digits(original.key, heard.key) >= 3
    if original.kind == "name":
        return bool(set(original.key.split()) & set(heard.key.split()))
    return True  # an e-mail address heard where one was said


def _common_digits(a: str, b: str) -> int:
    """Length of the longest common subsequence: digits heard again in the same order."""
    a, b = a[:_MAX_KEY], b[:_MAX_KEY]
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _merged(flags: list[Flag]) -> list[Flag]:
    # A reply already flagged for what is in it is one window, not two.
    marked = [f for f in flags if f.kind != "answer"]
    flags = marked + [
        f
        for f in flags
        if f.kind == "answer"
        and not any(
            m.speaker == f.speaker and m.start_ms < f.end_ms and m.end_ms > f.start_ms
            for m in marked
        )
    ]
    out: list[Flag] = []
    for f in sorted(flags, key=lambda f: (f.speaker, f.kind, f.start_ms, f.end_ms)):
        last = out[-1] if out else None
        if (
            last is not None
            and last.speaker == f.speaker
            and last.kind == f.kind
            and f.start_ms < last.end_ms + PAD_MS
        ):
            out[-1] = Flag(
                f.kind,
                tuple(sorted(set(last.sources) | set(f.sources))),
                f.speaker,
                last.start_ms,
                max(last.end_ms, f.end_ms),
                last.redacted or f.redacted,
            )
        else:
            out.append(f)
    return sorted(out, key=lambda f: (f.start_ms, f.speaker))


__all__ = ["Flag", "Heard", "Report", "check"]
