"""Speech to text for one live chunk with the bundled Whisper model, loaded by the same code as
the post-call recogniser (asr/model.py) and fed the company dictionary as its prompt.

Short context first: Whisper pads every input to a 30 s window, so decoding a 2 s chunk
costs a 30 s encoder pass (~0.45 CPU-s for tiny.en here, whatever the chunk's length).
CTranslate2's encoder also takes shorter inputs, so the chunk plus `SHORT_PAD_S` of silence
is encoded alone: 5-10x less CPU on this machine, the same text on most sentences. Short
windows make the model loop more often ("Thanks Thanks Thanks…"), so the output is capped
at `TOKENS_PER_S` per second of audio and checked (asr/loops.py). The commonest overrun, the
whole chunk read a second time after the speech ("Great, that's $240 in total. Great,
that's $240 in"), is cut where it restarts; a capped, looping or repetitive reading is
decoded again the ordinary way (the padded window).

A short reading that fails only on its digits (a card read in groups comes back as
"4111111…" with forty-odd ones) is not decoded again: every run of `FINAL_DIGITS` digits in a
live segment is shown as `[DIGITS]` whatever its digits (redactor.guard_digits), so the
padded decode (5-7x the CPU of the short one, and on such runs often no closer to what was
said) would change nothing anyone sees. The loop is cut back (as the post-call recogniser's last
resort does) and the reading kept when only digits were cut, the rest passes the checks and
every digit left would still be hidden.

Partials are decoded greedily (beam 1: they are replaced within a second); finals with a
small beam. No word timestamps (an extra alignment pass): a live segment's times are its
chunk's, and words get times spread over the chunk so redaction can work word by word.
Digits come out as the post-call transcript writes them (asr/digits.py)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import ctranslate2
import numpy as np
from faster_whisper import WhisperModel
from faster_whisper.tokenizer import Tokenizer

from callvault.intelligence.asr.digits import ordinary_digits
from callvault.intelligence.asr.loops import (
    MAX_COMPRESSION,
    collapse_repeats,
    compression_ratio,
    loop_reason,
    restart_at,
    trim_digit_runs,
)
from callvault.intelligence.asr.model import ModelConfig, load_whisper
from callvault.intelligence.live.chunker import RATE, Piece
from callvault.intelligence.live.redactor import FINAL_DIGITS, guard_digits
from callvault.intelligence.transcript import Word

# Whisper's own signs that it heard no speech (asr/recogniser.py uses the same ones).
_NO_SPEECH_PROB = 0.6
_LOW_LOGPROB = -1.0
SHORT_PAD_S = 1.0
MAX_SHORT_S = 25.0  # longer chunks (none, with the chunker's 12 s cut) use the full window
TOKENS_PER_S = 10  # far above speech (~3-5 tokens/s, digit groups included)
_MIN_TOKENS = 12
_PROMPT_TOKENS = 100


@dataclass(frozen=True, slots=True)
class DecoderPolicy:
    partial_beam: int = 1
    final_beam: int = 2
    short_context: bool = True


@dataclass(frozen=True, slots=True)
class _Reading:
    text: str
    capped: bool


class LiveDecoder:
    """Decodes pieces (callers run it in worker threads; ctranslate2 releases the GIL)."""

    def __init__(self, config: ModelConfig, policy: DecoderPolicy | None = None) -> None:
        self.config = config
        self.policy = policy or DecoderPolicy()
        self._model: WhisperModel | None = None
        self._tokenizer: Tokenizer | None = None
        self._lock = threading.Lock()
        self.fallbacks = 0  # short readings decoded again (for benchmarks)
        self.restarts = 0  # short readings cut where they read the chunk again
        self.digit_trims = 0  # short readings kept with a looped (hidden) digit run cut back

    def model(self) -> WhisperModel:
        with self._lock:
            if self._model is None:
                self._model = load_whisper(self.config)
                self._tokenizer = Tokenizer(
                    self._model.hf_tokenizer,
                    self._model.model.is_multilingual,
                    task="transcribe",
                    language="en",
                )
            return self._model

    def decode(self, piece: Piece, *, prompt: str | None = None) -> list[Word]:
        """The piece's words (empty for noise and silence)."""
        if len(piece.samples) == 0:
            return []
        beam = self.policy.final_beam if piece.final else self.policy.partial_beam
        seconds = len(piece.samples) / RATE
        text: str | None = None
        if self.policy.short_context and seconds <= MAX_SHORT_S:
            reading = self._short(piece, prompt, beam)
            if reading is not None:
                reading = self._without_restart(reading)
            if reading is not None and _acceptable(reading, seconds):
                text = reading.text
            elif reading is not None and (trimmed := _hidden_digit_loop(reading, seconds)):
                text = trimmed
                self.digit_trims += 1
            else:
                self.fallbacks += 1
        budget = max(_MIN_TOKENS, int(TOKENS_PER_S * seconds))
        if text is None:
            text = self._padded(piece, prompt, beam, budget)
        words = ordinary_digits(spread(text, piece.start_ms, piece.end_ms))
        # Both readings loop (it happens on long digit runs): keep what speech could hold.
        return collapse_repeats(words) if loop_reason(words, seconds) else words

    def _short(self, piece: Piece, prompt: str | None, beam: int) -> _Reading | None:
        """The chunk encoded on its own (None: the model heard no speech)."""
        model = self.model()
        assert self._tokenizer is not None
        tokenizer = self._tokenizer
        audio = np.zeros(len(piece.samples) + int(SHORT_PAD_S * RATE), dtype=np.float32)
        audio[: len(piece.samples)] = piece.samples
        features = model.feature_extractor(audio)
        features = np.ascontiguousarray(features[None, :, : features.shape[1] // 2 * 2])
        encoded = model.model.encode(ctranslate2.StorageView.from_array(features))
        tokens: list[int] = []
        if prompt:
            tokens = [tokenizer.sot_prev, *tokenizer.encode(" " + prompt.strip())[-_PROMPT_TOKENS:]]
        tokens += [*tokenizer.sot_sequence, tokenizer.no_timestamps]
        budget = max(_MIN_TOKENS, int(TOKENS_PER_S * len(piece.samples) / RATE))
        result = model.model.generate(
            encoded,
            [tokens],
            beam_size=beam,
            max_length=len(tokens) + budget,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=[-1],
        )[0]
        ids = result.sequences_ids[0]
        avg_logprob = result.scores[0] * len(ids) / (len(ids) + 1)
        if result.no_speech_prob > _NO_SPEECH_PROB and avg_logprob < _LOW_LOGPROB:
            return _Reading("", capped=False)
        return _Reading(tokenizer.decode(ids).strip(), capped=len(ids) >= budget)

    def _without_restart(self, reading: _Reading) -> _Reading:
        """The reading up to where it starts reading the chunk again (asr/loops.restart_at):
        the usual way a short window overruns, cheaper to cut than to decode again padded.
        A capped reading that restarted was capped by the restart."""
        parts = reading.text.split()
        at = restart_at(parts)
        if at is None:
            return reading
        self.restarts += 1
        return _Reading(" ".join(parts[:at]), capped=False)

    def _padded(self, piece: Piece, prompt: str | None, beam: int, budget: int) -> str:
        """The ordinary decoding: the chunk in Whisper's padded 30 s window."""
        segments, _info = self.model().transcribe(
            piece.samples,
            language="en",
            beam_size=beam,
            condition_on_previous_text=False,
            vad_filter=False,  # the chunker's VAD already cut it
            without_timestamps=True,
            initial_prompt=prompt or None,
            temperature=0.0,
            max_new_tokens=budget,
        )
        texts: list[str] = []
        for seg in segments:
            if seg.no_speech_prob > _NO_SPEECH_PROB and seg.avg_logprob < _LOW_LOGPROB:
                continue
            texts.append(seg.text)
        return " ".join(texts)


def _acceptable(reading: _Reading, seconds: float) -> bool:
    if reading.capped:
        return False
    if compression_ratio(reading.text) > MAX_COMPRESSION or _repeats(reading.text):
        return False
    return loop_reason(spread(reading.text, 0, int(seconds * 1000)), seconds) is None


def _hidden_digit_loop(reading: _Reading, seconds: float) -> str | None:
    """The reading with its looped digits cut back (a digit group said over and over kept at
    most MAX_SINGLE_REPEATS times, digit runs cut to what `seconds` of speech can hold), when
    only digits were cut, the rest passes the checks and no digit of it would show in a live
    segment (every digit in a run of FINAL_DIGITS: `[DIGITS]`); else None (decode again)."""
    if reading.capped:
        return None
    words = spread(reading.text, 0, int(seconds * 1000))
    cut = trim_digit_runs(collapse_repeats(words), seconds)
    if [w.text for w in cut] == [w.text for w in words]:
        return None  # not a digit loop: something else failed the checks
    if [w.text for w in cut if not _digits_only(w.text)] != [
        w.text for w in words if not _digits_only(w.text)
    ]:
        return None  # words were cut too
    text = "".join(w.text for w in cut).strip()
    if not _acceptable(_Reading(text, capped=False), seconds):
        return None
    shown = guard_digits(text, (), FINAL_DIGITS).text
    return None if any(ch.isdigit() for ch in shown) else text


def _digits_only(word: str) -> bool:
    return any(ch.isdigit() for ch in word) and not any(ch.isalpha() for ch in word)


def _repeats(text: str) -> bool:
    """A word said three times running, or a group of 2-4 words twice running: rare in
    speech, the usual start of a short-window loop. Digit groups ("1111 1111") are speech."""
    keys = ["".join(ch for ch in w.lower() if ch.isalnum()) for w in text.split()]
    for n in range(1, 5):
        times = 3 if n == 1 else 2
        for i in range(len(keys) - n * times + 1):
            unit = keys[i : i + n]
            if all(k.isdigit() for k in unit):
                continue
            if all(keys[i + j * n : i + (j + 1) * n] == unit for j in range(1, times)):
                return True
    return False


def spread(text: str, start_ms: int, end_ms: int) -> list[Word]:
    """Words of text with times spread over [start_ms, end_ms] by their length; the first
    word without its leading space (the transcript's invariant)."""
    parts = text.split()
    if not any(any(ch.isalnum() for ch in p) for p in parts):
        return []
    total = sum(len(p) + 1 for p in parts)
    span = max(0, end_ms - start_ms)
    words: list[Word] = []
    at = 0
    for i, part in enumerate(parts):
        a = start_ms + span * at // total
        at += len(part) + 1
        b = start_ms + span * at // total
        words.append(Word(part if i == 0 else " " + part, a, b))
    return words
