"""The link between web processes and the media process (ADR 0022): one Unix-socket
connection per web process, length-prefixed JSON frames (realtime/frames.py's framing).

    request   {"id": n, "op": "open_leg" | "join" | …, "args": {…}}
    reply     {"id": n, "ok": result}  or  {"id": n, "err": {"code": …, "message": …}}
    event     {"ev": "leg", "call_id", "leg_id", "state", "reason"}
              {"ev": "audio", "sub": n, "pcm": base64}   {"ev": "audio_end", "sub": n}

Playback (`play`) is the other bulk payload, the other way: the PCM goes in parts
(`play_part {sub, pcm}`, each under the frame limit) and the last part with `play {sub,
call_id, leg_id, pcm}`, whose reply (true/false) comes when the audio has been sent.

Other requests carry SDP and identifiers only (no key material: the media process resolves
workspace keys itself); live audio is the one bulk payload, 20 ms per frame."""

from __future__ import annotations

import json
from typing import Any

from callvault.media.port import (
    EngineUnavailable,
    IceServer,
    InsecureOffer,
    MediaError,
    RecordingResult,
    RecordingTarget,
)
from callvault.realtime.frames import FrameError, body_of, framed, read_framed

__all__ = ["FrameError", "body_of", "decode", "encode", "framed", "read_framed"]

OPS = frozenset(
    {
        "open_leg",
        "join",
        "hold",
        "close_leg",
        "close_call",
        "start_recording",
        "stop_recording",
        "tap",
        "untap",
        "open_listen_leg",  # ADR 0029
        "play_part",
        "play",
    }
)


def encode(message: dict[str, Any]) -> bytes:
    return framed(json.dumps(message, separators=(",", ":")).encode())


def decode(frame: bytes) -> dict[str, Any]:
    try:
        message = json.loads(body_of(frame))
    except ValueError as exc:
        raise FrameError("not JSON") from exc
    if not isinstance(message, dict):
        raise FrameError("not an object")
    return message


def error_body(exc: MediaError) -> dict[str, str]:
    return {"code": exc.code, "message": str(exc)}


def error_from(body: object) -> MediaError:
    if not isinstance(body, dict):
        return MediaError("media_error", "the media engine refused the request")
    code, message = str(body.get("code", "media_error")), str(body.get("message", ""))
    if code == "insecure_offer":
        return InsecureOffer(message)
    if code == "media_unavailable":
        return EngineUnavailable(message)
    return MediaError(code, message)


def ice_to_json(servers: tuple[IceServer, ...]) -> list[dict[str, Any]]:
    return [
        {"urls": list(s.urls), "username": s.username, "credential": s.credential} for s in servers
    ]


def ice_from_json(data: object) -> tuple[IceServer, ...]:
    if not isinstance(data, list):
        raise MediaError("bad_request", "ice servers must be a list")
    servers = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("urls"), list):
            raise MediaError("bad_request", "an ICE server needs urls")
        servers.append(
            IceServer(
                urls=tuple(str(u) for u in item["urls"]),
                username=_optional(item.get("username")),
                credential=_optional(item.get("credential")),
            )
        )
    return tuple(servers)


def target_to_json(target: RecordingTarget) -> dict[str, str]:
    return {"workspace_id": target.workspace_id, "object_id": target.object_id, "kind": target.kind}


def target_from_json(data: object) -> RecordingTarget:
    if not isinstance(data, dict):
        raise MediaError("bad_request", "a recording target is an object")
    return RecordingTarget(
        workspace_id=text(data, "workspace_id"),
        object_id=text(data, "object_id"),
        kind=text(data, "kind"),
    )


def result_to_json(result: RecordingResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "object_id": result.object_id,
        "legs": list(result.legs),
        "size_bytes": result.size_bytes,
        "duration_ms": result.duration_ms,
    }


def result_from_json(data: object) -> RecordingResult | None:
    if not isinstance(data, dict):
        return None
    return RecordingResult(
        object_id=str(data["object_id"]),
        legs=tuple(str(leg) for leg in data["legs"]),
        size_bytes=int(data["size_bytes"]),
        duration_ms=int(data["duration_ms"]),
    )


def text(args: dict[str, Any], name: str) -> str:
    value = args.get(name)
    if not isinstance(value, str) or not value or len(value) > 200:
        raise MediaError("bad_request", f"{name} must be a non-empty string")
    return value


def texts(args: dict[str, Any], name: str) -> list[str]:
    value = args.get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise MediaError("bad_request", f"{name} must be a list of strings")
    return value


def _optional(value: object) -> str | None:
    return None if value is None else str(value)
