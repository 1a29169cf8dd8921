from __future__ import annotations

from datetime import timedelta

import pytest

from callvault.jobs.backoff import Backoff


def test_ceiling_doubles_per_attempt_from_base() -> None:
    backoff = Backoff(base=2.0, cap=1000.0)
    assert [backoff.ceiling(n) for n in range(1, 6)] == [2.0, 4.0, 8.0, 16.0, 32.0]


def test_ceiling_is_capped_even_for_huge_attempt_counts() -> None:
    backoff = Backoff(base=5.0, cap=60.0)
    assert backoff.ceiling(5) == 60.0
    assert backoff.ceiling(10_000) == 60.0


def test_attempt_below_one_counts_as_the_first() -> None:
    assert Backoff(base=3.0, cap=10.0).ceiling(0) == 3.0


def test_full_jitter_scales_the_ceiling_by_the_draw() -> None:
    assert Backoff(base=4.0, cap=100.0, uniform=lambda: 0.0).delay(3) == timedelta(0)
    assert Backoff(base=4.0, cap=100.0, uniform=lambda: 0.5).delay(3) == timedelta(seconds=8)


def test_default_draws_stay_within_zero_and_the_ceiling_and_vary() -> None:
    backoff = Backoff(base=1.0, cap=8.0)
    delays = [backoff.delay(4) for _ in range(200)]
    assert all(timedelta(0) <= d <= timedelta(seconds=8) for d in delays)
    assert len(set(delays)) > 100


@pytest.mark.parametrize(("base", "cap"), [(0.0, 1.0), (1.0, 0.0), (-1.0, 5.0), (10.0, 5.0)])
def test_rejects_nonsensical_parameters(base: float, cap: float) -> None:
    with pytest.raises(ValueError, match="backoff"):
        Backoff(base=base, cap=cap)
