"""The shipped sentiment model (ADR 0030, ADR 0032): the int8 MiniLM from its pinned package
with the head fitted in bench/vi/sentiment_head.py on the vector and named features, loaded
for real (once per process), and how the pipeline gets it. Sentences here are new, neither
training data nor the evaluation set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from callvault.core.settings import Settings
from callvault.intelligence.config import Effective
from callvault.intelligence.embedding import bundled
from callvault.intelligence.embedding.errors import EncoderUnavailable
from callvault.intelligence.pipeline.analysis import analyse as analyse_call
from callvault.intelligence.pipeline.engines import Engines
from callvault.intelligence.sentiment.model import (
    HEAD_FILE,
    SentimentModel,
    bundled_head,
    head_in,
    load,
)
from callvault.intelligence.sentiment.service import analyse
from tests.support.transcripts import build_transcript
from tests.unit.intelligence.sentiment.phone_fresh import PHONE_FRESH

SETTINGS = Effective(
    enabled=True,
    language="en",
    entity_types=frozenset(),
    audio_redaction="tone",
    fail_closed_digits=True,
    redact_party_names=True,
    hide_flagged=True,
    llm_base_url=None,
    llm_model=None,
    llm_api_key=None,
    dictionary_version=0,
)


@pytest.fixture(scope="module")
def model() -> SentimentModel:
    return load()


def _label(text: str, model: SentimentModel | None) -> str:
    return analyse(build_transcript([("caller", text)]), model=model).utterances[0].label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("This is the worst service I have ever had.", "negative"),
        ("The heater you sold me stopped working after two days.", "negative"),
        ("Thank you so much, you have been wonderful.", "positive"),
        ("What a lovely surprise, thank you.", "positive"),
        ("My account number is on the letter you sent.", "neutral"),
        ("I will be at home on Tuesday afternoon.", "neutral"),
    ],
)
def test_clear_sentences(model: SentimentModel, text: str, label: str) -> None:
    assert _label(text, model) == label


def test_the_head_reads_what_the_rules_miss(model: SentimentModel) -> None:
    text = "The heater you fitted has packed up already."
    assert _label(text, None) == "neutral"  # no word of it is in VADER's lexicon or the rules
    scored = analyse(build_transcript([("caller", text)]), model=model).utterances[0]
    assert scored.label == "negative"
    assert scored.evidence[0].start == 0  # the whole turn is the evidence


def test_fresh_phone_turns_beat_the_rules_alone(
    model: SentimentModel, capsys: pytest.CaptureFixture[str]
) -> None:
    # Written after the head was fitted (ADR 0032): main's model scored 0.65 here, the rules
    # alone 0.60, this head 0.85.
    def accuracy(m: SentimentModel | None) -> float:
        return sum(_label(t, m) == y for t, y in PHONE_FRESH) / len(PHONE_FRESH)

    ours, rules = accuracy(model), accuracy(None)
    with capsys.disabled():
        sys.stdout.write(f"\nphone_fresh ({len(PHONE_FRESH)}): {ours:.3f}, rules {rules:.3f}\n")
    assert ours >= 0.8
    assert ours >= rules + 0.15


def test_neutral_lines_with_feeling_words_stay_neutral(model: SentimentModel) -> None:
    # "damage", "missing", "penalty" are bad news to VADER; here they say what the call is about.
    for text in (
        "The claim is about the storm damage to our garage roof.",
        "Can you tell me what the penalty would be?",
        "I need to report a missing bank card.",
    ):
        assert _label(text, None) == "negative"
        assert _label(text, model) == "neutral"


def test_vectors_are_unit_length_and_deterministic(model: SentimentModel) -> None:
    texts = ["Hello there.", "The parcel never came."]
    a, b = model.encoder.encode(texts), model.encoder.encode(texts[::-1])
    assert a.shape == (2, 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a, b[::-1], atol=1e-5)  # padding in a batch changes nothing


def test_a_tampered_model_file_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(EncoderUnavailable, match="checksum"):
        bundled._check(fake, bundled.SHA256)


def test_a_head_fitted_on_another_encoder_is_refused(tmp_path: Path) -> None:
    head = bundled_head()
    doc = {
        "encoder": "some-other-model",
        "labels": ["negative", "neutral", "positive"],
        "features": list(head.features),
        "scale": head.scale,
        "weights": head.weights.tolist(),
        "bias": head.bias.tolist(),
    }
    (tmp_path / HEAD_FILE).write_text(json.dumps(doc))
    with pytest.raises(EncoderUnavailable, match="fitted on 'some-other-model'"):
        SentimentModel(load().encoder, head_in(tmp_path))


def test_a_head_of_another_width_is_refused_at_load(tmp_path: Path) -> None:
    head = bundled_head()
    doc = {
        "encoder": head.encoder,
        "labels": ["negative", "neutral", "positive"],
        "features": ["rules"],  # the weights were fitted on nine features, not one
        "scale": head.scale,
        "weights": head.weights.tolist(),
        "bias": head.bias.tolist(),
    }
    (tmp_path / HEAD_FILE).write_text(json.dumps(doc))
    with pytest.raises(EncoderUnavailable, match="takes 393 inputs, not 385"):
        SentimentModel(load().encoder, head_in(tmp_path))


def test_a_head_from_before_the_features_degrades_to_rules_with_the_reason(
    tmp_path: Path,
) -> None:
    # A local model directory whose head was fitted for ADR 0030 (the vector alone, blended
    # with the rules): refused, not misread, and the call says why it ran on rules alone.
    files = bundled.bundled()
    (tmp_path / "model.onnx").symlink_to(files.model)
    (tmp_path / "vocab.txt").symlink_to(files.vocab)
    head = bundled_head()
    old = {
        "encoder": f"local:{tmp_path.name}",
        "labels": ["negative", "neutral", "positive"],
        "weights": head.weights[:384].tolist(),
        "bias": head.bias.tolist(),
    }
    (tmp_path / HEAD_FILE).write_text(json.dumps(old))
    engines = Engines(Settings(data_dir=tmp_path, sentence_model_dir=tmp_path))
    assert engines.sentiment_model() is None
    assert "fit it again with bench/vi/sentiment_head.py" in (
        engines.sentiment_fallback_reason or ""
    )


def test_the_pipeline_loads_the_shipped_model_and_uses_it(tmp_path: Path) -> None:
    engines = Engines(Settings(data_dir=tmp_path))
    model = engines.sentiment_model()
    assert model is load()  # one per process, shared by every job
    transcript = build_transcript(
        [("caller", "My card was charged but the order never went through.")]
    )
    result = analyse_call(
        transcript, settings=SETTINGS, rules=[], aliases={}, terms=[], sentiment_model=model
    )
    assert result.sentiment.utterances[0].label == "negative"
    assert result.sentiment.degraded_reason is None


def test_without_a_model_sentiment_says_it_ran_on_rules_alone(tmp_path: Path) -> None:
    engines = Engines(Settings(data_dir=tmp_path, sentence_model_dir=tmp_path / "nothing"))
    assert engines.sentiment_model() is None
    assert "model.onnx" in (engines.sentiment_fallback_reason or "")
    result = analyse_call(
        build_transcript([("caller", "Thanks, that's great.")]),
        settings=SETTINGS,
        rules=[],
        aliases={},
        terms=[],
        sentiment_fallback=engines.sentiment_fallback_reason,
    )
    assert (result.sentiment.degraded_reason or "").startswith("rules only")
