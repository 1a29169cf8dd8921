"""The event bus port: publish small events to users of a workspace, subscribe as one user.

Channels are per (workspace, user): a publisher names the workspace and the users an event is
for, and a subscriber only ever receives what was published to its own channel, so an event
cannot cross workspaces or reach a user it was not addressed to.

Events carry identifiers, never content: whoever delivers one loads what it names, with the
recipient's own permissions, at delivery time. Nothing sensitive crosses the bus, which matters
once it is a network service.

`InProcessBus` delivers to the subscribers of its own process. With several web processes
(embedded mode, ADR 0016) each wraps one in a `HubBus` (realtime/hub_bus.py), which also sends
what it publishes through the supervisor's hub to every other process. Cluster mode plugs Redis
pub/sub behind the same `Bus` protocol, so an event published on one web node reaches
subscribers on every node; nothing else changes.

Each subscription has a bounded queue. A subscriber that falls `max_queue` events behind is
marked overflowed and its queue dropped: one slow client cannot grow the server's memory
without bound, and it is told (`Overflowed`) so it can reconnect and resynchronise instead of
silently missing events.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

DEFAULT_MAX_QUEUE = 256


@dataclass(frozen=True, slots=True)
class Event:
    """One event: its type (e.g. "message.created") and the identifiers it names."""

    type: str
    workspace_id: str
    data: Mapping[str, str | None] = field(default_factory=dict)


class Overflowed(Exception):
    """The subscriber fell too far behind; its queued events were dropped."""


class Subscription(Protocol):
    async def next(self, timeout: float) -> Event | None:
        """The next event, or None when none arrives within timeout seconds."""
        ...

    def close(self) -> None: ...


class Bus(Protocol):
    def publish(self, workspace_id: str, user_ids: Iterable[str], event: Event) -> None:
        """Deliver event to each named user's channel in the workspace (from any thread)."""
        ...

    def subscribe(self, workspace_id: str, user_id: str) -> Subscription:
        """Start receiving this user's events (call from the subscriber's event loop)."""
        ...


class _LocalSubscription:
    """A subscriber's bounded queue; filled from any thread, drained on its event loop."""

    def __init__(self, bus: InProcessBus, channel: tuple[str, str], max_queue: int) -> None:
        self._bus = bus
        self._channel = channel
        self._max = max_queue
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._lock = threading.Lock()
        self._items: deque[Event] = deque()
        self._overflowed = False
        self._closed = False

    def offer(self, event: Event) -> None:
        with self._lock:
            if self._closed or self._overflowed:
                return
            if len(self._items) >= self._max:
                self._overflowed = True
                self._items.clear()
            else:
                self._items.append(event)
        self._wake_up()

    def overflow(self) -> None:
        """Events meant for this subscriber were lost elsewhere: tell it to resynchronise."""
        with self._lock:
            if self._closed:
                return
            self._overflowed = True
            self._items.clear()
        self._wake_up()

    def _wake_up(self) -> None:
        try:
            self._loop.call_soon_threadsafe(self._wake.set)
        except RuntimeError:  # the subscriber's loop has closed: nobody is listening
            self.close()

    async def next(self, timeout: float) -> Event | None:
        while True:
            with self._lock:
                if self._overflowed:
                    raise Overflowed("too many undelivered events")
                if self._items:
                    return self._items.popleft()
                self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout)
            except TimeoutError:
                return None

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._items)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._items.clear()
        self._bus._remove(self._channel, self)


class InProcessBus:
    """The embedded-mode `Bus`: subscribers of this process only."""

    def __init__(self, *, max_queue: int = DEFAULT_MAX_QUEUE) -> None:
        self.max_queue = max_queue
        self._lock = threading.Lock()
        self._channels: dict[tuple[str, str], set[_LocalSubscription]] = {}

    def publish(self, workspace_id: str, user_ids: Iterable[str], event: Event) -> None:
        if event.workspace_id != workspace_id:
            raise ValueError("an event is published in its own workspace only")
        targets: list[_LocalSubscription] = []
        with self._lock:
            for user_id in set(user_ids):
                targets.extend(self._channels.get((workspace_id, user_id), ()))
        for subscription in targets:
            subscription.offer(event)

    def subscribe(self, workspace_id: str, user_id: str) -> _LocalSubscription:
        channel = (workspace_id, user_id)
        subscription = _LocalSubscription(self, channel, self.max_queue)
        with self._lock:
            self._channels.setdefault(channel, set()).add(subscription)
        return subscription

    def overflow_all(self) -> None:
        """Mark every subscriber overflowed: events may have been lost on their way here (a
        broken link to the hub), so each must reconnect and refetch rather than miss them."""
        with self._lock:
            targets = [sub for subs in self._channels.values() for sub in subs]
        for subscription in targets:
            subscription.overflow()

    def subscriber_count(self) -> int:
        with self._lock:
            return sum(len(s) for s in self._channels.values())

    def _remove(self, channel: tuple[str, str], subscription: _LocalSubscription) -> None:
        with self._lock:
            subs = self._channels.get(channel)
            if subs is not None:
                subs.discard(subscription)
                if not subs:
                    del self._channels[channel]
