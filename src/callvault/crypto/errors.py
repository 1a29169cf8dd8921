"""Crypto errors with stable codes; none of them ever carries key material or plaintext."""

from __future__ import annotations

from callvault.core.errors import CallvaultError, Conflict, IntegrityFailure, NotFound


class CryptoError(CallvaultError):
    """A key-management failure that is neither tampering nor a missing key."""

    code = "crypto_error"
    status = 500


class DecryptionFailed(IntegrityFailure):
    """A ciphertext failed authentication: tampered, truncated, or moved to another context."""

    code = "decryption_failed"


class KeyDestroyed(CallvaultError):
    """The key was crypto-shredded; the data it protected is gone for good."""

    code = "key_destroyed"
    status = 410


class KeyNotFound(NotFound):
    code = "key_not_found"


class KeyExists(Conflict):
    code = "key_exists"


class KeyVersionRetired(CryptoError):
    """The key version was retired after everything under it was re-wrapped: re-read, retry."""

    code = "key_version_retired"


class KeyringInsecure(CryptoError):
    """The local keyring file is readable by someone other than its owner."""

    code = "keyring_insecure"


class KeyringCorrupt(IntegrityFailure):
    code = "keyring_corrupt"


class WorkspaceKeysMissing(NotFound):
    """The workspace has no data keys yet (create_workspace_keys was never called)."""

    code = "workspace_keys_missing"


class RotationIncomplete(CryptoError):
    """A scheduled rotation rotated some workspaces and failed on others (listed in fields)."""

    code = "rotation_incomplete"


class KmsUnavailable(CryptoError):
    """The KMS could not be reached or refused callvault's credentials (never the token)."""

    code = "kms_unavailable"
    status = 503
