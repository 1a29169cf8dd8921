from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from callvault.core.settings import Settings


def test_defaults_derive_from_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLVAULT_DATA_DIR", str(tmp_path))
    s = Settings()
    assert s.effective_database_url == f"sqlite:///{tmp_path}/callvault.db"
    assert s.effective_keyring_path == tmp_path / "keyring.json"
    assert s.port == 8443 and s.host == "127.0.0.1"


def test_environment_beats_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "callvault.toml"
    config.write_text('port = 9443\nrate_limit = "10/second"\n')
    monkeypatch.setenv("CALLVAULT_CONFIG", str(config))
    assert Settings().port == 9443
    monkeypatch.setenv("CALLVAULT_PORT", "10443")
    s = Settings()
    assert s.port == 10443 and s.rate_limit == "10/second"


def test_bad_config_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "callvault.toml"
    config.write_text("port = 99999\nunknown_key = 1\n")
    monkeypatch.setenv("CALLVAULT_CONFIG", str(config))
    with pytest.raises(ValidationError) as err:
        Settings()
    text = str(err.value)
    assert "port" in text and "unknown_key" in text


def test_bucket_anchors_need_the_bucket(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="audit_anchor_backend 's3' needs blob_backend 's3'"):
        Settings(data_dir=tmp_path, audit_anchor_backend="s3")
    s = Settings(data_dir=tmp_path, audit_anchor_backend="s3", blob_backend="s3", s3_bucket="b")
    assert s.audit_anchor_lock_days == 400


def test_the_janus_engine_needs_its_websocket_url_and_hides_its_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().media_engine == "embedded"
    monkeypatch.setenv("CALLVAULT_MEDIA_ENGINE", "janus")
    with pytest.raises(ValidationError, match="janus_url"):
        Settings()
    monkeypatch.setenv("CALLVAULT_JANUS_URL", "http://127.0.0.1:8088/janus")
    with pytest.raises(ValidationError, match="ws://"):
        Settings()
    monkeypatch.setenv("CALLVAULT_JANUS_URL", "ws://127.0.0.1:8188/")
    monkeypatch.setenv("CALLVAULT_JANUS_API_SECRET", "s3cret-value")
    s = Settings()
    assert s.janus_api_secret is not None
    assert s.janus_api_secret.get_secret_value() == "s3cret-value"
    assert "s3cret-value" not in repr(s)
