"""Speech to text over decoded audio: each channel is one party, transcribed on its own with
word timestamps, then all utterances are merged in time order. Silence gives an empty
transcript, never invented words.

Never worse than the plain model: every speech region (VAD) is checked for decoding loops
(loops.py), for speech that came back empty and for speech left unwritten (a word stretched
over seconds, seconds of speech before the first word or after the last); such a region is
decoded again on its own without the dictionary prompt and hotwords, and the better of the
two readings is kept. Decoding is beam search at temperature 0 only, never sampling: Whisper's
temperature fallback samples from a generator CTranslate2 seeds at random per thread, so the
same audio gave a different transcript (and different redaction) from run to run. A region
holding digits that was heard with the prompt is decoded again plain too: the prompt carries no
digits, and on some CPUs it made the model merge or drop digit groups. Digits come out as
ordinary digits (digits.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from faster_whisper import WhisperModel

from callvault.intelligence.asr.audio import RATE, DecodedAudio, Samples
from callvault.intelligence.asr.digits import ordinary_digits
from callvault.intelligence.asr.errors import LanguageUnsupported
from callvault.intelligence.asr.loops import (
    collapse_repeats,
    loop_reason,
    repeated_runs,
    trim_digit_runs,
)
from callvault.intelligence.asr.model import ModelConfig, load_whisper
from callvault.intelligence.asr.regions import (
    VAD_OPTIONS,
    Decoded,
    Region,
    assign,
    compressions,
    speech_regions,
)
from callvault.intelligence.transcript import (
    Transcript,
    Utterance,
    Word,
    reindex,
    utterance_from_words,
)

Progress = Callable[[float], None]
log = logging.getLogger(__name__)

# Whisper invents text on noise and music; these are its own confidence signals for that.
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
MAX_COMPRESSION = 2.4
# A region this long (VAD pads speech by 0.4 s each side) that decoded to nothing is decoded
# again on its own: in a long window Whisper sometimes skips a short turn entirely.
MIN_EMPTY_REGION_S = 1.5
# Deterministic search only (see the module docstring): the same audio, the same words.
TEMPERATURE = 0.0
# When Whisper stops writing before the end of its 30 s window, the words it did write are
# stretched over the speech it skipped (seen: "and" given 7.8 s, the tracking number and the
# next turn lost). A word this long, or this much of a region's speech (VAD pads 0.4 s) before
# its first word or after its last, means words were lost there.
STRETCHED_WORD_S = 2.5
UNWRITTEN_EDGE_S = 2.0
# A pause this long inside one Whisper segment starts a new utterance, so the other party's
# reply can be placed between the two parts when channels are merged.
UTTERANCE_GAP_MS = 1200
SENTENCE_GAP_MS = 500
LONG_UTTERANCE_WORDS = 40
# Titles that stand before a name: their point is no sentence end. Whisper often writes one
# at the end of a segment ("I'll send Dr." / "Patel's office the form tonight", eighteenth-
# dev), and cut there, the promise lost its object.
_TITLES = frozenset(["dr.", "mr.", "mrs.", "ms.", "mx.", "prof."])


@dataclass(frozen=True, slots=True)
class Decoding:
    """Search settings; the defaults are what the benchmark measured on tiny.en."""

    beam_size: int = 5
    # Off: conditioning on earlier text makes small models repeat themselves on long calls.
    condition_on_previous_text: bool = False
    # Whether the dictionary prompt and hotwords reach the model. tiny.en gains from them;
    # Whisper base does not, and on noisy speech the prompt made it worse than the plain
    # model (ADR 0020), so its engines turn them off; correction still applies the dictionary.
    dictionary_prompt: bool = True


class Recogniser:
    """Transcribes DecodedAudio with one local Whisper model (loaded once per process)."""

    def __init__(self, config: ModelConfig | None = None, decoding: Decoding | None = None) -> None:
        self.config = config or ModelConfig()
        self.decoding = decoding or Decoding()
        self._model: WhisperModel = load_whisper(self.config)

    @property
    def english_only(self) -> bool:
        return not bool(self._model.model.is_multilingual)

    def common_word(self, word: str) -> bool:
        """Whether the model already knows word as an ordinary lower-case word (one token of its
        vocabulary, like " price" or " hope"): a prompt cannot teach it, only mislead it."""
        body = word.strip().lower()
        if not body:
            return True
        ids = self._model.hf_tokenizer.encode(" " + body, add_special_tokens=False).ids
        return len(ids) == 1

    def transcribe(
        self,
        audio: DecodedAudio,
        *,
        speakers: Sequence[str] | None = None,
        language: str = "en",
        hotwords: str | None = None,
        initial_prompt: str | None = None,
        vad: bool = True,
        progress: Progress | None = None,
    ) -> Transcript:
        """A transcript of all channels, one speaker per channel, utterances in time order."""
        self._check_language(language)
        if not self.decoding.dictionary_prompt:
            hotwords = initial_prompt = None
        names = _speaker_names(len(audio.channels), speakers)
        total = sum(int(c.shape[0]) for c in audio.channels) / audio.rate
        tracker = _Tracker(total, progress)
        utterances: list[Utterance] = []
        for name, samples in zip(names, audio.channels, strict=True):
            words = self._channel_words(
                samples,
                language=language,
                hotwords=hotwords,
                initial_prompt=initial_prompt,
                vad=vad,
                on_segment=tracker.report_in_channel,
            )
            utterances.extend(
                utterance_from_words(0, name, group) for group in _split_on_pauses(words)
            )
            tracker.done += int(samples.shape[0]) / audio.rate
            tracker.report(tracker.done)
        utterances = [u for u in utterances if u.words]
        ordered = sorted(utterances, key=lambda u: (u.start_ms, names.index(u.speaker)))
        tracker.report(total, final=True)
        return Transcript(
            language=language, duration_ms=audio.duration_ms, utterances=reindex(ordered)
        )

    def _check_language(self, language: str) -> None:
        if self.english_only and language != "en":
            raise LanguageUnsupported(
                f"the speech model is English-only and cannot transcribe {language!r}; "
                "configure a multilingual model to transcribe other languages"
            )
        if language not in self._model.supported_languages:
            raise LanguageUnsupported(f"the speech model does not know the language {language!r}")

    def _channel_words(
        self,
        samples: Samples,
        *,
        language: str,
        hotwords: str | None,
        initial_prompt: str | None,
        vad: bool,
        on_segment: Callable[[float], None],
    ) -> list[Word]:
        if samples.shape[0] == 0:
            return []
        seconds = float(samples.shape[0]) / RATE
        regions = speech_regions(samples) if vad else [(0.0, seconds)]
        if not regions:
            return []
        first = self._decode(
            samples,
            language=language,
            hotwords=hotwords,
            initial_prompt=initial_prompt,
            vad=vad,
            on_segment=on_segment,
        )
        # Digits are joined first so "5-4-5-4" is one group, not a repeated pair.
        by_region = [ordinary_digits(words) for words in assign(first, regions)]
        spilled = _spilled(by_region)
        prompted = bool(hotwords or initial_prompt)
        suspects: list[int] = []
        for i, (region, words) in enumerate(zip(regions, by_region, strict=True)):
            reason = _suspect(region, words, compressions(first, region))
            if reason is None and i in spilled:
                reason = "a repeat running on from a neighbouring region"
            if reason is None and prompted and _has_digits(words):
                # The prompt carries words and names, never digits, yet on some CPUs it made
                # the model drop or merge digit groups the plain model heard right (#11).
                reason = "digits heard with the dictionary prompt"
            if reason is not None:
                # Times and the reason only: transcript text never goes to the log.
                log.info("decoding %.1f-%.1f s again: %s", region[0], region[1], reason)
                log.debug("words %s", [w.text for w in words])
                suspects.append(i)
        if suspects:
            # Each suspect region alone, without prompt or hotwords: what the plain model
            # hears there. Alone, a loop cannot spill into the next turn.
            again = self._decode(
                samples,
                language=language,
                hotwords=None,
                initial_prompt=None,
                vad=False,
                clips=[regions[i] for i in suspects],
                on_segment=lambda _s: None,
            )
            second = assign(again, [regions[i] for i in suspects])
            for i, words in zip(suspects, second, strict=True):
                by_region[i] = _better(regions[i], by_region[i], ordinary_digits(words))
        return _monotonic([w for words in by_region for w in words])

    def _decode(
        self,
        samples: Samples,
        *,
        language: str,
        hotwords: str | None,
        initial_prompt: str | None,
        vad: bool,
        on_segment: Callable[[float], None],
        clips: Sequence[Region] | None = None,
    ) -> list[Decoded]:
        options: dict[str, object] = {}
        if clips is not None:
            options["clip_timestamps"] = [t for start, end in clips for t in (start, end)]
        segments, _info = self._model.transcribe(
            samples,
            language=language,
            beam_size=self.decoding.beam_size,
            condition_on_previous_text=self.decoding.condition_on_previous_text,
            word_timestamps=True,
            temperature=TEMPERATURE,
            vad_filter=vad and clips is None,
            vad_parameters=VAD_OPTIONS,
            hotwords=hotwords or None,
            initial_prompt=initial_prompt or None,
            **options,
        )
        out: list[Decoded] = []
        for seg in segments:  # a generator: decoding happens while iterating
            on_segment(float(seg.end))
            seg_words = [
                Word(w.word, round(w.start * 1000), round(w.end * 1000), float(w.probability))
                for w in seg.words or ()
            ]
            if seg_words and not _hallucinated(seg.no_speech_prob, seg.avg_logprob, seg_words):
                out.append(Decoded(seg_words, float(seg.compression_ratio)))
        return out


class _Tracker:
    """Progress as the fraction of all channels' audio decoded, never going backwards."""

    def __init__(self, total_s: float, callback: Progress | None) -> None:
        self.total = total_s
        self.callback = callback
        self.done = 0.0
        self.last = 0.0

    def report_in_channel(self, end_s: float) -> None:
        self.report(self.done + end_s)

    def report(self, seconds: float, *, final: bool = False) -> None:
        if self.callback is None:
            return
        fraction = 1.0 if final or self.total <= 0 else min(1.0, seconds / self.total)
        if fraction > self.last or (final and self.last < 1.0):
            self.last = fraction
            self.callback(fraction)


def _speaker_names(n: int, speakers: Sequence[str] | None) -> list[str]:
    if speakers is not None:
        if len(speakers) != n:
            raise ValueError(f"{len(speakers)} speaker names for {n} audio channels")
        if len(set(speakers)) != n:
            raise ValueError("speaker names must be distinct")
        return list(speakers)
    return ["speaker"] if n == 1 else [f"channel{i + 1}" for i in range(n)]


def _hallucinated(no_speech_prob: float, avg_logprob: float, words: list[Word]) -> bool:
    if not any(ch.isalnum() for w in words for ch in w.text):
        return True  # only dots and dashes: what tiny models "hear" in noise
    silent = no_speech_prob > NO_SPEECH_PROB and avg_logprob < LOW_LOGPROB
    # Measured on white noise: ' You' at no_speech 0.95, logprob -0.99, word probability 0.02.
    unsure = no_speech_prob > 0.8 and sum(w.probability for w in words) / len(words) < 0.3
    # A repetitive (highly compressible) segment is not dropped here: it is speech decoded
    # badly, and its region is decoded again instead (dropping it lost a card number).
    return silent or unsure


def _suspect(region: Region, words: list[Word], ratios: list[float]) -> str | None:
    """Why a region must be decoded again, or None."""
    seconds = region[1] - region[0]
    if not words:
        return "no words" if seconds >= MIN_EMPTY_REGION_S else None
    if any(r > MAX_COMPRESSION for r in ratios):
        return "a repetitive segment"
    if any(w.end_ms - w.start_ms > STRETCHED_WORD_S * 1000 for w in words):
        return "a word stretched over speech that was not written"
    start, end = region
    if words[0].start_ms / 1000 - start > UNWRITTEN_EDGE_S:
        return "speech before the first word"
    if end - words[-1].end_ms / 1000 > UNWRITTEN_EDGE_S:
        return "speech after the last word"
    return loop_reason(words, seconds)


def _has_digits(words: list[Word]) -> bool:
    return any(ch.isdigit() for w in words for ch in w.text)


def _spilled(by_region: list[list[Word]]) -> set[int]:
    """Regions holding part of a repeat that crosses a region boundary."""
    owner = [i for i, words in enumerate(by_region) for _ in words]
    flat = [w for words in by_region for w in words]
    out: set[int] = set()
    for start, end in repeated_runs(flat):
        touched = set(owner[start:end])
        if len(touched) > 1:
            out |= touched
    return out


def _better(region: Region, first: list[Word], again: list[Word]) -> list[Word]:
    """The reading of a region to keep: the plain model's unless it loops where the first did
    not; when both loop, the shorter one with its repeats cut."""
    seconds = region[1] - region[0]
    if not again:
        return trim_digit_runs(collapse_repeats(first), seconds)
    again_loops = loop_reason(again, seconds)
    if again_loops is None:
        return again
    if first and loop_reason(first, seconds) is None:
        return first
    shorter = again if not first or len(again) <= len(first) else first
    return trim_digit_runs(collapse_repeats(shorter), seconds)


def _monotonic(words: list[Word]) -> list[Word]:
    # Whisper's word times may overlap by a few ms; downstream maps spans to time ranges.
    out: list[Word] = []
    last_start = 0
    for w in words:
        start = max(w.start_ms, last_start)
        out.append(Word(w.text, start, max(w.end_ms, start), w.probability))
        last_start = start
    return out


def _split_on_pauses(words: Iterable[Word]) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for w in words:
        body = w.text.strip()
        if not body:
            continue
        if groups and not _starts_new(groups[-1], w):
            groups[-1].append(w)
        elif any(ch.isalnum() for ch in body):  # punctuation cannot open an utterance
            groups.append([w])
    return groups


def _starts_new(group: list[Word], word: Word) -> bool:
    gap = word.start_ms - group[-1].end_ms
    if gap >= UTTERANCE_GAP_MS:
        return True
    # Long monologues are cut at sentence ends so utterances stay readable and citable.
    last = group[-1].text.strip()
    sentence_end = last.endswith((".", "?", "!")) and last.lower() not in _TITLES
    return sentence_end and (gap >= SENTENCE_GAP_MS or len(group) >= LONG_UTTERANCE_WORDS)
