"""The test support's port picker for coturn: one busy port must not spoil the next tries."""

from __future__ import annotations

import socket

import pytest

from tests.support import coturn


def test_a_busy_tcp_port_is_skipped_and_the_next_one_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            free = probe.getsockname()[1]
        tries = iter([taken, free])
        monkeypatch.setattr(coturn.random, "randint", lambda low, high: next(tries))
        assert coturn._free_port() == free
