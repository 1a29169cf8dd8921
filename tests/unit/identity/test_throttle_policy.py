"""The delay a throttled guess must wait: none while free, then doubling up to the cap."""

from __future__ import annotations

from datetime import timedelta

from callvault.identity.throttle import ThrottlePolicy


def test_delays_double_after_the_free_failures_and_stop_at_the_cap() -> None:
    policy = ThrottlePolicy(first_delay=timedelta(seconds=1), max_delay=timedelta(seconds=60))
    delays = [policy.delay(n, free=5) for n in range(13)]
    assert delays[:5] == [None] * 5
    assert [d.total_seconds() for d in delays[5:] if d] == [1, 2, 4, 8, 16, 32, 60, 60]
    # Enormous counts neither overflow nor pass the cap.
    assert policy.delay(10**9, free=5) == timedelta(seconds=60)
