"""Shared fixtures: real databases on both backends, settings in a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callvault.db.engine import Database
from callvault.wiring import Container
from tests.support.databases import empty_all_tables, migrated_url
from tests.support.live import LiveServer, live_server, scratch_container
from tests.support.openbao_server import OpenBao, openbao_server
from tests.support.s3_server import S3Server, start_s3_server


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A migrated database per backend for the whole session (PostgreSQL skipped if absent)."""
    backend = request.param
    with migrated_url(backend, tmp_path_factory.mktemp(f"db-{backend}")) as url:
        yield url


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """A Database over the session's migrated schema, emptied after each test."""
    database = Database.connect(database_url)
    try:
        yield database
    finally:
        empty_all_tables(database)
        database.dispose()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def container(database_url: str, data_dir: Path) -> Iterator[Container]:
    """The process wiring over the session's database, with a fresh keyring and blob dir."""
    with scratch_container(database_url, data_dir) as c:
        yield c


@pytest.fixture
def live(container: Container) -> Iterator[LiveServer]:
    """A real HTTPS server (uvicorn, TLS) over that container."""
    with live_server(container) as server:
        yield server


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """One real S3-compatible server (SeaweedFS) for the session, started on first use; each
    test keeps to a prefix of its own in its bucket."""
    server = start_s3_server(tmp_path_factory.mktemp("s3server"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def openbao(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenBao]:
    """One real OpenBao dev server with transit for the session, started on first use."""
    with openbao_server(tmp_path_factory.mktemp("openbao-home")) as server:
        yield server
