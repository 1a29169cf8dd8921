"""Vault transit as the KMS, on a real OpenBao server: what the contract tests cannot see
(material really trimmed and deleted in Vault), and start-up refusing a bad configuration."""

from __future__ import annotations

import base64
import logging
import ssl
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr, ValidationError
from typer.testing import CliRunner

from callvault.cli.main import app
from callvault.core.settings import Settings
from callvault.crypto.errors import DecryptionFailed, KeyDestroyed, KmsUnavailable
from callvault.crypto.kms_factory import kms_from_settings
from callvault.crypto.vault_client import VaultClient, VaultConfig
from callvault.crypto.vault_kms import VaultTransitKms
from callvault.crypto.vault_names import key_name, tombstone_name
from tests.support.live import free_port
from tests.support.openbao_server import MOUNT, OpenBao, unique_prefix

REF = "ws:0190f0a0-0000-7000-8000-0000000000aa"
README = Path(__file__).resolve().parents[3] / "README.md"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture
def kms(openbao: OpenBao) -> Iterator[VaultTransitKms]:
    with closing(openbao.kms()) as provider:
        yield provider


def direct_decrypt(bao: OpenBao, name: str, version: int, blob: bytes, context: bytes) -> int:
    """Decrypt with the root token, bypassing callvault's checks: the HTTP status."""
    response = bao.call(
        "POST",
        f"{MOUNT}/decrypt/{name}",
        {"ciphertext": f"vault:v{version}:{b64(blob)}", "context": b64(context)},
    )
    return response.status_code


def test_retired_versions_are_trimmed_in_vault(openbao: OpenBao, kms: VaultTransitKms) -> None:
    name = key_name(kms.prefix, REF)
    kms.create_key(REF)
    version, blob = kms.wrap(REF, b"dek", b"c")
    kms.rotate_key(REF)
    assert direct_decrypt(openbao, name, version, blob, b"c") == 200
    kms.retire_versions_below(REF, 2)
    key = openbao.call("GET", f"{MOUNT}/keys/{name}").json()["data"]
    assert (key["min_available_version"], key["min_decryption_version"]) == (2, 2)
    # Lowering the minimum again cannot bring version 1 back: its material is gone.
    openbao.call("POST", f"{MOUNT}/keys/{name}/config", {"min_decryption_version": 1})
    assert direct_decrypt(openbao, name, version, blob, b"c") == 400


def test_destroyed_key_is_deleted_in_vault_and_never_recreated(
    openbao: OpenBao, kms: VaultTransitKms
) -> None:
    name = key_name(kms.prefix, REF)
    kms.create_key(REF)
    version, blob = kms.wrap(REF, b"dek", b"c")
    kms.destroy_key(REF)
    assert openbao.call("GET", f"{MOUNT}/keys/{name}").status_code == 404
    assert openbao.call("GET", f"{MOUNT}/keys/{tombstone_name(kms.prefix, REF)}").is_success
    assert direct_decrypt(openbao, name, version, blob, b"c") == 400
    with pytest.raises(KeyDestroyed):
        kms.create_key(REF)
    # A destroy stopped after its tombstone (the key still in Vault) has destroyed it anyway.
    other = "ws:half-destroyed"
    kms.create_key(other)
    openbao.call("POST", f"{MOUNT}/keys/{tombstone_name(kms.prefix, other)}", {})
    assert not kms.exists(other)
    with pytest.raises(KeyDestroyed):
        kms.wrap(other, b"x", b"c")
    kms.destroy_key(other)
    assert openbao.call("GET", f"{MOUNT}/keys/{key_name(kms.prefix, other)}").status_code == 404


def test_context_mismatch_fails(openbao: OpenBao, kms: VaultTransitKms) -> None:
    kms.create_key(REF)
    version, blob = kms.wrap(REF, b"dek", b"workspace A / content v1")
    with pytest.raises(DecryptionFailed):
        kms.unwrap(REF, version, blob, b"workspace B / content v1")
    assert kms.unwrap(REF, version, blob, b"workspace A / content v1") == b"dek"


def test_prefixes_keep_installations_apart(openbao: OpenBao) -> None:
    ref = f"ws:{unique_prefix()}"
    with closing(openbao.kms("callvault")) as one, closing(openbao.kms("callvault-eu")) as two:
        one.create_key(ref)
        assert not two.exists(ref)
        two.create_key(ref)
        two.destroy_key(ref)
        assert one.exists(ref)


def vault_settings(bao: OpenBao, tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": tmp_path / "data",
        "kms_provider": "vault",
        "vault_url": bao.url,
        "vault_token": bao.root_token,
        "vault_key_prefix": unique_prefix(),
        "vault_ca_file": bao.ca_file,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def test_start_up_refuses_a_bad_vault(openbao: OpenBao, tmp_path: Path) -> None:
    with pytest.raises(
        KmsUnavailable, match=r"refused callvault's token \(403: permission denied\)"
    ):
        kms_from_settings(vault_settings(openbao, tmp_path, vault_token="not-a-token"))
    with pytest.raises(KmsUnavailable, match="no transit secrets engine is mounted at 'nope'"):
        kms_from_settings(vault_settings(openbao, tmp_path, vault_transit_mount="nope"))
    closed = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(KmsUnavailable, match="unreachable"):
        kms_from_settings(vault_settings(openbao, tmp_path, vault_url=closed))
    # TLS is verified: without the server's CA, the system CAs refuse its certificate.
    with pytest.raises(KmsUnavailable, match=r"unreachable: ConnectError: .*CERTIFICATE_VERIFY"):
        kms_from_settings(vault_settings(openbao, tmp_path, vault_ca_file=None))
    token_file = tmp_path / "token"
    token_file.write_text(openbao.root_token + "\n")
    settings = vault_settings(openbao, tmp_path, vault_token=None, vault_token_file=token_file)
    kms = kms_from_settings(settings)
    assert isinstance(kms, VaultTransitKms)
    with closing(kms):
        assert not kms.exists(REF)


def test_settings_refuse_an_incomplete_or_plain_http_vault(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="needs vault_url"):
        Settings(data_dir=tmp_path, kms_provider="vault", vault_token="t")
    with pytest.raises(
        ValidationError, match="exactly one of vault_token, vault_token_file, vault_approle_role_id"
    ):
        Settings(data_dir=tmp_path, kms_provider="vault", vault_url="https://vault.example")
    with pytest.raises(ValidationError, match="must be https"):
        Settings(data_dir=tmp_path, vault_url="http://vault.example:8200")
    assert Settings(data_dir=tmp_path, vault_url="http://[::1]:8200/").vault_url == (
        "http://[::1]:8200"
    )


def test_serve_stops_at_start_with_one_clear_line(
    openbao: OpenBao, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALLVAULT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CALLVAULT_KMS_PROVIDER", "vault")
    monkeypatch.setenv("CALLVAULT_VAULT_URL", openbao.url)
    monkeypatch.setenv("CALLVAULT_VAULT_CA_FILE", str(openbao.ca_file))
    monkeypatch.setenv("CALLVAULT_VAULT_TOKEN", "wrong-token")
    (tmp_path / "data").mkdir()
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 2
    assert result.output.startswith(
        f"error [kms_unavailable]: Vault at {openbao.url} (GET auth/token/lookup-self) refused "
        "callvault's token (403: permission denied)"
    )
    assert result.output.count("\n") == 1
    media = CliRunner().invoke(app, ["media"])  # the media process checks it too
    assert media.exit_code == 2 and media.output == result.output
    assert "wrong-token" not in result.output


def test_init_keeps_its_keys_in_vault(
    openbao: OpenBao, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = unique_prefix()
    monkeypatch.setenv("CALLVAULT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CALLVAULT_KMS_PROVIDER", "vault")
    monkeypatch.setenv("CALLVAULT_VAULT_URL", openbao.url)
    monkeypatch.setenv("CALLVAULT_VAULT_CA_FILE", str(openbao.ca_file))
    monkeypatch.setenv("CALLVAULT_VAULT_TOKEN", openbao.root_token)
    monkeypatch.setenv("CALLVAULT_VAULT_KEY_PREFIX", prefix)
    runner = CliRunner()
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "data" / "keyring.json").exists()
    listed = openbao.call("LIST", f"{MOUNT}/keys").json()["data"]["keys"]
    mine = sorted(k for k in listed if k.startswith(f"{prefix}."))
    assert len(mine) == 2 and mine[0] == key_name(prefix, "system")  # and the workspace's
    result = runner.invoke(app, ["workspace", "list"])
    assert result.exit_code == 0 and "default" in result.output
    result = runner.invoke(app, ["backup", "--to", str(tmp_path / "bk")])
    assert result.exit_code == 0 and "they are in Vault" in result.output


def test_renewable_token_is_renewed(openbao: OpenBao) -> None:
    token = openbao.token(ttl="3s", explicit_max_ttl="1h", renewable=True)
    client = VaultClient(VaultConfig(url=openbao.url, token=token, ca_file=openbao.ca_file))
    with closing(VaultTransitKms(client, mount=MOUNT, prefix=unique_prefix())) as kms:
        kms.check()
        kms.create_key(REF)
        for _ in range(3):  # 4.5 s in all: past the first TTL only if renewed
            time.sleep(1.5)
            assert kms.exists(REF)


def test_token_file_is_reread_when_refused(openbao: OpenBao, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    first = openbao.token(ttl="1h")
    token_file.write_text(first)
    client = VaultClient(
        VaultConfig(url=openbao.url, token_file=token_file, ca_file=openbao.ca_file)
    )
    with closing(VaultTransitKms(client, mount=MOUNT, prefix=unique_prefix())) as kms:
        kms.create_key(REF)
        openbao.call("POST", "auth/token/revoke", {"token": first}).raise_for_status()
        token_file.write_text(openbao.token(ttl="1h"))  # as a Vault agent replaces its sink
        assert kms.exists(REF)


POLICY = """
path "auth/token/lookup-self" { capabilities = ["read"] }
path "auth/token/renew-self" { capabilities = ["update"] }
path "transit/keys/{prefix}.*" { capabilities = ["create", "read", "update", "delete"] }
path "transit/encrypt/{prefix}.*" { capabilities = ["update"] }
path "transit/decrypt/{prefix}.*" { capabilities = ["update"] }
"""


def test_the_readme_policy_is_enough_and_forbids_upserts(openbao: OpenBao) -> None:
    prefix = unique_prefix()
    policy = POLICY.replace("{prefix}", prefix)
    assert policy.strip() in README.read_text().replace("callvault.*", f"{prefix}.*")
    openbao.call("PUT", f"sys/policies/acl/{prefix}", {"policy": policy}).raise_for_status()
    token = openbao.token(policies=[prefix], no_default_policy=True, ttl="1h")
    with closing(openbao.kms(prefix, token=token)) as kms:
        kms.check()
        kms.create_key(REF)
        version, blob = kms.wrap(REF, b"dek", b"c")
        assert kms.rotate_key(REF) == 2
        kms.retire_versions_below(REF, 2)
        assert kms.key_versions(REF) == [2]
        kms.destroy_key(REF)
        with pytest.raises(KeyDestroyed):
            kms.unwrap(REF, version, blob, b"c")
    # Transit's upsert (an encrypt for a missing key creates it) is closed to this token.
    missing = key_name(prefix, "ws:never-made")
    upsert = httpx.post(
        f"{openbao.url}/v1/{MOUNT}/encrypt/{missing}",
        json={"plaintext": b64(b"x"), "context": b64(b"c")},
        headers={"X-Vault-Token": token},
        verify=ssl.create_default_context(cafile=openbao.ca_file),
    )
    assert upsert.status_code == 403


def test_approle_logs_in_and_again_when_its_token_expires(openbao: OpenBao, tmp_path: Path) -> None:
    prefix = unique_prefix()
    mount = f"approle-{prefix}"
    policy = POLICY.replace("{prefix}", prefix)
    openbao.call("PUT", f"sys/policies/acl/{prefix}", {"policy": policy}).raise_for_status()
    openbao.call("POST", f"sys/auth/{mount}", {"type": "approle"}).raise_for_status()
    # Tokens that cannot outlive 2 s, renewed or not: the client must log in again.
    role = {"token_ttl": "2s", "token_max_ttl": "2s", "token_policies": [prefix]}
    openbao.call("POST", f"auth/{mount}/role/callvault", role).raise_for_status()
    role_id = openbao.call("GET", f"auth/{mount}/role/callvault/role-id").json()["data"]["role_id"]
    secret = openbao.call("POST", f"auth/{mount}/role/callvault/secret-id").json()["data"]
    settings = vault_settings(
        openbao,
        tmp_path,
        vault_token=None,
        vault_approle_role_id=role_id,
        vault_approle_secret_id=secret["secret_id"],
        vault_approle_mount=mount,
        vault_key_prefix=prefix,
    )
    kms = kms_from_settings(settings)
    assert isinstance(kms, VaultTransitKms)
    with closing(kms):
        kms.create_key(REF)
        time.sleep(2.5)
        assert kms.exists(REF)
    wrong = settings.model_copy(update={"vault_approle_secret_id": SecretStr("wrong")})
    with pytest.raises(KmsUnavailable, match=f"refused the AppRole login at auth/{mount}"):
        kms_from_settings(wrong)


def test_no_log_record_carries_the_token(
    openbao: OpenBao, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    token = openbao.token(ttl="2s", renewable=True)
    caplog.set_level(logging.DEBUG)
    client = VaultClient(VaultConfig(url=openbao.url, token=token, ca_file=openbao.ca_file))
    with closing(VaultTransitKms(client, mount=MOUNT, prefix=unique_prefix())) as kms:
        kms.check()
        kms.create_key(REF)
        version, blob = kms.wrap(REF, b"plaintext-dek", b"c")
        kms.unwrap(REF, version, blob, b"c")
        openbao.call("POST", "auth/token/revoke", {"token": token}).raise_for_status()
        time.sleep(1.1)  # renewal due: it fails, and says so in the log
        with pytest.raises(KmsUnavailable) as refused:
            kms.exists(REF)
    assert "renewing the Vault token failed" in caplog.text
    assert caplog.records and token not in caplog.text
    assert "plaintext-dek" not in caplog.text and b64(b"plaintext-dek") not in caplog.text
    assert token not in str(refused.value)
