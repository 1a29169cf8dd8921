"""Envelope encryption: KEKs in a KMS, wrapped DEKs in the database, field AEAD, blob streams,
blind indexes. Knows nothing of domains."""

from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.errors import (
    CryptoError,
    DecryptionFailed,
    KeyDestroyed,
    KeyExists,
    KeyNotFound,
    KeyringCorrupt,
    KeyringInsecure,
    KeyVersionRetired,
    RotationIncomplete,
    WorkspaceKeysMissing,
)
from callvault.crypto.keyring import DataKeyInfo, Keyring, WorkspaceKeyStatus
from callvault.crypto.kms import SYSTEM_REF, KmsProvider, workspace_ref
from callvault.crypto.local_kms import LocalFileKms
from callvault.crypto.rotation import RotationReport

__all__ = [
    "SYSTEM_REF",
    "CryptoError",
    "DataKeyInfo",
    "DecryptionFailed",
    "KeyDestroyed",
    "KeyExists",
    "KeyNotFound",
    "KeyVersionRetired",
    "Keyring",
    "KeyringCorrupt",
    "KeyringInsecure",
    "KmsProvider",
    "LocalFileKms",
    "RotationIncomplete",
    "RotationReport",
    "WorkspaceCipher",
    "WorkspaceKeyStatus",
    "WorkspaceKeysMissing",
    "workspace_ref",
]
