"""Keep content and identifiers out of the server's logs (issue 10 item 6).

- Query values: look-ups put emails and phone numbers in the query string
  (`/contacts/lookup?email=…`), and uvicorn logs every path with its query, for HTTP in the
  access log and for WebSockets in its error log. Values become `[redacted]`; parameter
  names stay (they say what was asked), unless a name does not look like one.
- Playback-link tokens: bearer secrets in the URL path (an audio element cannot send a
  header); so are invitation and password-reset links (`/invite/<token>`): whoever reads
  one in a log could set that account's password while the link is valid.
- Exception messages: they may quote a row, a parameter or a body (a database error's
  `DETAIL: Key (…)=(…)`, a parser's input); tracebacks keep every frame and the exception
  type, not the message.

- Path segments that are neither route words nor ids, in the request targets uvicorn logs:
  ids are random and say nothing without the database; `/contacts/ada@example.com` would."""

from __future__ import annotations

import logging
import re
import traceback

ACCESS_LOGGER = "uvicorn.access"
# uvicorn's own messages (WebSocket handshakes with their path and query among them).
ERROR_LOGGER = "uvicorn.error"
REDACTED = "[redacted]"

_TOKEN_IN_PATH = re.compile(r"(/playback/|/invite/)[^/?#\s\"]+")
# A query string after a path, up to the end of the request target.
_QUERY = re.compile(r"(/[^\s\"?]*)\?([^\s\"#]*)")
_PARAMETER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-\[\]]{0,63}")
# Route words (`contacts`, `openapi.json`, a playback token, redacted on its own) and ids.
_SAFE_SEGMENT = re.compile(
    r"|[A-Za-z][A-Za-z0-9._-]*|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


def _redact_query(query: str) -> str:
    parts: list[str] = []
    for item in query.split("&"):
        name, eq, _ = item.partition("=")
        if not item:
            parts.append(item)
        elif not _PARAMETER_NAME.fullmatch(name):  # `?alice@example.com`: the name is the data
            parts.append(REDACTED)
        else:
            parts.append(f"{name}={REDACTED}" if eq else name)
    return "&".join(parts)


def redact(text: str) -> str:
    """Playback and invitation tokens and query values wherever a path appears in text."""
    text = _TOKEN_IN_PATH.sub(rf"\g<1>{REDACTED}", text)
    return _QUERY.sub(lambda m: f"{m.group(1)}?{_redact_query(m.group(2))}", text)


def redact_target(target: str) -> str:
    """A request target as uvicorn logs it (path, decoded, and query): also every path
    segment that is neither a route word nor an id (`/contacts/ada@example.com`)."""
    path, _, query = target.partition("?")
    kept = "/".join(s if _SAFE_SEGMENT.fullmatch(s) else REDACTED for s in path.split("/"))
    return redact(kept + (f"?{query}" if query or "?" in target else ""))


def traceback_without_messages(exc: BaseException) -> str:
    """Every frame of exc and of the exceptions it was raised from or during, with each
    exception's type but not its message."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    blocks = [
        "Traceback (most recent call last):\n"
        + "".join(traceback.format_tb(e.__traceback__))
        + f"{type(e).__module__}.{type(e).__qualname__}: {REDACTED}"
        for e in reversed(chain)
    ]
    return "\n\nwhich led to:\n\n".join(blocks)


class RedactPersonalData(logging.Filter):
    """Rewrites a record's message, string arguments and traceback; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            # uvicorn passes a request target as an argument of its own.
            targets = record.name.startswith("uvicorn")
            record.args = tuple(
                (redact_target(a) if targets and a.startswith("/") else redact(a))
                if isinstance(a, str)
                else a
                for a in record.args
            )
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        if record.exc_info and record.exc_info[1] is not None:
            # Formatters print exc_text when it is set, instead of formatting exc_info.
            record.exc_text = traceback_without_messages(record.exc_info[1])
        return True


def _add_once(filterer: logging.Filterer) -> None:
    if not any(isinstance(f, RedactPersonalData) for f in filterer.filters):
        filterer.addFilter(RedactPersonalData())


def install() -> None:
    """Add the filter (once per process) to uvicorn's loggers, which do not propagate to the
    root, and to the root's handlers, which every other logger's records reach."""
    for name in (ACCESS_LOGGER, ERROR_LOGGER):
        _add_once(logging.getLogger(name))
    for handler in logging.getLogger().handlers:
        _add_once(handler)
