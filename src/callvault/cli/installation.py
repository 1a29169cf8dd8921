"""How every command but `init` opens the installation: it must exist already."""

from __future__ import annotations

from callvault.audit.anchor import AnchorUnavailable
from callvault.cli.errors import fail
from callvault.core.installation import NotInitialised, require_installation
from callvault.core.settings import Settings
from callvault.crypto.errors import KmsUnavailable
from callvault.storage.errors import BlobStoreMisconfigured
from callvault.wiring import Container, initialise


def open_installation(settings: Settings | None = None) -> Container:
    """The configured installation (migrated, system keys present), or exit status 2 with
    the path looked at when there is none."""
    settings = settings or Settings()
    try:
        require_installation(settings)
    except NotInitialised as exc:
        raise fail(exc) from exc
    return initialise_or_fail(settings)


def initialise_or_fail(settings: Settings) -> Container:
    """`initialise`, or exit status 2 with one line when a cluster engine is unusable: the
    blob store (a missing bucket, refused credentials, an unreachable endpoint: ADR 0046) or
    the KMS (a Vault that is down, refuses the token or has no transit mount: ADR 0047), or
    the audit anchors' bucket (ADR 0049)."""
    try:
        return initialise(settings)
    except (BlobStoreMisconfigured, KmsUnavailable, AnchorUnavailable) as exc:
        raise fail(exc) from exc
