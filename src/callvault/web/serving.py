"""Which of the web processes of one `callvault serve` this is, and what the supervisor set
up for them to share (ADR 0016). Built by the supervisor, handed to each worker it spawns."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ServingProcess:
    index: int = 0
    count: int = 1
    # The rate-limit counters all web processes share (web/shared_rate_storage.py); None
    # when this process serves alone and keeps them in memory.
    rate_table: Path | None = None
