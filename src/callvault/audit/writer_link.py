"""One audit writer for all the web processes of a `callvault serve` (ADR 0015 addendum).

With a group-commit writer thread in every web process, the writers of two processes took
turns at the write lock (SQLite's, through the flock of write_lock.py; the chain's head row
on PostgreSQL), and each held it ~50 ms for a commit whose own work is ~2 ms: every time
the writer thread came back from the database (BEGIN, SELECT, INSERT, UPDATE, COMMIT, the
anchor's write) it waited for the GIL behind 24 busy request threads. The lock was held
80 % of the time with two processes, so a second process added little throughput.

Now the supervisor binds a Unix socket, and an audit process it starts (and restarts) runs
the one `GroupCommitWriter` of the serve behind it: it has no request threads, so it holds
the lock for the commit's own work, and batches gather the reads of all processes. A web
process sends each entry as one frame and its request thread waits for the answer, which
comes only after the entry is committed: the promise "audited before it is handed out"
holds as before. The socket is bound before any child starts and kept across restarts of
the audit process, so a connection made meanwhile waits in its backlog.

Frames: a 4-byte big-endian length, then JSON: `{"entries": [{"id", "entry"}, ...]}` one
way, `{"answers": [{"id", "ok"} or {"id", "error": {"code", "status", "message"}}, ...]}`
back. A frame carries every entry a web process's threads handed over while its previous
frame was being sent (the thread that finds nobody sending sends for all: no extra thread,
no waiting to fill a frame), and the audit process answers a frame once, when the last of
its entries is committed (they are queued together, so they share a commit): one send and
one wake-up each way per group of reads instead of per read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import logging
import socket
import struct
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, ClassVar

from callvault.audit.entry import AuditEntry
from callvault.audit.group_commit import (
    WAIT_SECONDS,
    AuditUnavailable,
    GroupCommitWriter,
    committed,
)
from callvault.core.errors import CallvaultError

log = logging.getLogger(__name__)

_LENGTH = struct.Struct(">I")
MAX_FRAME = 1 << 20  # an entry's details are small; anything larger is not ours
CONNECT_SECONDS = 10.0
_SEND_TIMEOUT = struct.pack("ll", 5, 0)  # struct timeval: 5 s


_ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(AuditEntry))


def _entry_dict(entry: AuditEntry) -> dict[str, Any]:
    # Shallow (`asdict` deep-copies the details): it is serialised at once.
    return {name: getattr(entry, name) for name in _ENTRY_FIELDS}


class AuditRefused(CallvaultError):
    """A domain answer of the audit process (say, the workspace's keys are destroyed),
    carried back with its code and status."""

    code: ClassVar[str] = "audit_refused"

    def __init__(self, code: str, status: int, message: str) -> None:
        super().__init__(message)
        self.code = code  # type: ignore[misc]  # the remote error's own code and status
        self.status = status  # type: ignore[misc]


def _encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


def _send(sock: socket.socket, body: dict[str, Any]) -> None:
    data = _encode(body)
    sock.sendall(_LENGTH.pack(len(data)) + data)


def _receive(stream: Any) -> dict[str, Any] | None:
    """The next frame, or None at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    if size > MAX_FRAME:
        raise ValueError("audit frame too large")
    data = stream.read(size)
    if len(data) < size:
        return None
    body = json.loads(data)
    if not isinstance(body, dict):
        raise ValueError("audit frame is not an object")
    return body


class AuditWriterServer:
    """The audit process's side: entries from every web process go to one writer."""

    def __init__(self, listener: socket.socket, writer: GroupCommitWriter) -> None:
        self._listener = listener
        self._writer = writer
        self._stopping = threading.Event()

    def serve_forever(self) -> None:
        """Accept connections until `stop` (or the listener is closed)."""
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                if self._stopping.is_set():
                    return
                raise
            threading.Thread(
                target=self._serve, args=(conn,), name="audit-link", daemon=True
            ).start()

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)

    def _serve(self, conn: socket.socket) -> None:
        sending = threading.Lock()
        # Answers are sent from the writer's thread: bounded, reads stay unbounded (idle).
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, _SEND_TIMEOUT)

        def answer(answers: list[dict[str, Any]]) -> None:
            with sending:
                try:
                    _send(conn, {"answers": answers})
                except OSError:
                    # A web process that stops reading must not stall the writer (this runs
                    # on its thread): its connection is closed, its waiting reads get 503.
                    with contextlib.suppress(OSError):
                        conn.shutdown(socket.SHUT_RDWR)

        with conn, conn.makefile("rb") as stream:
            try:
                while (frame := _receive(stream)) is not None:
                    items = frame["entries"]
                    ids = [int(item["id"]) for item in items]
                    entries = [AuditEntry(**item["entry"]) for item in items]
                    try:
                        futures = self._writer.submit_many(entries)
                    except CallvaultError as exc:  # shutting down
                        futures = [_failed(exc) for _ in entries]
                    _Answers(ids, futures, answer)
            except (OSError, ValueError, TypeError, KeyError) as exc:
                log.warning("audit link closed: %s", type(exc).__name__)


def _failed(exc: BaseException) -> Future[None]:
    done: Future[None] = Future()
    done.set_exception(exc)
    return done


def _outcome(frame_id: int, done: Future[None]) -> dict[str, Any]:
    exc = done.exception()
    if exc is None:
        return {"id": frame_id, "ok": True}
    if isinstance(exc, CallvaultError):
        return {
            "id": frame_id,
            "error": {"code": exc.code, "status": exc.status, "message": exc.message},
        }
    error = {
        "code": AuditUnavailable.code,
        "status": AuditUnavailable.status,
        "message": "The audit log could not be written; nothing was read.",
    }
    return {"id": frame_id, "error": error}


class _Answers:
    """One frame's entries: answered together once the last of them is settled (they were
    queued together, so normally by the same commit)."""

    def __init__(
        self,
        ids: list[int],
        futures: list[Future[None]],
        send: Callable[[list[dict[str, Any]]], None],
    ) -> None:
        self._ids = ids
        self._futures = futures
        self._send = send
        self._left = len(futures)
        self._lock = threading.Lock()
        for done in futures:
            done.add_done_callback(self._settled)

    def _settled(self, _done: Future[None]) -> None:
        with self._lock:
            self._left -= 1
            last = self._left == 0
        if last:
            self._send([_outcome(i, f) for i, f in zip(self._ids, self._futures, strict=True)])


class RemoteAuditWriter:
    """A web process's side: `write` as `GroupCommitWriter.write` (returns once the entry is
    committed; AuditUnavailable otherwise), over one connection shared by its threads."""

    def __init__(self, path: str, *, wait: float = WAIT_SECONDS) -> None:
        self.path = path
        self._wait = wait
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._pending: dict[int, Future[None]] = {}
        self._ids = itertools.count(1)
        self._outbox: list[tuple[int, bytes]] = []  # (id, encoded item)
        self._sending = False

    def write(self, entry: AuditEntry) -> None:
        committed(self.submit(entry), self._wait)

    def submit(self, entry: AuditEntry) -> Future[None]:
        """Send the entry; the future resolves once the audit process has committed it. A
        read that gives up waiting leaves its future here until the answer (or the
        connection's end) comes: an unanswered entry may still have been committed."""
        done: Future[None] = Future()
        # Encoded here: an entry that cannot be encoded fails its own read only.
        body = _encode(_entry_dict(entry))
        with self._lock:
            frame_id = next(self._ids)
            self._pending[frame_id] = done
            self._outbox.append((frame_id, b'{"id":%d,"entry":%b}' % (frame_id, body)))
            sender = not self._sending
            self._sending = True
        if sender:
            self._send_outbox()
        return done

    def _send_outbox(self) -> None:
        """Send what the threads have queued, frame after frame, until nothing is left (the
        calling thread sends for every thread that queued meanwhile)."""
        while True:
            with self._lock:
                items, self._outbox = self._outbox, []
                if not items:
                    self._sending = False
                    return
                try:
                    sock = self._connected()
                except OSError:
                    self._refuse(items, "The audit writer cannot be reached; nothing was read.")
                    continue
            data = b'{"entries":[' + b",".join(encoded for _, encoded in items) + b"]}"
            try:
                sock.sendall(_LENGTH.pack(len(data)) + data)
            except OSError:
                with self._lock:
                    self._refuse(items, "The audit writer cannot be reached; nothing was read.")
                    if self._sock is sock:
                        self._drop()

    def _refuse(self, items: list[tuple[int, bytes]], message: str) -> None:
        """Fail the reads of entries that were not sent (the caller holds the lock)."""
        for frame_id, _ in items:
            done = self._pending.pop(frame_id, None)
            if done is not None:
                done.set_exception(AuditUnavailable(message))

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _connected(self) -> socket.socket:
        if self._sock is None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(CONNECT_SECONDS)
            try:
                sock.connect(self.path)
            except OSError:
                sock.close()
                raise
            sock.settimeout(None)
            self._sock = sock
            threading.Thread(
                target=self._read, args=(sock,), name="audit-link-reader", daemon=True
            ).start()
        return self._sock

    def _read(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError, ValueError, KeyError), sock.makefile("rb") as stream:
            while (frame := _receive(stream)) is not None:
                answers = frame["answers"]
                with self._lock:
                    waiting = [self._pending.pop(int(a["id"]), None) for a in answers]
                for answer, done in zip(answers, waiting, strict=True):
                    if done is None:
                        continue  # its request gave up waiting
                    error = answer.get("error")
                    if error is None:
                        done.set_result(None)
                    else:
                        done.set_exception(
                            AuditRefused(
                                str(error["code"]), int(error["status"]), str(error["message"])
                            )
                        )
        # The audit process went away (restart): what it had not answered is refused, and
        # the next write connects again.
        with self._lock:
            if self._sock is sock:
                self._drop()

    def _drop(self) -> None:
        """Close the connection and fail what waits on it (the caller holds the lock)."""
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
            self._sock = None
        pending, self._pending = self._pending, {}
        self._outbox = []  # their reads are refused below: not sent later
        for done in pending.values():
            done.set_exception(AuditUnavailable("The audit writer went away; nothing was read."))
