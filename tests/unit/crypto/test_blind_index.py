"""Blind indexes: stable, keyed, separated by field and workspace."""

from __future__ import annotations

import os

from callvault.crypto.blind_index import blind_index


def test_stable_and_separated() -> None:
    key = os.urandom(32)
    first = blind_index(key, workspace_id="w1", field="email", value="a@example.com")
    assert first == blind_index(key, workspace_id="w1", field="email", value="a@example.com")
    assert len(first) == 64 and int(first, 16) >= 0
    assert first != blind_index(key, workspace_id="w2", field="email", value="a@example.com")
    assert first != blind_index(key, workspace_id="w1", field="phone", value="a@example.com")
    assert first != blind_index(key, workspace_id="w1", field="email", value="b@example.com")
    assert first != blind_index(
        os.urandom(32), workspace_id="w1", field="email", value="a@example.com"
    )
