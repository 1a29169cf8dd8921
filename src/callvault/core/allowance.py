"""A token bucket: so many events a second on average, so many at once (one connection's
message allowance; not shared between processes, so it bounds one socket, not a client)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class Allowance:
    rate: float  # events a second, refilled continuously
    burst: float  # the most at once (the bucket starts full)
    tokens: float = field(init=False)
    refilled: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def take(self) -> bool:
        """Spend one event if the allowance has one; False: over it (nothing spent)."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.refilled) * self.rate)
        self.refilled = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True
