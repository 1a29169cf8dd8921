from __future__ import annotations

import os

import pytest

from callvault.jobs.worker import MAX_ERROR_CHARS, default_worker_id, describe_error


def test_error_description_has_type_and_message() -> None:
    assert describe_error(ValueError("bad input")) == "ValueError: bad input"


def test_error_without_message_is_its_type() -> None:
    assert describe_error(KeyError()) == "KeyError"


def test_long_error_is_truncated() -> None:
    text = describe_error(RuntimeError("x" * 10_000))
    assert len(text) == MAX_ERROR_CHARS
    assert text.endswith("…")


def test_worker_ids_are_unique_and_name_the_process() -> None:
    first, second = default_worker_id(), default_worker_id()
    assert first != second
    assert f":{os.getpid()}:" in first


@pytest.mark.parametrize(
    "kwargs", [{"lease_seconds": 0}, {"poll_interval": 0}, {"heartbeat_interval": 0}]
)
def test_worker_rejects_non_positive_timings(kwargs: dict[str, float]) -> None:
    from callvault.jobs import HandlerRegistry, Worker

    with pytest.raises(ValueError, match="positive"):
        Worker(None, HandlerRegistry(), **kwargs)  # type: ignore[arg-type]
