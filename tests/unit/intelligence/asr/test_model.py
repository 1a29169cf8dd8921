from __future__ import annotations

from pathlib import Path

import pytest

from callvault.intelligence.asr.errors import ModelUnavailable
from callvault.intelligence.asr.model import ModelConfig, load_whisper


def test_missing_directory_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "small.en"
    with pytest.raises(ModelUnavailable, match="not found") as err:
        load_whisper(ModelConfig(path=missing))
    assert str(missing) in str(err.value)


def test_directory_without_model_bin(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match=r"no model\.bin"):
        load_whisper(ModelConfig(path=tmp_path))


def test_corrupt_model_is_unavailable_not_downloaded(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"\0not a ctranslate2 model" * 10)
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelUnavailable, match="could not be loaded"):
        load_whisper(ModelConfig(path=tmp_path))


def test_default_model_loads_once_per_config() -> None:
    first = load_whisper(ModelConfig())
    assert load_whisper(ModelConfig()) is first
    assert load_whisper(ModelConfig(path=ModelConfig().resolved_path())) is first
