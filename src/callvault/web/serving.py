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
    # Where the media process listens (ADR 0022; media/client.py connects there); None when
    # this process serves alone and no CALLVAULT_MEDIA_SOCKET is set.
    media_socket: Path | None = None
    # The serve's audit process (audit/writer_link.py): where this process sends the entries
    # of audited reads; None when it serves alone and writes them itself.
    audit_socket: Path | None = None
