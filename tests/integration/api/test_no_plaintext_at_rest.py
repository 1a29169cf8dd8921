"""A marker sent through the API (names, emails, user agents) never appears in plaintext in
the database (file or server rows) or the blob directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from callvault.db.base import Base
from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow

MARKER = "ZEBRAMARKER7731"


def database_contains(live: LiveServer, needle: str) -> list[str]:
    db = live.container.db
    hits = []
    if db.is_sqlite:
        db.engine.dispose()
        path = Path(db.url.removeprefix("sqlite:///"))
        for f in path.parent.glob(path.name + "*"):  # the file, its WAL and shared memory
            data = f.read_bytes()
            if needle.encode() in data or needle.lower().encode() in data:
                hits.append(f.name)
        return hits
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            found = s.execute(
                text(
                    f"SELECT count(*) FROM {table.name} t "  # noqa: S608 (table names from metadata)
                    "WHERE position(lower(:n) in lower(t::text)) > 0"
                ),
                {"n": needle},
            ).scalar()
            if found:
                hits.append(table.name)
    return hits


def test_marker_never_stored_in_plaintext(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme", name=f"{MARKER} Company")
    client = live.client(sign_in(live, owner), headers={"user-agent": f"{MARKER}-agent"})
    r = client.post(
        "/api/v1/users",
        json={
            "email": f"{MARKER.lower()}@acme.example.com",
            "name": f"Jane {MARKER}",
            "password": f"{MARKER} is a passphrase",
        },
    )
    assert r.status_code == 201
    live.client(headers={"user-agent": MARKER}).post(
        "/api/v1/auth/sign-in",
        json={
            "workspace": "acme",
            "email": f"{MARKER.lower()}@acme.example.com",
            "password": f"{MARKER} is a passphrase",
            "device_name": f"{MARKER} phone",
        },
    )
    client.patch("/api/v1/workspace", json={"name": f"{MARKER} Renamed"})
    # It is all readable through the API...
    users = client.get("/api/v1/users").json()
    assert any(MARKER in u["name"] for u in users)
    assert any(
        e["user_agent"] == f"{MARKER}-agent" for e in client.get("/api/v1/audit").json()["entries"]
    )
    # ...and nowhere at rest.
    assert database_contains(live, MARKER) == []
    blob_dir = live.container.settings.effective_blob_dir
    for f in blob_dir.rglob("*"):
        if f.is_file():
            assert MARKER.encode() not in f.read_bytes()
