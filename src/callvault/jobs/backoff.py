"""Retry delays: capped exponential backoff with full jitter.

Full jitter (a uniform draw between zero and the exponential ceiling) spreads the retries of
jobs that failed together, say when a dependency went down, instead of having them all return
at the same instant and knock it over again.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

_MAX_EXPONENT = 62  # beyond this the ceiling is far above any sane cap anyway

_system_random = random.SystemRandom()


@dataclass(frozen=True, slots=True)
class Backoff:
    """Delay before retry number `attempt + 1`: uniform in [0, min(cap, base * 2**(attempt-1))].

    base and cap are in seconds; `uniform` draws in [0, 1) and is injectable for tests.
    """

    base: float = 5.0
    cap: float = 3600.0
    uniform: Callable[[], float] = field(default=_system_random.random, repr=False)

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap <= 0:
            raise ValueError("backoff base and cap must be positive")
        if self.cap < self.base:
            raise ValueError("backoff cap must not be below its base")

    def ceiling(self, attempt: int) -> float:
        """The largest delay, in seconds, after the given (1-based) failed attempt."""
        exponent = min(max(attempt, 1) - 1, _MAX_EXPONENT)
        return min(self.cap, self.base * float(2**exponent))

    def delay(self, attempt: int) -> timedelta:
        """A jittered delay after the given (1-based) failed attempt."""
        return timedelta(seconds=self.uniform() * self.ceiling(attempt))
