"""Voice-intelligence fixtures: a container that starts transcription at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callvault.wiring import Container
from tests.support.live import scratch_container


@pytest.fixture
def vi_container(database_url: str, data_dir: Path) -> Iterator[Container]:
    with scratch_container(database_url, data_dir, vi_settle_seconds=0) as c:
        yield c
