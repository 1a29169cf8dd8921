"""Every `AnchorStore` behind one picklable description, so the port's tests (and the
processes they start) open each store the same way: the file beside the keyring, and the
cluster store in a real SeaweedFS bucket, MAC'd with the local key file or in real OpenBao."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import boto3
from botocore.config import Config

from callvault.audit.anchor import AnchorStore
from callvault.audit.anchor_mac import AnchorMac, LocalAnchorMac
from callvault.audit.file_anchor import FileAnchorStore, key_path_for
from callvault.audit.s3_anchor import FOLDER, S3AnchorStore
from callvault.crypto.vault_client import VaultClient, VaultConfig
from callvault.crypto.vault_kms import VaultTransitKms
from tests.support.openbao_server import MOUNT
from tests.support.s3_server import ACCESS_KEY, REGION, SECRET_KEY

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

KINDS = ["file", "s3-local", "s3-vault"]


@dataclass(frozen=True)
class VaultSpec:
    url: str
    token: str
    ca_file: Path
    prefix: str


@dataclass(frozen=True)
class StoreSpec:
    kind: str
    path: Path  # the anchor file (file), or beside which the local MAC key lives (s3-local)
    endpoint: str = ""
    bucket: str = ""
    prefix: str = ""
    vault: VaultSpec | None = None

    def open(self) -> AnchorStore:
        if self.kind == "file":
            return FileAnchorStore(self.path)
        return self.open_s3()

    def open_s3(self, *, lock_days: int = 0) -> S3AnchorStore:
        store = S3AnchorStore(
            _client(self.endpoint),
            self.bucket,
            mac=self.mac(),
            prefix=self.prefix,
            lock_days=lock_days,
        )
        store.check()
        return store

    def mac(self) -> AnchorMac:
        if self.vault is None:
            return LocalAnchorMac(key_path_for(self.path))
        return _vault_mac(self.vault)

    def object_names(self) -> list[str]:
        """Every anchor object's name under the anchors' folder, sorted."""
        client = _client(self.endpoint)
        root = f"{self.prefix}/{FOLDER}/"
        pages = client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=root)
        return sorted(i["Key"][len(root) :] for p in pages for i in p.get("Contents", []))

    def put_object(self, name: str, body: dict[str, object]) -> None:
        """Write an object into the anchors' folder behind the store's back."""
        client = _client(self.endpoint)
        key = f"{self.prefix}/{FOLDER}/{name}"
        client.put_object(Bucket=self.bucket, Key=key, Body=json.dumps(body).encode())

    def get_object(self, name: str) -> dict[str, object]:
        client = _client(self.endpoint)
        key = f"{self.prefix}/{FOLDER}/{name}"
        loaded: dict[str, object] = json.loads(
            client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        )
        return loaded


@functools.cache
def _client(endpoint: str) -> S3Client:
    # One per process (a spawned writer makes its own): making a client takes a while.
    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        config=Config(s3={"addressing_style": "path"}, max_pool_connections=32),
    )


@functools.cache
def _vault_mac(spec: VaultSpec) -> AnchorMac:
    # One client per process and key prefix, kept open for the session.
    client = VaultClient(VaultConfig(url=spec.url, token=spec.token, ca_file=spec.ca_file))
    return VaultTransitKms(client, mount=MOUNT, prefix=spec.prefix).hmac_key("anchor")
