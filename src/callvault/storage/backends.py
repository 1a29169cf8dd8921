"""Which blob store the settings choose: local files (embedded mode) or an S3-compatible
bucket (cluster mode, ADR 0046); checked once at start-up, never first on a user's upload."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import boto3
from botocore.config import Config

from callvault.core.settings import Settings
from callvault.storage.blobstore import BlobStore
from callvault.storage.errors import BlobStoreMisconfigured, InvalidBlobKey
from callvault.storage.filesystem import FilesystemBlobStore
from callvault.storage.s3 import S3BlobStore

# Hosts where plain http is allowed (a test or development server on this machine).
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Every web thread and the parallel existence checks of a bulk delete may hold a connection.
_MAX_CONNECTIONS = 48


def blob_store(settings: Settings) -> BlobStore:
    """The configured backend (no network yet); BlobStoreMisconfigured if the settings
    cannot work."""
    if settings.blob_backend == "filesystem":
        return FilesystemBlobStore(settings.effective_blob_dir)
    return s3_store(settings)


def s3_store(settings: Settings) -> S3BlobStore:
    if not settings.s3_bucket:
        raise BlobStoreMisconfigured("blob_backend s3 needs CALLVAULT_S3_BUCKET")
    endpoint = settings.s3_endpoint_url
    if endpoint is not None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BlobStoreMisconfigured("CALLVAULT_S3_ENDPOINT_URL must be an http(s) URL")
        if parts.username or parts.password:  # and they would be in every error message
            raise BlobStoreMisconfigured(
                "CALLVAULT_S3_ENDPOINT_URL must not hold credentials; set "
                "CALLVAULT_S3_ACCESS_KEY_ID and CALLVAULT_S3_SECRET_ACCESS_KEY"
            )
        if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
            raise BlobStoreMisconfigured(
                "CALLVAULT_S3_ENDPOINT_URL must use https (plain http only on 127.0.0.1 or "
                "localhost)"
            )
    key_id, secret = settings.s3_access_key_id, settings.s3_secret_access_key
    if (key_id is None) != (secret is None):
        raise BlobStoreMisconfigured(
            "set both CALLVAULT_S3_ACCESS_KEY_ID and CALLVAULT_S3_SECRET_ACCESS_KEY, or "
            "neither (then the standard AWS credential chain is used)"
        )
    client = boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint,
        region_name=settings.s3_region,
        aws_access_key_id=key_id.get_secret_value() if key_id else None,
        aws_secret_access_key=secret.get_secret_value() if secret else None,
        config=Config(
            s3={"addressing_style": settings.s3_addressing_style},
            retries={"mode": "standard", "max_attempts": 3},
            connect_timeout=5,
            read_timeout=60,
            max_pool_connections=_MAX_CONNECTIONS,
        ),
    )
    try:
        return S3BlobStore(client, settings.s3_bucket, prefix=settings.s3_prefix)
    except InvalidBlobKey:
        raise BlobStoreMisconfigured(
            "CALLVAULT_S3_PREFIX must be slash-separated segments of letters, digits, '.', "
            "'_' or '-', each starting with a letter or digit"
        ) from None


def check_at_start(store: BlobStore) -> None:
    """Make the store ready for this process: remove a killed writer's temporary files
    (filesystem), or prove the bucket and credentials work (S3)."""
    if isinstance(store, FilesystemBlobStore):
        store.sweep()
    elif isinstance(store, S3BlobStore):
        store.check()


def ready(store: BlobStore) -> bool:
    """Whether the store can be written now (the readiness probe)."""
    if isinstance(store, FilesystemBlobStore):
        return os.access(store.root, os.W_OK)
    if isinstance(store, S3BlobStore):
        return store.ready()
    return True
