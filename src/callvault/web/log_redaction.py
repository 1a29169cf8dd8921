"""Keep playback-link tokens out of logs: they are bearer secrets in the URL path (an audio
element cannot send a header), and uvicorn's access log writes every path it serves."""

from __future__ import annotations

import logging
import re

ACCESS_LOGGER = "uvicorn.access"
_TOKEN_IN_PATH = re.compile(r"(/playback/)[^/?#\s\"]+")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _TOKEN_IN_PATH.sub(rf"\g<1>{REDACTED}", text)


class RedactPlaybackTokens(logging.Filter):
    """Rewrites the record's message and string arguments; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True


def install() -> None:
    """Add the filter to uvicorn's access logger (once per process)."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, RedactPlaybackTokens) for f in logger.filters):
        logger.addFilter(RedactPlaybackTokens())
