"""Settings that point a node at the cluster's shared engines: the test SeaweedFS bucket
(blobs and audit anchors, under a fresh prefix) and the test OpenBao (keys, under a fresh key
prefix). Every node given the same dict shares them."""

from __future__ import annotations

from tests.support.openbao_server import OpenBao
from tests.support.openbao_server import unique_prefix as key_prefix
from tests.support.s3_server import ACCESS_KEY, SECRET_KEY, S3Server
from tests.support.s3_server import unique_prefix as blob_prefix


def shared_engines(s3_server: S3Server, openbao: OpenBao) -> dict[str, object]:
    return {
        "blob_backend": "s3",
        "s3_endpoint_url": s3_server.endpoint,
        "s3_bucket": s3_server.bucket,
        "s3_region": "us-east-1",
        "s3_prefix": blob_prefix(),
        "s3_access_key_id": ACCESS_KEY,
        "s3_secret_access_key": SECRET_KEY,
        "s3_addressing_style": "path",
        "kms_provider": "vault",
        "vault_url": openbao.url,
        "vault_token": openbao.root_token,
        "vault_key_prefix": key_prefix(),
        "vault_ca_file": openbao.ca_file,
        "audit_anchor_backend": "s3",
    }
