"""The machine's busy share from the kernel's CPU counters: the idle and iowait ticks against
all ticks since the previous reading, re-read only after the interval, and 'never busy' where
the counters cannot be read."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from callvault.core.cpu_load import CpuLoad


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _write(path: Path, user: int, idle: int, iowait: int = 0) -> None:
    # user nice system idle iowait irq softirq steal guest guest_nice, then per-CPU lines
    path.write_text(f"cpu  {user} 0 0 {idle} {iowait} 0 0 0 50 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n")


def test_busy_share_since_the_previous_reading(tmp_path: Path) -> None:
    stat, clock = tmp_path / "stat", Clock()
    _write(stat, user=1000, idle=1000)
    load = CpuLoad(path=stat, clock=clock, interval=0.25)
    assert load.busy() == 0.0  # nothing measured yet
    _write(stat, user=1090, idle=1010)  # 90 busy of 100 ticks
    assert load.busy() == 0.0  # the interval has not passed: the last answer stands
    clock.now += 0.3
    assert load.busy() == pytest.approx(0.9)
    _write(stat, user=1100, idle=1060, iowait=30)  # 10 busy of 90: waiting on disk is idle
    clock.now += 0.3
    assert load.busy() == pytest.approx(10 / 90)
    clock.now += 0.3  # no ticks passed (counters unchanged): the last answer stands
    assert load.busy() == pytest.approx(10 / 90)


@pytest.mark.parametrize("content", [None, "", "intr 1 2 3\n", "cpu  a b c d\n"])
def test_unreadable_counters_mean_never_busy(tmp_path: Path, content: str | None) -> None:
    stat, clock = tmp_path / "stat", Clock()
    if content is not None:
        stat.write_text(content)
    load = CpuLoad(path=stat, clock=clock)
    clock.now += 1
    assert load.busy() == 0.0
    _write(stat, user=10, idle=0)  # readable again: measured from this reading on
    clock.now += 1
    assert load.busy() == 0.0
    _write(stat, user=20, idle=10)
    clock.now += 1
    assert load.busy() == pytest.approx(0.5)


def test_a_busy_core_shows_on_this_machine() -> None:
    if not Path("/proc/stat").exists():
        pytest.skip("no /proc/stat here")
    load = CpuLoad(interval=0.0)
    end = time.monotonic() + 0.3
    while time.monotonic() < end:  # one core fully busy for 0.3 s
        pass
    cores = os.cpu_count() or 1
    assert 0.8 / cores <= load.busy() <= 1.0
