"""The shapes of the assist events (ADR 0029) on the bus and on the socket.

Bus events carry strings only (realtime/bus.py); these turn the numeric fields back into
numbers as a device receives them: `call.card`'s span as `[start, end]`, `call.sentiment`'s
score as a number."""

from __future__ import annotations

from typing import Any

CARD = "call.card"
SENTIMENT = "call.sentiment"
ASSIST_EVENTS = frozenset({CARD, SENTIMENT})


def as_sent(out: dict[str, Any]) -> dict[str, Any]:
    if out.get("type") == CARD:
        start, end = out.pop("span_start", None), out.pop("span_end", None)
        out["span"] = [int(start), int(end)] if start is not None and end is not None else None
    elif out.get("type") == SENTIMENT and out.get("score") is not None:
        out["score"] = float(out["score"])
    return out
