"""Playback-link tokens never reach the access log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from callvault.core.settings import Settings
from callvault.web import log_redaction
from callvault.web.server import https_config
from callvault.wiring import build, prepare_data_dir

TOKEN = "eyJ3IjoiYWJjIn0.c2VjcmV0LW1hYy12YWx1ZQ"


def access_record(path: str) -> logging.LogRecord:
    """A record shaped as uvicorn's access logger makes it."""
    return logging.LogRecord(
        log_redaction.ACCESS_LOGGER,
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5555", "GET", path, "1.1", 206),
        None,
    )


@pytest.mark.parametrize(
    "path",
    [
        f"/api/v1/recordings/playback/{TOKEN}",
        f"/api/v1/voicemail/playback/{TOKEN}?x=1",
    ],
)
def test_filter_redacts_tokens_in_paths(path: str) -> None:
    record = access_record(path)
    assert log_redaction.RedactPlaybackTokens().filter(record) is True
    message = record.getMessage()
    assert TOKEN not in message
    assert "/playback/[redacted]" in message and " 206" in message


def test_other_paths_are_left_alone() -> None:
    record = access_record("/api/v1/recordings/abc/audio")
    log_redaction.RedactPlaybackTokens().filter(record)
    assert "/api/v1/recordings/abc/audio" in record.getMessage()


def test_server_config_installs_the_filter(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(data_dir=tmp_path, port=8999)
    prepare_data_dir(settings)
    container = build(settings)
    try:
        https_config(container)
        https_config(container)  # idempotent: one filter however often configured
    finally:
        container.close()
    logger = logging.getLogger(log_redaction.ACCESS_LOGGER)
    installed = [f for f in logger.filters if isinstance(f, log_redaction.RedactPlaybackTokens)]
    assert len(installed) == 1
    with caplog.at_level(logging.INFO, logger=log_redaction.ACCESS_LOGGER):
        path = f"/api/v1/recordings/playback/{TOKEN}"
        logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:1", "GET", path, "1.1", 200)
