"""Hiding what the leak check flagged (fail closed, ADR 0019 addendum): the flagged words of
the redacted transcript become one placeholder, the flagged window of the redacted audio is
silenced on the speaker's channel, "answer" flags are left for a person, and a second pass
over the hidden outputs changes nothing."""

from __future__ import annotations

import io
import wave

import numpy as np

from callvault.intelligence.asr.audio import RATE, DecodedAudio
from callvault.intelligence.leakcheck.check import PAD_MS, Flag
from callvault.intelligence.pipeline.flagged import HIDDEN_TYPE, PLACEHOLDER, hide, silenced
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Transcript
from tests.support.spoken_turns import turns


def _transcript(*said: tuple[str, int, str]) -> Transcript:
    return turns(*said, duration_ms=30_000)


# The agent's question, the caller's reply with a card number the redaction hides and the last
# four of a social it is not asked to hide, then a PII-free line of the caller's.
RAW = _transcript(
    ("callee", 0, "What is the card and the last four of your social?"),
    ("caller", 5_000, "The card is 4111 1111 1111 1111 and the social is six seven eight nine."),
    ("caller", 14_000, "Thanks for your help today."),
)
REDACTED = redact_transcript(RAW, types={EntityType.CARD_NUMBER}, fail_closed=False)
SIX = 5_000 + 400 * 11  # "six": the twelfth word of the caller's reply
NINE_END = 5_000 + 400 * 14 + 300


def _place(t: Transcript, u: int, words: str) -> dict[str, int]:
    start = t.utterances[u].text.index(words)
    return {"utterance": u, "start": start, "end": start + len(words)}


def _digits_flag(t: Transcript) -> Flag:
    place = _place(t, 1, "six seven eight nine")
    return Flag("digits", ("text", "audio"), "caller", SIX, NINE_END, place)


FOUND = [f.as_json() for f in REDACTED.found]  # the redaction's stored record


def test_a_text_flag_hides_its_words_as_one_placeholder() -> None:
    red = REDACTED.transcript
    assert "six seven eight nine" in red.utterances[1].text
    out = hide(RAW, red, [_digits_flag(red)], FOUND)
    line = out.transcript.utterances[1].text
    assert line == f"The card is [CARD_NUMBER] and the social is {PLACEHOLDER}."
    assert out.hidden == (True,) and out.added == 1
    # The flag now points at the placeholder, and the redaction's record still at its own.
    place = out.flags[0].redacted
    assert place is not None and line[place["start"] : place["end"]] == PLACEHOLDER
    card = next(r for r in out.redactions if r["type"] == "card_number")
    span = card["redacted"]
    assert line[span["start"] : span["end"]] == "[CARD_NUMBER]"
    # The hidden run is recorded like a redaction: its raw words and its placeholder.
    new = next(r for r in out.redactions if r["type"] == HIDDEN_TYPE)
    at = new["raw"]
    assert RAW.utterances[1].text[at["start"] : at["end"]].strip() == "six seven eight nine."
    assert line[new["redacted"]["start"] : new["redacted"]["end"]] == PLACEHOLDER
    assert (new["speaker"], new["start_ms"], new["end_ms"]) == ("caller", SIX, NINE_END)
    # Other lines are untouched.
    assert out.transcript.utterances[0] == red.utterances[0]
    assert out.transcript.utterances[2] == red.utterances[2]


def test_an_audio_only_flag_hides_the_speakers_words_in_its_window() -> None:
    red = REDACTED.transcript
    # Heard in the redacted audio only: no place; its window plus PAD_MS covers "seven eight".
    seven = SIX + 400
    flag = Flag("digits", ("audio",), "caller", seven + PAD_MS, seven + 400 + 300 - PAD_MS)
    out = hide(RAW, red, [flag], FOUND)
    assert out.transcript.utterances[1].text.endswith(f"the social is six {PLACEHOLDER} nine.")
    place = out.flags[0].redacted
    assert place is not None
    assert out.transcript.utterances[1].text[place["start"] : place["end"]] == PLACEHOLDER
    # The other party's words at that time are not the flagged speaker's: never hidden.
    assert out.transcript.utterances[0] == red.utterances[0]


def test_an_answer_flag_is_left_visible_for_a_person() -> None:
    red = REDACTED.transcript
    line = red.utterances[2]
    answer = Flag(
        "answer", ("text",), "caller", line.start_ms, line.end_ms,
        {"utterance": 2, "start": 0, "end": len(line.text)},
    )  # fmt: skip
    out = hide(RAW, red, [answer], FOUND)
    assert out.transcript == red and out.hidden == (False,) and out.added == 0
    assert out.windows == ()
    assert out.flags == (answer,)


def test_two_overlapping_flags_make_one_placeholder() -> None:
    red = REDACTED.transcript
    text_flag = _digits_flag(red)
    heard = Flag("letters", ("audio",), "caller", SIX - 200, SIX + 900)  # "social is six seven"
    out = hide(RAW, red, [text_flag, heard], FOUND)
    line = out.transcript.utterances[1].text
    assert line.count(PLACEHOLDER) == 1 and "six" not in line and "nine" not in line
    assert sum(r["type"] == HIDDEN_TYPE for r in out.redactions) == 1
    a, b = out.flags[0].redacted, out.flags[1].redacted
    assert a is not None and b is not None and a == b


def test_hiding_again_changes_nothing() -> None:
    red = REDACTED.transcript
    flags = [_digits_flag(red), Flag("name", ("audio",), "caller", 14_000, 14_300)]
    once = hide(RAW, red, flags, FOUND)
    assert once.transcript.utterances[2].text.startswith(PLACEHOLDER)
    twice = hide(RAW, once.transcript, once.flags, once.redactions)
    assert twice.transcript == once.transcript
    assert twice.redactions == once.redactions and twice.added == 0
    assert twice.flags == once.flags


def _wav_samples(data: bytes) -> tuple[int, list[np.ndarray]]:
    with wave.open(io.BytesIO(data)) as w:
        frames = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        n = w.getnchannels()
    pcm = frames.reshape(-1, n).astype(np.float32) / 32767
    return pcm.shape[0], [pcm[:, c].copy() for c in range(n)]


def test_the_audio_window_is_silenced_on_the_speakers_channel_at_the_same_length() -> None:
    rng = np.random.default_rng(1)
    n = 12 * RATE + 123  # not a whole number of seconds
    caller, callee = (rng.normal(0, 0.1, n).astype(np.float32) for _ in range(2))
    audio = DecodedAudio((caller, callee), RATE, RATE, 2)
    wav = silenced(audio, [(4_000, 5_000, 0)], mode="silence")
    assert wav is not None
    length, (c0, c1) = _wav_samples(wav)
    assert length == n
    inside = slice((4_000 - PAD_MS) * RATE // 1000 + 1, (5_000 + PAD_MS) * RATE // 1000 - 1)
    assert float(np.max(np.abs(c0[inside]))) == 0.0
    assert float(np.max(np.abs(c1[inside]))) > 0.1  # the other party's channel is kept
    outside = slice(0, 3_000 * RATE // 1000)
    assert np.allclose(c0[outside], caller[outside], atol=1e-4)
    # A second pass finds the window hidden already and writes nothing.
    again = DecodedAudio((c0, c1), RATE, RATE, 2)
    assert silenced(again, [(4_000, 5_000, 0)], mode="silence") is None
    assert silenced(again, [(4_000, 5_000, 0)], mode="tone") is not None  # not toned yet
