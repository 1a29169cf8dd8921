"""Blob storage: the BlobStore port, the filesystem backend, and streaming encryption on top."""

from callvault.storage.blobstore import BlobStore, validate_key
from callvault.storage.encrypted import BlobInfo, EncryptedBlobStore
from callvault.storage.errors import BlobNotFound, InvalidBlobKey, InvalidBlobRange
from callvault.storage.filesystem import FilesystemBlobStore

__all__ = [
    "BlobInfo",
    "BlobNotFound",
    "BlobStore",
    "EncryptedBlobStore",
    "FilesystemBlobStore",
    "InvalidBlobKey",
    "InvalidBlobRange",
    "validate_key",
]
