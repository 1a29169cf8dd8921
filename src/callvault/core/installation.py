"""Whether the configured data directory holds an installation. Only `callvault init` makes
one: any other command run from the wrong directory (the default `./var` is relative to it)
would otherwise mint a new keyring and an empty database beside the real ones, silently."""

from __future__ import annotations

import os

from callvault.core.errors import CallvaultError
from callvault.core.settings import CONFIG_ENV, Settings

DATA_DIR_ENV = "CALLVAULT_DATA_DIR"


class NotInitialised(CallvaultError):
    code = "not_initialised"
    status = 409


def require_installation(settings: Settings) -> None:
    """Raise NotInitialised unless the data directory and its keyring exist."""
    if not settings.data_dir.is_dir():
        raise _missing(settings, f"No callvault data directory at {settings.data_dir}")
    require_keyring(settings)


def require_keyring(settings: Settings) -> None:
    """Raise NotInitialised unless the keyring exists. It is the test of an installation:
    without it nothing stored can be read, and a new one would start another installation.
    With Vault as the KMS there is no file to test; the provider's start-up check stands in."""
    if settings.kms_provider == "vault":
        # The keys are in Vault, checked when the provider starts (crypto.kms_factory); a
        # run from the wrong directory makes no key there, only finds an empty database.
        return
    keyring = settings.effective_keyring_path
    if not keyring.is_file():
        raise _missing(settings, f"No callvault keyring at {keyring}")


def _missing(settings: Settings, what: str) -> NotInitialised:
    if os.environ.get(DATA_DIR_ENV):
        source = DATA_DIR_ENV
    elif os.environ.get(CONFIG_ENV):
        source = f"the config file {os.environ[CONFIG_ENV]} or the default ./var"
    else:
        source = "the default ./var, relative to the current directory"
    return NotInitialised(
        f"{what} (data directory {settings.data_dir}, from {source}). Run the command where "
        f"the data directory is, or point {DATA_DIR_ENV} (or a {CONFIG_ENV} file naming "
        "data_dir) at it; `callvault init` creates a new installation.",
        data_dir=str(settings.data_dir),
    )
