"""The product over Vault transit (a real OpenBao): a workspace's data keys wrap and unwrap,
rotation re-wraps and trims, and closing a workspace crypto-shreds its transit key."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from callvault.core.ids import new_id
from callvault.crypto.errors import KeyDestroyed
from callvault.crypto.keyring import Keyring
from callvault.crypto.kms import workspace_ref
from callvault.crypto.vault_kms import VaultTransitKms
from callvault.crypto.vault_names import key_name, tombstone_name
from callvault.db.engine import Database
from callvault.wiring import Container
from tests.integration.governance.closure.helpers import close_now
from tests.support.live import create_workspace, scratch_container, serving
from tests.support.openbao_server import MOUNT, OpenBao, unique_prefix

KW = {"kind": "note", "object_id": "n-1", "field": "body"}


@pytest.fixture
def prefix() -> str:
    return unique_prefix()


@pytest.fixture
def vault_keyring(openbao: OpenBao, prefix: str) -> Iterator[Keyring]:
    with closing(openbao.kms(prefix)) as kms:
        yield Keyring(kms, cache_ttl_seconds=0)


def new_workspace(db: Database, keyring: Keyring) -> str:
    workspace = new_id()
    with db.write() as session:
        keyring.create_workspace_keys(session, workspace)
    return workspace


def test_workspace_keys_wrap_and_unwrap(
    db: Database, openbao: OpenBao, prefix: str, vault_keyring: Keyring
) -> None:
    workspace = new_workspace(db, vault_keyring)
    assert openbao.call("GET", f"{MOUNT}/keys/{key_name(prefix, f'ws:{workspace}')}").is_success
    with db.read() as session:
        sealed = vault_keyring.cipher(session, workspace).seal_text("hello", **KW)
    # Another process (a new provider and keyring) unwraps the same data key from Vault.
    with closing(openbao.kms(prefix)) as kms, db.read() as session:
        assert Keyring(kms).cipher(session, workspace).open_text(sealed, **KW) == "hello"


def test_rotation_rewraps_and_trims_in_vault(
    db: Database, openbao: OpenBao, prefix: str, vault_keyring: Keyring
) -> None:
    workspace = new_workspace(db, vault_keyring)
    with db.read() as session:
        old = vault_keyring.cipher(session, workspace).seal_text("before", **KW)
    report = vault_keyring.rotate_workspace(db, workspace, batch_size=1)
    assert (report.kek_version, report.retired_below) == (2, 2)
    name = key_name(prefix, workspace_ref(workspace))
    key = openbao.call("GET", f"{MOUNT}/keys/{name}").json()["data"]
    assert (list(key["keys"]), key["min_available_version"]) == (["2"], 2)
    with closing(openbao.kms(prefix)) as kms, db.read() as session:
        cipher = Keyring(kms, cache_ttl_seconds=0).cipher(session, workspace)
        assert cipher.content_version == 2
        assert cipher.open_text(old, **KW) == "before"


@pytest.fixture
def vault_container(
    database_url: str, data_dir: Path, openbao: OpenBao, prefix: str
) -> Iterator[Container]:
    with scratch_container(
        database_url,
        data_dir,
        kms_provider="vault",
        vault_url=openbao.url,
        vault_token=openbao.root_token,
        vault_key_prefix=prefix,
        vault_ca_file=openbao.ca_file,
    ) as c:
        yield c


def test_closure_destroys_the_transit_key(
    vault_container: Container, openbao: OpenBao, prefix: str
) -> None:
    c = vault_container
    assert isinstance(c.keyring.kms, VaultTransitKms)
    assert not (c.settings.data_dir / "keyring.json").exists()
    ws = create_workspace(c, "vaulted")
    ref = workspace_ref(ws.workspace_id)
    assert c.keyring.kms.exists(ref)
    close_now(c, ws)
    assert openbao.call("GET", f"{MOUNT}/keys/{key_name(prefix, ref)}").status_code == 404
    assert openbao.call("GET", f"{MOUNT}/keys/{tombstone_name(prefix, ref)}").is_success
    assert c.keyring.is_destroyed(ws.workspace_id)
    with pytest.raises(KeyDestroyed):
        c.keyring.kms.create_key(ref)


def test_readiness_asks_vault(database_url: str, data_dir: Path, openbao: OpenBao) -> None:
    token = openbao.token(ttl="1h")
    with serving(
        database_url,
        data_dir,
        kms_provider="vault",
        vault_url=openbao.url,
        vault_token=token,
        vault_key_prefix=unique_prefix(),
        vault_ca_file=openbao.ca_file,
    ) as live:
        client = live.client()
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["checks"]["keyring"] is True
        openbao.call("POST", "auth/token/revoke", {"token": token}).raise_for_status()
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json()["checks"]["keyring"] is False
