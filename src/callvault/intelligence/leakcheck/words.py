"""Timed words of one speaker in time order, in plain lower-case form, broken into stretches
at long pauses. Utterance boundaries are ignored: a recogniser splits a number said with a
pause into two utterances, a listener hears one number."""

from __future__ import annotations

from dataclasses import dataclass

from callvault.intelligence.transcript import Transcript

PAUSE_MS = 3000  # a longer silence ends a stretch
_PUNCT = ".,;:!?\"'`()[]{}‘’“”"  # recognisers write 6' 7' 8' 9" too


@dataclass(frozen=True, slots=True)
class Heard:
    text: str  # as written, stripped of spaces
    low: str  # lower-case, without surrounding punctuation
    start_ms: int
    end_ms: int
    utterance: int  # where the word is in its transcript
    start: int  # characters [start, end) of the word inside that utterance's text
    end: int


def stretches(t: Transcript, speaker: str) -> list[list[Heard]]:
    words: list[Heard] = []
    for u in t.utterances:
        if u.speaker != speaker:
            continue
        at = 0
        for w in u.words:
            body = w.text.strip()
            lead = len(w.text) - len(w.text.lstrip())
            if body:
                words.append(
                    Heard(
                        text=body,
                        low=body.lower().strip(_PUNCT),
                        start_ms=w.start_ms,
                        end_ms=w.end_ms,
                        utterance=u.index,
                        start=at + lead,
                        end=at + len(w.text),
                    )
                )
            at += len(w.text)
    words.sort(key=lambda h: (h.start_ms, h.utterance, h.start))
    out: list[list[Heard]] = []
    for h in words:
        if out and h.start_ms - out[-1][-1].end_ms <= PAUSE_MS:
            out[-1].append(h)
        else:
            out.append([h])
    return out


def speakers(*transcripts: Transcript) -> list[str]:
    return sorted({u.speaker for t in transcripts for u in t.utterances})
