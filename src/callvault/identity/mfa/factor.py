"""Sealing and opening a user's TOTP secret with the workspace's keys (envelope encryption,
crypto/): the database holds only ciphertext bound to the user and the field, so a row
copied to another user or field does not open, and a shredded workspace's secret never
opens again."""

from __future__ import annotations

from callvault.crypto.keyring import WorkspaceCipher
from callvault.identity.mfa.models import MfaFactor

KIND = "mfa_factor"


def seal(cipher: WorkspaceCipher, user_id: str, secret: str, *, pending: bool) -> bytes:
    return cipher.seal_text(secret, kind=KIND, object_id=user_id, field=_field(pending))


def open_secret(cipher: WorkspaceCipher, factor: MfaFactor) -> str | None:
    """The confirmed secret, or None before the first confirmation."""
    if factor.secret_sealed is None:
        return None
    return cipher.open_text(
        factor.secret_sealed, kind=KIND, object_id=factor.user_id, field=_field(False)
    )


def open_pending(cipher: WorkspaceCipher, factor: MfaFactor) -> str | None:
    if factor.pending_sealed is None:
        return None
    return cipher.open_text(
        factor.pending_sealed, kind=KIND, object_id=factor.user_id, field=_field(True)
    )


def _field(pending: bool) -> str:
    # Confirmation moves the secret from one field to the other: it is sealed again then.
    return "pending_secret" if pending else "secret"
