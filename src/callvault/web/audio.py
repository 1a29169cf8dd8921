"""Streaming audio in and out over HTTP.

In: `stream_upload` hands the request body, chunk by chunk, to a synchronous use case running
in a worker thread, through a small bounded queue: memory stays at a few chunks whatever the
upload's size, and a client that disconnects (or a body over the limit) makes the use case's
iterator raise, so it stores nothing.

Out: `audio_response` sends an `AudioBody` as 200 or 206 with Content-Range, and turns an
unsatisfiable range into 416 with `Content-Range: bytes */size`."""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from callvault.comms.audio.ranges import AudioBody, RangeNotSatisfiable
from callvault.core.errors import CallvaultError
from callvault.web.errors import error_body
from callvault.web.openapi_doc import documented, raw_body

T = TypeVar("T")

CHUNK = 256 * 1024  # what the use case gets per item: network reads are coalesced to this
QUEUE_CHUNKS = 8
_POLL_S = 0.5


class UploadAborted(Exception):
    """The request body stopped before its end (client gone, or over the size limit)."""


class _Pipe:
    """A bounded hand-off from the event loop to one consuming thread."""

    def __init__(self) -> None:
        self.items: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUE_CHUNKS)  # None: end
        self.aborted = threading.Event()

    def chunks(self) -> Iterator[bytes]:
        while True:
            try:
                item = self.items.get(timeout=_POLL_S)
            except queue.Empty:
                if self.aborted.is_set():
                    raise UploadAborted("the upload was cut off") from None
                continue
            if self.aborted.is_set():
                raise UploadAborted("the upload was cut off")
            if item is None:
                return
            yield item

    async def put(self, item: bytes | None, consumer: asyncio.Future[Any]) -> bool:
        """Queue item, waiting while the queue is full; False if the consumer has stopped."""
        while not consumer.done():
            try:
                self.items.put_nowait(item)
                return True
            except queue.Full:
                await asyncio.wait({consumer}, timeout=0.005)
        return False


async def stream_upload(request: Request, consume: Callable[[Iterator[bytes]], T]) -> T:
    """Run consume(chunks) in a thread while the request body streams into chunks."""
    pipe = _Pipe()
    consumer: asyncio.Future[T] = asyncio.ensure_future(asyncio.to_thread(consume, pipe.chunks()))
    try:
        buffer = bytearray()
        async for data in request.stream():
            buffer += data
            if len(buffer) >= CHUNK:
                if not await pipe.put(bytes(buffer), consumer):
                    break  # the use case finished early (an error): its result says why
                buffer.clear()
        else:
            if buffer:
                await pipe.put(bytes(buffer), consumer)
            await pipe.put(None, consumer)
    except BaseException:
        pipe.aborted.set()
        # The use case fails on the abort (UploadAborted): that is expected; wait for it to
        # clean up (no blob, no row) before the request ends.
        with contextlib.suppress(BaseException):
            await asyncio.shield(consumer)
        raise
    return await consumer


# The request body of an audio upload. The container and codec are read from the bytes
# (FFmpeg probes them), never from the Content-Type, which clients get wrong as often as right:
# the schema says so rather than promise a check that is not made (an outside probe sent a WAV
# as text/html and it was stored, correctly, as audio/wav).
AUDIO_UPLOAD = raw_body(
    "audio/*",
    "application/octet-stream",
    description="The audio file, in any container and codec FFmpeg reads (WAV, FLAC, MP3, "
    "Ogg/Opus, WebM, M4A …). Its format is read from the bytes; the Content-Type header is "
    "not used, and a body that is not audio is refused (422).",
)


def audio_responses(*errors: type[CallvaultError]) -> dict[int | str, dict[str, Any]]:
    """responses= for a route answered by audio_response (and the errors its use case adds)."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    audio = {"audio/*": binary}
    whole = {"description": "The audio (any supported type)", "content": audio}
    part = {"description": "One byte range of the audio (HTTP Range)", "content": audio}
    return {200: whole, 206: part, **documented(RangeNotSatisfiable, *errors)}


def audio_response(open_body: Callable[[], AudioBody]) -> Response:
    """Call open_body and send what it returns (a 416 for an unsatisfiable range)."""
    try:
        body = open_body()
    except RangeNotSatisfiable as exc:
        return JSONResponse(
            error_body(exc.code, exc.message),
            416,
            headers={"content-range": f"bytes */{exc.fields.get('size', 0)}"},
        )
    headers = {
        "accept-ranges": "bytes",
        "content-length": str(body.length),
        "content-disposition": "inline",
    }
    if body.partial:
        headers["content-range"] = f"bytes {body.start}-{body.end - 1}/{body.size}"
    return StreamingResponse(
        body.chunks,
        status_code=206 if body.partial else 200,
        media_type=body.media_type,
        headers=headers,
    )
