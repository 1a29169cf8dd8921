"""`initialise` (what `init` and every command run before serving) makes every system secret
a request may read. Made on first use instead, the first sign-in or playback link would write
in a read transaction, which SQLite refuses at once while another connection writes (a
browser test's first sign-in failed so: "database is locked")."""

from __future__ import annotations

from pathlib import Path

from callvault.core.settings import Settings
from callvault.crypto.models import SYSTEM_PURPOSE_PREFIX, SYSTEM_SCOPE
from callvault.crypto.unwrap import load_keys
from callvault.wiring import SYSTEM_KEYS, initialise


def test_initialise_makes_every_system_key_so_no_read_has_to(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path}/cv.db")
    with initialise(settings) as c, c.db.read() as s:
        missing = [
            name
            for name in SYSTEM_KEYS
            if not load_keys(s, SYSTEM_SCOPE, SYSTEM_PURPOSE_PREFIX + name, 1)
        ]
    assert missing == []
    assert {"audit-chain", "sign-in-throttle", "playback_links", "closure-receipts"} <= set(
        SYSTEM_KEYS
    )
