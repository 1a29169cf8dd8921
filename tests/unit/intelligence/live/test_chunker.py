"""Cutting one party's live audio into speech chunks with the real Silero VAD: generated
speech with pauses gives one final per utterance, partials every second of an open chunk,
nothing for silence or a click, and a forced final for a monologue."""

from __future__ import annotations

import itertools

import numpy as np

from callvault.intelligence.live.chunker import RATE, Chunker, ChunkPolicy, Piece
from tests.support.speech import silence, speak

FRAME = 320  # 20 ms


def _pcm(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()


def _feed(chunker: Chunker, samples: np.ndarray) -> list[Piece]:
    pcm = _pcm(samples)
    out: list[Piece] = []
    for at in range(0, len(pcm), FRAME * 2):
        out += chunker.feed(pcm[at : at + FRAME * 2])
    return out + chunker.flush()


def test_two_utterances_give_two_finals_with_partials_while_speaking() -> None:
    first = speak("Thanks for calling, how can I help you today with your account?")
    second = speak("Sure, one moment please.")
    audio = np.concatenate([silence(0.5), first, silence(1.2), second, silence(1.0)])
    pieces = _feed(Chunker(), audio)
    finals = [p for p in pieces if p.final]
    assert [p.number for p in finals] == [0, 1]
    # The first final covers the first utterance (within the pre-roll and end padding).
    start0 = 500
    end0 = start0 + len(first) * 1000 // RATE
    assert abs(finals[0].start_ms - start0) < 400 and abs(finals[0].end_ms - end0) < 700
    assert finals[1].start_ms > finals[0].end_ms
    partials = [p for p in pieces if not p.final and p.number == 0]
    # A ~3 s utterance is offered for partial decoding about once a second, growing.
    assert len(partials) >= len(first) // RATE - 1 >= 1
    assert all(a.end_ms < b.end_ms for a, b in itertools.pairwise(partials))
    assert all(p.start_ms == finals[0].start_ms for p in partials)


def test_silence_noise_and_a_click_give_nothing() -> None:
    rng = np.random.default_rng(1)
    noise = rng.normal(0, 0.003, 3 * RATE).astype(np.float32)
    click = np.zeros(RATE, np.float32)
    click[RATE // 2 : RATE // 2 + 80] = 0.9
    assert _feed(Chunker(), np.concatenate([silence(1.0), noise, click, silence(1.0)])) == []


def test_a_monologue_is_cut_into_finals_at_the_longest_chunk() -> None:
    words = speak("one long sentence that goes on and on without any pause at all, really")
    policy = ChunkPolicy(max_chunk_ms=1500)
    finals = [p for p in _feed(Chunker(policy), words) if p.final]
    assert len(finals) >= 2
    assert all(p.end_ms - p.start_ms <= 1500 + 40 for p in finals)


def _loud_ms(samples: np.ndarray) -> tuple[int, int]:
    """Where the speech in a clip starts and ends (10 ms windows above -40 dBFS), in ms."""
    win = RATE // 100
    frames = samples[: len(samples) // win * win].reshape(-1, win)
    loud = np.nonzero(np.sqrt(np.mean(frames**2, axis=1)) > 0.01)[0]
    return int(loud[0]) * 10, int(loud[-1] + 1) * 10


def test_no_partial_is_offered_while_the_speaker_pauses() -> None:
    """A partial during a pause that may end the chunk would hold the decoding thread the
    final needs: partials come only while speech is heard."""
    first = speak("Thanks for calling, how can I help you today with your account?")
    second = speak("Sure, one moment please, let me look that up for you.")
    policy = ChunkPolicy(end_silence_ms=1500)  # the pause stays inside one chunk
    audio = np.concatenate([silence(0.5), first, silence(0.6), second, silence(2.0)])
    pieces = _feed(Chunker(policy), audio)
    partials = [p for p in pieces if not p.final]
    assert len([p for p in pieces if p.final]) == 1 and len(partials) >= 3
    # The pause: from the end of the first sentence's speech to the start of the second's.
    pause_from = 500 + _loud_ms(first)[1]
    pause_to = 500 + len(first) * 1000 // RATE + 600 + _loud_ms(second)[0]
    assert pause_to - pause_from >= 1000  # long enough that the old cadence put one there
    # (a window's silence is counted once the VAD's probability falls: allow 100 ms)
    assert not any(pause_from + 100 < p.end_ms < pause_to for p in partials)
