"""Fixtures for the job queue tests: the effect table test handlers write into."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from callvault.db.engine import Database
from callvault.jobs import Backoff
from tests.support.job_worker_proc import create_effects_table, drop_effects_table


@pytest.fixture
def effects(db: Database) -> Iterator[Database]:
    """A raw-SQL table (not in the ORM metadata) that test handlers record their effects in."""
    create_effects_table(db)
    try:
        yield db
    finally:
        drop_effects_table(db)


@pytest.fixture
def fast_backoff() -> Backoff:
    return Backoff(base=0.01, cap=0.02)
