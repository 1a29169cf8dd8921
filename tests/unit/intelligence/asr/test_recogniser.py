"""The bundled tiny.en model on speech made here (hibari, telephone chain). Sentences are short
so the module stays within a few seconds of decoding."""

from __future__ import annotations

import jiwer
import numpy as np
import pytest
from whisper_normalizer.english import EnglishTextNormalizer

from callvault.intelligence.asr.audio import DecodedAudio, decode
from callvault.intelligence.asr.errors import LanguageUnsupported
from callvault.intelligence.asr.recogniser import Recogniser
from callvault.intelligence.dictionary.prompt import DictionaryTerm, hotwords
from callvault.intelligence.transcript import Transcript
from tests.support.speech import conversation_audio, silence, speak, telephone

SENTENCES = [
    "Thanks for calling, my name is Sarah and I will be helping you today.",
    "Could you please confirm the delivery address for your order?",
]
_norm = EnglishTextNormalizer()


def wer(reference: str, hypothesis: str) -> float:
    return float(jiwer.wer(_norm(reference), _norm(hypothesis)))


def mono(samples: np.ndarray) -> DecodedAudio:
    return DecodedAudio.from_arrays([samples.astype(np.float32)])


def assert_well_formed(transcript: Transcript) -> None:
    last_start = 0
    for i, u in enumerate(transcript.utterances):
        assert u.index == i
        assert u.text == "".join(w.text for w in u.words)
        assert u.start_ms >= last_start
        last_start = u.start_ms
        for a, b in zip(u.words, u.words[1:], strict=False):
            assert a.start_ms <= a.end_ms <= b.end_ms
            assert a.start_ms <= b.start_ms
        assert u.end_ms <= transcript.duration_ms + 50


@pytest.mark.parametrize("sentence", SENTENCES)
def test_neural_voice_sentence_is_transcribed(recogniser: Recogniser, sentence: str) -> None:
    clip = np.concatenate([silence(0.5), speak(sentence), silence(0.5)])
    transcript = recogniser.transcribe(mono(clip))
    assert_well_formed(transcript)
    assert {u.speaker for u in transcript.utterances} == {"speaker"}
    assert wer(sentence, transcript.text) <= 0.2
    first = transcript.utterances[0].words[0]
    assert 300 <= first.start_ms <= 1200  # speech starts after the half second of silence


def test_telephone_quality_sentence(recogniser: Recogniser) -> None:
    transcript = recogniser.transcribe(mono(telephone(speak(SENTENCES[1]), noise_db=25)))
    assert wer(SENTENCES[1], transcript.text) <= 0.2


def test_stereo_call_gives_two_speakers_in_time_order(recogniser: Recogniser) -> None:
    call = conversation_audio(
        [
            (0, "Good morning, you are through to billing."),
            (1, "Hi, I was charged twice this month."),
            (0, "I am sorry about that, let me check your account."),
        ]
    )
    transcript = recogniser.transcribe(decode(call.wav()), speakers=["callee", "caller"])
    assert_well_formed(transcript)
    assert [u.speaker for u in transcript.utterances] == ["callee", "caller", "callee"]
    for u, turn in zip(transcript.utterances, call.turns, strict=True):
        assert abs(u.start_ms / 1000 - turn.start_s) < 0.7
        assert wer(turn.text, u.text) <= 0.25


def test_silence_gives_an_empty_transcript(recogniser: Recogniser) -> None:
    transcript = recogniser.transcribe(mono(silence(4.0)))
    assert transcript.utterances == ()
    assert transcript.duration_ms == 4000


@pytest.mark.parametrize("vad", [True, False])
def test_white_noise_gives_no_words(recogniser: Recogniser, vad: bool) -> None:
    rng = np.random.default_rng(1)
    noise = rng.normal(0.0, 0.1, 16_000 * 4).astype(np.float32)
    transcript = recogniser.transcribe(mono(noise), vad=vad)
    assert sum(len(u.words) for u in transcript.utterances) <= 1


def test_progress_is_monotonic_and_reaches_one(recogniser: Recogniser) -> None:
    clip = np.concatenate([speak(SENTENCES[0]), silence(1.0)])
    seen: list[float] = []
    recogniser.transcribe(
        DecodedAudio.from_arrays([clip, np.roll(clip, 8000)]), progress=seen.append
    )
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert len(seen) >= 3
    assert all(0.0 < f <= 1.0 for f in seen)


def test_english_only_model_refuses_other_languages(recogniser: Recogniser) -> None:
    assert recogniser.english_only
    with pytest.raises(LanguageUnsupported, match="English-only"):
        recogniser.transcribe(mono(silence(1.0)), language="de")


def test_speaker_names_must_match_channels(recogniser: Recogniser) -> None:
    with pytest.raises(ValueError, match="2 speaker names for 1"):
        recogniser.transcribe(mono(silence(1.0)), speakers=["caller", "callee"])


def test_empty_audio_is_an_empty_transcript(recogniser: Recogniser) -> None:
    transcript = recogniser.transcribe(mono(np.zeros(0, np.float32)))
    assert transcript.utterances == ()


def test_hotwords_help_spell_company_terms(recogniser: Recogniser) -> None:
    terms = [DictionaryTerm(t) for t in ("Zentrix", "CallVault Pro", "Corvana", "Quorvex")]
    sentences = [
        "We are moving from Zentrix to CallVault Pro next quarter.",
        "Corvana quoted us a lower price, but Quorvex has better support.",
    ]
    words = hotwords(terms, ["Priya Raman"])

    def spelt(text: str) -> int:
        return sum(t.term in text for t in terms)

    plain = with_hotwords = 0
    for sentence in sentences:
        audio = mono(speak(sentence))
        plain += spelt(recogniser.transcribe(audio).text)
        with_hotwords += spelt(recogniser.transcribe(audio, hotwords=words).text)
    # Measured: 2 of 4 terms without hotwords ("call Vault Pro", "Corvex"), 4 of 4 with.
    assert with_hotwords > plain
    assert with_hotwords == len(terms)
