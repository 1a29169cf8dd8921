"""How every command but `init` opens the installation: it must exist already."""

from __future__ import annotations

from callvault.cli.errors import fail
from callvault.core.installation import NotInitialised, require_installation
from callvault.core.settings import Settings
from callvault.crypto.errors import KmsUnavailable
from callvault.wiring import Container, initialise


def open_installation(settings: Settings | None = None) -> Container:
    """The configured installation (migrated, system keys present), or exit status 2 with
    the path looked at when there is none."""
    settings = settings or Settings()
    try:
        require_installation(settings)
        # The configured KMS is checked here: a Vault that is down, refuses the token or
        # has no transit mount stops `serve` (and every command) with one line.
        return initialise(settings)
    except (NotInitialised, KmsUnavailable) as exc:
        raise fail(exc) from exc
