"""Blob storage errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import InvalidInput, NotFound


class InvalidBlobKey(InvalidInput):
    code = "invalid_blob_key"


class InvalidBlobRange(InvalidInput):
    code = "invalid_blob_range"
    status = 416


class BlobNotFound(NotFound):
    code = "blob_not_found"
