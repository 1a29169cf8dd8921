"""Playback-link tokens, query values and exception messages never reach the logs."""

from __future__ import annotations

import logging
import sys
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
    assert log_redaction.RedactPersonalData().filter(record) is True
    message = record.getMessage()
    assert TOKEN not in message
    assert "/playback/[redacted]" in message and " 206" in message


def test_filter_redacts_invitation_and_reset_links() -> None:
    # the single-use token a new user or a password reset sets a password with
    link = "cvi_7a02f83b409950c363487dd1839f096e23b0OXGDDcNc_zibUdtbNIVoI0yFHL4_xZ8qDxjl35M"
    record = access_record(f"/invite/{link}")
    log_redaction.RedactPersonalData().filter(record)
    message = record.getMessage()
    assert link not in message and "cvi_" not in message
    assert "/invite/[redacted]" in message


def test_other_paths_are_left_alone() -> None:
    record = access_record("/api/v1/recordings/abc/audio")
    log_redaction.RedactPersonalData().filter(record)
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
    installed = [f for f in logger.filters if isinstance(f, log_redaction.RedactPersonalData)]
    assert len(installed) == 1
    with caplog.at_level(logging.INFO, logger=log_redaction.ACCESS_LOGGER):
        path = f"/api/v1/recordings/playback/{TOKEN}"
        logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:1", "GET", path, "1.1", 200)


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        (
            "/api/v1/contacts/lookup?email=ada%40example.com",
            "/api/v1/contacts/lookup?email=[redacted]",
        ),
        (
            "/api/v1/contacts/lookup?phone=%2B15551234567",
            "/api/v1/contacts/lookup?phone=[redacted]",
        ),
        (
            "/api/v1/calls?number=5551234567&limit=50&cursor=abc",
            "/api/v1/calls?number=[redacted]&limit=[redacted]&cursor=[redacted]",
        ),
        ("/api/v1/calls?flag&x=", "/api/v1/calls?flag&x=[redacted]"),
        ("/api/v1/calls?ada@example.com&+1555=1", "/api/v1/calls?[redacted]&[redacted]"),
        (
            "/api/v1/voicemail/playback/tok.en?x=1",
            "/api/v1/voicemail/playback/[redacted]?x=[redacted]",
        ),
    ],
)
def test_query_values_are_redacted_and_names_kept(path: str, logged: str) -> None:
    record = access_record(path)
    log_redaction.RedactPersonalData().filter(record)
    assert record.getMessage() == f'127.0.0.1:5555 - "GET {logged} HTTP/1.1" 206'


def test_websocket_lines_of_the_error_logger_are_redacted() -> None:
    record = logging.LogRecord(
        log_redaction.ERROR_LOGGER,
        logging.INFO,
        __file__,
        1,
        '%s - "WebSocket %s" [accepted]',
        ("127.0.0.1:5555", "/api/v1/ws?email=ada@example.com"),
        None,
    )
    log_redaction.RedactPersonalData().filter(record)
    assert (
        record.getMessage() == '127.0.0.1:5555 - "WebSocket /api/v1/ws?email=[redacted]" [accepted]'
    )


def test_tracebacks_keep_frames_and_types_but_not_messages() -> None:
    def lookup(email: str) -> None:
        try:
            raise KeyError(email)
        except KeyError as exc:
            raise ValueError(f"no contact {email}") from exc

    email = "@".join(("ada", "example.com"))  # not in the source lines the traceback quotes
    try:
        lookup(email)
    except ValueError:
        record = logging.LogRecord(
            "callvault.web", logging.ERROR, __file__, 1, "unhandled", (), sys.exc_info()
        )
    log_redaction.RedactPersonalData().filter(record)
    text = logging.Formatter().format(record)
    assert email not in text
    assert "builtins.KeyError: [redacted]" in text and "builtins.ValueError: [redacted]" in text
    assert text.index("KeyError") < text.index("ValueError")  # cause first, as Python prints
    assert "in lookup" in text and 'raise ValueError(f"no contact {email}")' in text


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/api/v1/contacts/ada@example.com", "/api/v1/contacts/[redacted]"),
        ("/api/v1/contacts/+14155550142/x", "/api/v1/contacts/[redacted]/x"),
        ("/api/v1/calls/4155550142?", "/api/v1/calls/[redacted]?"),
        (
            "/api/v1/calls/0190d5a4-7c3e-7a1b-8c2d-1234567890ab/recordings",
            "/api/v1/calls/0190d5a4-7c3e-7a1b-8c2d-1234567890ab/recordings",
        ),
        ("/api/v1/openapi.json", "/api/v1/openapi.json"),
    ],
)
def test_path_segments_that_are_not_route_words_or_ids_are_redacted(path: str, logged: str) -> None:
    record = access_record(path)
    log_redaction.RedactPersonalData().filter(record)
    assert f'"GET {logged} HTTP/1.1"' in record.getMessage()
