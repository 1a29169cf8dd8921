"""The cluster-mode `Bus` (ADR 0016, ADR 0021): events go to this process's own subscribers
at once, and through Redis pub/sub to every other process on every node.

One channel per workspace (`<prefix>events:<workspace>`); a message is this node's id and a
frame of realtime/frames.py (workspace, user ids, event type and ids: nothing sensitive). Each
process listens on the pattern `<prefix>events:*` and hands what arrives to its
`InProcessBus`, which delivers it only to subscriptions of that workspace and user; a process
skips its own messages, having delivered them locally.

Losing events is never silent, as with the hub: when the listening connection breaks (Redis
restarted, or Redis dropped this client because it read too slowly: the server's pub/sub
output-buffer limit), every local subscriber is marked overflowed, and the listener
reconnects. Publishing never blocks the caller: a sender thread drains a bounded queue, and
while Redis is unreachable the oldest unsent events are dropped beyond `max_pending`.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import uuid
from collections.abc import Iterable

import redis

from callvault.realtime.bus import Event, InProcessBus, Subscription
from callvault.realtime.frames import FrameError, decode, encode

log = logging.getLogger("callvault.realtime.redis")

DEFAULT_MAX_PENDING = 10_000
_NODE_ID_BYTES = 32  # uuid4().hex
_SEPARATOR = b"|"


class RedisBus:
    def __init__(
        self,
        url: str,
        *,
        prefix: str,
        local: InProcessBus | None = None,
        reconnect_delay: float = 0.2,
        max_pending: int = DEFAULT_MAX_PENDING,
    ) -> None:
        self.local = local or InProcessBus()
        self.prefix = prefix
        self.reconnect_delay = reconnect_delay
        self.node_id = uuid.uuid4().hex.encode()
        self._client = redis.Redis.from_url(
            url,
            socket_connect_timeout=2.0,
            socket_keepalive=True,
            health_check_interval=10,
            # Tells an operator's CLIENT LIST which connections are callvault's event bus.
            client_name=f"{prefix}bus:{self.node_id.decode()}",
        )
        self._outbox: queue.Queue[tuple[str, bytes] | None] = queue.Queue(maxsize=max_pending)
        self._stopped = threading.Event()
        self.connected = threading.Event()
        self._threads: list[threading.Thread] = []

    # Bus

    def publish(self, workspace_id: str, user_ids: Iterable[str], event: Event) -> None:
        users = tuple(user_ids)
        self.local.publish(workspace_id, users, event)
        if not self._threads:
            raise RuntimeError("RedisBus.start() was not called")
        message = self.node_id + _SEPARATOR + encode(users, event)
        item = (self._channel(workspace_id), message)
        try:
            self._outbox.put_nowait(item)
        except queue.Full:
            log.warning("Redis unreachable too long: dropping the oldest unsent event")
            with contextlib.suppress(queue.Empty):
                self._outbox.get_nowait()
            with contextlib.suppress(queue.Full):
                self._outbox.put_nowait(item)

    def subscribe(self, workspace_id: str, user_id: str) -> Subscription:
        return self.local.subscribe(workspace_id, user_id)

    # lifecycle

    def start(self, timeout: float = 10.0) -> None:
        """Start listening and sending, and wait until the listener is subscribed (so that no
        event published elsewhere after start is missed here); RuntimeError if Redis cannot
        be reached in time."""
        for target, name in ((self._listen, "redis-bus-listen"), (self._send, "redis-bus-send")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        if not self.connected.wait(timeout):
            self.close()
            raise RuntimeError("Redis does not answer for the event bus")

    def close(self) -> None:
        self._stopped.set()
        with contextlib.suppress(queue.Full):
            self._outbox.put_nowait(None)  # wakes the sender
        for thread in self._threads:
            thread.join(5)
        self._client.close()

    # the threads

    def _listen(self) -> None:
        pattern = f"{self.prefix}events:*"
        while not self._stopped.is_set():
            pubsub = self._client.pubsub()  # type: ignore[no-untyped-call]
            try:
                pubsub.psubscribe(pattern)
                # The server's confirmation: from here on, nothing published is missed.
                while pubsub.get_message(timeout=1.0) is None:
                    if self._stopped.is_set():
                        return
                self.connected.set()
                while not self._stopped.is_set():
                    message = pubsub.get_message(timeout=0.5)
                    if message is None:
                        continue
                    if message.get("type") == "pmessage":
                        self._deliver(message["data"])
                    elif message.get("type") == "psubscribe":
                        # redis-py reconnected and subscribed again by itself: a gap.
                        self.local.overflow_all()
            except (redis.RedisError, OSError):
                pass
            finally:
                if self.connected.is_set():
                    self.connected.clear()
                    # Whatever was published meanwhile is lost here: subscribers resynchronise.
                    self.local.overflow_all()
                    if not self._stopped.is_set():
                        log.warning("lost the Redis event bus connection; reconnecting")
                pubsub.close()
            self._stopped.wait(self.reconnect_delay)

    def _send(self) -> None:
        item: tuple[str, bytes] | None = None
        while not self._stopped.is_set():
            if item is None:
                item = self._outbox.get()
                if item is None:
                    return
            try:
                self._client.publish(*item)
                item = None
            except (redis.RedisError, OSError):
                self._stopped.wait(self.reconnect_delay)  # kept, sent once Redis is back

    def _deliver(self, data: object) -> None:
        if not isinstance(data, bytes):
            return
        node, _, body = data.partition(_SEPARATOR)
        if node == self.node_id:
            return  # delivered locally when it was published
        if len(node) != _NODE_ID_BYTES:
            log.warning("ignored a malformed event from Redis (no node id)")
            return
        try:
            delivery = decode(body)
        except FrameError as exc:
            log.warning("ignored a malformed event from Redis (%s)", exc)
            return
        self.local.publish(delivery.event.workspace_id, delivery.user_ids, delivery.event)

    def _channel(self, workspace_id: str) -> str:
        return f"{self.prefix}events:{workspace_id}"
