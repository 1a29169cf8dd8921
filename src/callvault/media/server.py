"""The media process's side of the link (ADR 0022): an asyncio Unix-socket server, readable by
this user only, that serves one engine to every web process connected to it.

Each leg belongs to the connection that opened it: its state changes go back there, and if
that connection breaks (its web process died), its legs are closed, so no call is left
carrying media for a process that can no longer end it. Requests are served concurrently
(an ICE-gathering open_leg does not hold up a hang-up)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from callvault.media import ipc
from callvault.media.playback import MAX_PLAY_BYTES
from callvault.media.port import (
    LegEvents,
    LegRef,
    LegState,
    ListenIn,
    MediaEngine,
    MediaError,
    MediaPlayback,
    MediaTaps,
)

log = logging.getLogger("callvault.media")


class ServedEngine(MediaEngine, MediaTaps, MediaPlayback, ListenIn, Protocol):
    """What the media process serves: the embedded engine, or the Janus adapter (ADR 0050)."""

    def has_leg(self, leg: LegRef) -> bool: ...

    async def close(self) -> None: ...


EngineFactory = Callable[[LegEvents], ServedEngine]


class _Peer:
    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self.writer = writer
        self.legs: set[LegRef] = set()
        self.taps: dict[int, asyncio.Task[None]] = {}
        self.plays: dict[int, bytearray] = {}  # playback audio arriving in parts

    def send(self, message: dict[str, Any]) -> None:
        if not self.writer.is_closing():
            self.writer.write(ipc.encode(message))


class MediaServer:
    """Serve `engine_factory(self)`'s engine on a Unix socket at `path`."""

    def __init__(self, path: Path, engine_factory: EngineFactory) -> None:
        self.path = path
        self.engine = engine_factory(self)
        self._owners: dict[LegRef, _Peer] = {}
        self._peers: set[_Peer] = set()
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # left by a media process that was killed
        # Created inside a private (0700) directory and narrowed at once.
        self._server = await asyncio.start_unix_server(self._serve, path=str(self.path))
        os.chmod(self.path, 0o600)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        await self.engine.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    # LegEvents, from the engine: routed to the leg's owner

    async def leg_changed(self, leg: LegRef, state: LegState, reason: str | None) -> None:
        peer = self._owners.get(leg)
        if state is not LegState.CONNECTED:
            self._owners.pop(leg, None)
            if peer is not None:
                peer.legs.discard(leg)
        if peer is not None:
            peer.send(
                {
                    "ev": "leg",
                    "call_id": leg.call_id,
                    "leg_id": leg.leg_id,
                    "state": state.value,
                    "reason": reason,
                }
            )

    async def engine_lost(self, reason: str) -> None:
        """The engine lost what carries its media (Janus went away; the embedded engine is
        this process, so it never reports this): every web process is told, once."""
        self._owners.clear()
        for peer in list(self._peers):
            peer.legs.clear()
            peer.send({"ev": "lost", "reason": reason})

    # connections

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = _Peer(writer)
        self._peers.add(peer)
        requests: set[asyncio.Task[None]] = set()
        try:
            while True:
                message = ipc.decode(await ipc.read_framed(reader))
                task = asyncio.ensure_future(self._answer(peer, message))
                requests.add(task)
                task.add_done_callback(requests.discard)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        except ipc.FrameError as exc:
            log.warning("media: dropped a connection that sent a bad frame (%s)", exc)
        finally:
            self._peers.discard(peer)
            writer.close()
            for task in [*requests, *peer.taps.values()]:
                task.cancel()
            # Its web process is gone: nobody could end these calls any more.
            for leg in list(peer.legs):
                self._owners.pop(leg, None)
                with contextlib.suppress(Exception):
                    await self.engine.close_leg(leg)

    async def _answer(self, peer: _Peer, message: dict[str, Any]) -> None:
        request_id = message.get("id")
        try:
            op, args = message.get("op"), message.get("args")
            if op not in ipc.OPS or not isinstance(args, dict):
                raise MediaError("bad_request", "unknown request")
            result = await self._do(peer, str(op), args)
            peer.send({"id": request_id, "ok": result})
        except MediaError as exc:
            peer.send({"id": request_id, "err": ipc.error_body(exc)})
        except Exception:
            log.exception("media: a request failed")
            peer.send(
                {"id": request_id, "err": {"code": "media_error", "message": "internal error"}}
            )

    async def _do(self, peer: _Peer, op: str, args: dict[str, Any]) -> Any:
        engine = self.engine
        if op in ("join", "close_call", "start_recording", "stop_recording"):
            call_id = ipc.text(args, "call_id")
            if op == "join":
                return await engine.join(call_id, ipc.texts(args, "legs"))
            if op == "close_call":
                return await engine.close_call(call_id)
            if op == "start_recording":
                target = ipc.target_from_json(args.get("target"))
                return await engine.start_recording(call_id, ipc.texts(args, "legs"), target=target)
            return ipc.result_to_json(await engine.stop_recording(call_id))
        if op == "play_part":
            sub = args.get("sub")
            if not isinstance(sub, int):
                raise MediaError("bad_request", "a play part needs its playback number")
            buffer = peer.plays.setdefault(sub, bytearray())
            buffer += _pcm(args)
            if len(buffer) > MAX_PLAY_BYTES:
                del peer.plays[sub]
                raise MediaError("bad_audio", "too much audio to play")
            return None
        if op == "untap":
            task = peer.taps.pop(int(args.get("sub", -1)), None)
            if task is not None:
                task.cancel()
            return None
        leg = LegRef(ipc.text(args, "call_id"), ipc.text(args, "leg_id"))
        if op in ("open_leg", "open_listen_leg"):
            offer = args.get("offer")
            opener = engine.open_leg if op == "open_leg" else engine.open_listen_leg
            answer = await opener(
                leg,
                offer if isinstance(offer, str) else "",
                ice_servers=ipc.ice_from_json(args.get("ice_servers", [])),
            )
            if peer.writer.is_closing():  # its web process went away meanwhile
                await engine.close_leg(leg)
                raise MediaError("media_unavailable", "the requester is gone")
            self._owners[leg] = peer
            peer.legs.add(leg)
            return {"answer": answer}
        if op == "hold":
            return await engine.hold(leg, bool(args.get("held")))
        if op == "close_leg":
            return await engine.close_leg(leg)
        if op == "play":
            sub = args.get("sub")
            pcm = bytes(peer.plays.pop(sub, b"") if isinstance(sub, int) else b"") + _pcm(args)
            return await engine.play(leg, pcm)
        # tap
        sub = args.get("sub")
        if not isinstance(sub, int) or sub in peer.taps:
            raise MediaError("bad_request", "a tap needs a new subscription number")
        if not engine.has_leg(leg):  # refused now, not as an empty stream
            raise MediaError("unknown_leg", "no such open leg")
        peer.taps[sub] = asyncio.ensure_future(self._stream(peer, sub, leg))
        return None

    async def _stream(self, peer: _Peer, sub: int, leg: LegRef) -> None:
        try:
            async for pcm in self.engine.live_audio(leg):
                peer.send({"ev": "audio", "sub": sub, "pcm": base64.b64encode(pcm).decode()})
        except MediaError:
            pass
        finally:
            peer.taps.pop(sub, None)
            peer.send({"ev": "audio_end", "sub": sub})


def _pcm(args: dict[str, Any]) -> bytes:
    value = args.get("pcm")
    if not isinstance(value, str):
        raise MediaError("bad_request", "pcm must be base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise MediaError("bad_request", "pcm must be base64 text") from None
