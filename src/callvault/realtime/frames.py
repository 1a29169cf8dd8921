"""How an event travels between processes (the hub's Unix socket, Redis pub/sub): one JSON
object per frame, naming the workspace, the users it is for and the event. Events carry
identifiers only (realtime/bus.py), so a frame holds nothing sensitive."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from dataclasses import dataclass

from callvault.realtime.bus import Event

# Far above any real event (a type and a few ids); a larger frame means a broken peer.
MAX_FRAME_BYTES = 64 * 1024
_LENGTH_BYTES = 4


class FrameError(ValueError):
    """A frame that is not a well-formed event."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """An event and the users of its workspace it is addressed to."""

    user_ids: tuple[str, ...]
    event: Event


def encode(user_ids: Iterable[str], event: Event) -> bytes:
    """The JSON body of one delivery."""
    return json.dumps(
        {"w": event.workspace_id, "u": sorted(set(user_ids)), "t": event.type, "d": event.data},
        separators=(",", ":"),
    ).encode()


def decode(body: bytes) -> Delivery:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise FrameError("not JSON") from exc
    if not isinstance(data, dict):
        raise FrameError("not an object")
    workspace, users, kind, values = data.get("w"), data.get("u"), data.get("t"), data.get("d")
    if not isinstance(workspace, str) or not isinstance(kind, str):
        raise FrameError("workspace and type must be strings")
    if not isinstance(users, list) or not all(isinstance(u, str) for u in users):
        raise FrameError("users must be a list of strings")
    if not isinstance(values, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in values.items()
    ):
        raise FrameError("data must map strings to strings or null")
    return Delivery(tuple(users), Event(type=kind, workspace_id=workspace, data=values))


def framed(body: bytes) -> bytes:
    """body with its length in front, for a byte stream."""
    if len(body) > MAX_FRAME_BYTES:
        raise FrameError("frame too large")
    return len(body).to_bytes(_LENGTH_BYTES, "big") + body


async def read_framed(reader: asyncio.StreamReader) -> bytes:
    """The next whole frame (length included, ready to forward as it is); raises
    asyncio.IncompleteReadError at the end of the stream."""
    head = await reader.readexactly(_LENGTH_BYTES)
    length = int.from_bytes(head, "big")
    if length > MAX_FRAME_BYTES:
        raise FrameError("frame too large")
    return head + await reader.readexactly(length)


def body_of(frame: bytes) -> bytes:
    return frame[_LENGTH_BYTES:]
