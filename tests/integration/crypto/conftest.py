"""Fixtures for the keyring tests: a real keyring file and workspaces with real keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from callvault.core.ids import new_id
from callvault.crypto.keyring import Keyring
from callvault.crypto.local_kms import LocalFileKms
from callvault.db.engine import Database


@pytest.fixture
def keyring_path(data_dir: Path) -> Path:
    return data_dir / "keyring.json"


@pytest.fixture
def kms(keyring_path: Path) -> LocalFileKms:
    return LocalFileKms(keyring_path)


@pytest.fixture
def keyring(kms: LocalFileKms) -> Keyring:
    return Keyring(kms)


@pytest.fixture
def make_workspace(db: Database, keyring: Keyring) -> Callable[[], str]:
    def make() -> str:
        workspace_id = new_id()
        with db.write() as session:
            keyring.create_workspace_keys(session, workspace_id)
        return workspace_id

    return make


@pytest.fixture
def workspace(make_workspace: Callable[[], str]) -> str:
    return make_workspace()
