"""Which handler runs which job kind; wired once per process (the worker entry point)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from callvault.jobs.context import JobContext
from callvault.jobs.queue import validate_kind

Handler = Callable[[JobContext], None]
"""Runs one job. Delivery is at-least-once: a handler may run again for the same job (after a
crash, a lost lease or a failed attempt), so it must be idempotent, unless it writes all its
effects through `ctx.final_transaction()`, which commits them exactly once together with the
job's completion. An exception fails the attempt: it is retried with backoff until
max_attempts, then dead-lettered; its type and message are stored, so never put secrets or
payload content in exception messages. Raise PermanentFailure to skip the remaining retries."""


@dataclass(frozen=True, slots=True)
class HandlerSpec:
    kind: str
    handler: Handler
    lease_seconds: float | None  # None: the worker's default lease


class HandlerRegistry:
    """Maps job kinds to handlers. Jobs of a kind no handler is registered for are moved to
    the dead letters by the worker that meets them, so every worker sharing a database must
    register every kind."""

    def __init__(self) -> None:
        self._specs: dict[str, HandlerSpec] = {}

    def register(self, kind: str, handler: Handler, *, lease_seconds: float | None = None) -> None:
        """Register the handler for kind; lease_seconds overrides the worker's lease for jobs
        whose single steps can outlast it (the heartbeat extends it while the handler runs).

        The handler runs at least once per job: it must be idempotent unless it commits its
        effects through ctx.final_transaction() (see Handler)."""
        validate_kind(kind)
        if kind in self._specs:
            raise ValueError(f"a handler is already registered for job kind {kind!r}")
        if lease_seconds is not None and lease_seconds <= 0:
            raise ValueError("lease_seconds must be positive")
        self._specs[kind] = HandlerSpec(kind=kind, handler=handler, lease_seconds=lease_seconds)

    def get(self, kind: str) -> HandlerSpec | None:
        return self._specs.get(kind)

    def kinds(self) -> frozenset[str]:
        return frozenset(self._specs)

    def __contains__(self, kind: object) -> bool:
        return kind in self._specs

    def __len__(self) -> int:
        return len(self._specs)
