"""Transcripts written as turns for unit tests of the text stages: each turn is (speaker,
start ms, text), one word every STEP_MS, each word 300 ms long."""

from __future__ import annotations

from callvault.intelligence.transcript import Transcript, Word, reindex, utterance_from_words

STEP_MS = 400


def turns(*said: tuple[str, int, str], duration_ms: int = 30_000) -> Transcript:
    utterances = [
        utterance_from_words(
            0,
            speaker,
            [Word(w, at + STEP_MS * k, at + STEP_MS * k + 300) for k, w in enumerate(words)],
        )
        for speaker, at, text in said
        for words in (text.split(),)
    ]
    return Transcript("en", duration_ms, reindex(utterances))
