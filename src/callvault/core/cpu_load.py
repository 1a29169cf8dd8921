"""How busy the machine's processors have been lately, read from the kernel's counters
(/proc/stat): the share of all CPU time since the previous reading that was not idle. Work
that is worth doing only with spare CPU (live transcript partials, ADR 0028) asks here, so
that a busy process does not take the cores other processes on the machine need (the media
process's real-time audio, another process's finals). Where the counters cannot be read
(not Linux) the machine counts as never busy: the work is done, as before."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

PROC_STAT = Path("/proc/stat")
_IDLE_FIELDS = (3, 4)  # idle and iowait, after the "cpu" label
_COUNTED_FIELDS = 8  # user nice system idle iowait irq softirq steal (guest is inside user)


class CpuLoad:
    """`busy()`: the busy share over the last interval, re-read at most every `interval` s (a
    reading costs one small file read; between readings the last answer stands)."""

    def __init__(
        self,
        *,
        interval: float = 0.25,
        path: Path = PROC_STAT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._interval, self._path, self._clock = interval, path, clock
        self._last = self._counters()
        self._read_at = clock()
        self._busy = 0.0

    def busy(self) -> float:
        now = self._clock()
        if now - self._read_at >= self._interval:
            counters = self._counters()
            if counters is not None and self._last is not None:
                total = counters[0] - self._last[0]
                idle = counters[1] - self._last[1]
                if total > 0:
                    self._busy = min(1.0, max(0.0, 1.0 - idle / total))
            self._last, self._read_at = counters, now
        return self._busy

    def _counters(self) -> tuple[int, int] | None:
        """(all CPU time, idle CPU time) in clock ticks, or None when unreadable."""
        try:
            with self._path.open() as f:
                fields = f.readline().split()
        except OSError:
            return None
        if not fields or fields[0] != "cpu":
            return None
        try:
            values = [int(v) for v in fields[1 : 1 + _COUNTED_FIELDS]]
        except ValueError:
            return None
        idle = sum(values[i] for i in _IDLE_FIELDS if i < len(values))
        return sum(values), idle
