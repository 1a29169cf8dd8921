"""Blob storage errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import CallvaultError, InvalidInput, NotFound


class InvalidBlobKey(InvalidInput):
    code = "invalid_blob_key"


class InvalidBlobRange(InvalidInput):
    code = "invalid_blob_range"
    status = 416


class BlobNotFound(NotFound):
    code = "blob_not_found"


class BlobStoreUnavailable(CallvaultError, OSError):
    """The blob store failed (unreachable, refused, broken). An OSError too, so callers that
    tolerate a failing disk tolerate a failing object store alike. The message names the
    operation and the store's error code, never a credential."""

    code = "blob_store_unavailable"
    status = 503


class BlobStoreMisconfigured(CallvaultError):
    """The configured blob store cannot be used (checked at start-up, before any upload)."""

    code = "blob_store_misconfigured"
    status = 500
