"""The configured `KmsProvider` of a process (settings.kms_provider), checked before use."""

from __future__ import annotations

from callvault.core.settings import Settings
from callvault.crypto.kms import KmsProvider
from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.vault_client import VaultClient, VaultConfig
from callvault.crypto.vault_kms import VaultTransitKms


def kms_from_settings(settings: Settings) -> KmsProvider:
    """The local keyring file, or Vault transit after a start-up check (KmsUnavailable names
    what is wrong: Vault unreachable, token refused, transit not mounted)."""
    if settings.kms_provider == "local":
        return LocalFileKms(settings.effective_keyring_path)
    assert settings.vault_url is not None  # Settings refuses vault without a URL
    client = VaultClient(
        VaultConfig(
            url=settings.vault_url,
            token=settings.vault_token.get_secret_value() if settings.vault_token else None,
            token_file=settings.vault_token_file,
            approle_role_id=settings.vault_approle_role_id,
            approle_secret_id=(
                settings.vault_approle_secret_id.get_secret_value()
                if settings.vault_approle_secret_id
                else None
            ),
            approle_mount=settings.vault_approle_mount,
            ca_file=settings.vault_ca_file,
            timeout_seconds=settings.vault_timeout_seconds,
        )
    )
    kms = VaultTransitKms(
        client, mount=settings.vault_transit_mount, prefix=settings.vault_key_prefix
    )
    try:
        kms.check()
    except BaseException:
        client.close()
        raise
    return kms


def close_kms(kms: KmsProvider) -> None:
    """Release the provider's connections (the local keyring holds none)."""
    if isinstance(kms, VaultTransitKms):
        kms.close()
