"""The Vault client's configuration: one credential, https (http to loopback only), and
secrets kept out of every repr."""

from __future__ import annotations

from pathlib import Path

import pytest

from callvault.core.vault_url import check_vault_url
from callvault.crypto.errors import KmsUnavailable
from callvault.crypto.vault_client import VaultClient, VaultConfig


def test_secrets_stay_out_of_repr() -> None:
    config = VaultConfig(url="https://vault.example", token="s.token-secret")
    assert "token-secret" not in repr(config)
    approle = VaultConfig(url="https://v", approle_role_id="r", approle_secret_id="sid-secret")
    assert "sid-secret" not in repr(approle)


def test_exactly_one_credential(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="one of a Vault token"):
        VaultClient(VaultConfig(url="https://v"))
    with pytest.raises(ValueError, match="one of a Vault token"):
        VaultClient(VaultConfig(url="https://v", token="t", token_file=tmp_path / "t"))
    with pytest.raises(ValueError, match="role ID and its secret ID"):
        VaultClient(VaultConfig(url="https://v", approle_role_id="r"))
    with pytest.raises(KmsUnavailable, match="cannot read the Vault token file"):
        VaultClient(VaultConfig(url="https://v", token_file=tmp_path / "missing"))
    with pytest.raises(KmsUnavailable, match="cannot read the Vault CA file"):
        VaultClient(VaultConfig(url="https://v", token="t", ca_file=tmp_path / "ca.pem"))


def test_plain_http_only_to_this_machine() -> None:
    for url in ("http://127.0.0.1:8200", "http://localhost:8200/", "http://[::1]:8200"):
        assert check_vault_url(url) == url.rstrip("/")
    assert check_vault_url("https://vault.example:8200/") == "https://vault.example:8200"
    for url in ("http://vault.example:8200", "http://10.0.0.5:8200", "ftp://x", "https://"):
        with pytest.raises(ValueError, match="must be https"):
            check_vault_url(url)
