"""The backup manifest: what is in a backup directory, with a SHA-256 per file.

Written last (atomically), so a directory without a manifest is an unfinished backup.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from callvault.governance.backup.errors import BackupCorrupt, BackupMismatch

FORMAT = "callvault.backup.v1"
MANIFEST = "manifest.json"
DATABASE_DIR = "database"
BLOBS_DIR = "blobs"
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileEntry:
    sha256: str
    size: int


@dataclass(slots=True)
class Manifest:
    backend: str  # "sqlite" or "postgresql"
    created_at: str
    version: str
    database_file: str  # relative to the backup directory
    files: dict[str, FileEntry] = field(default_factory=dict)
    format: str = FORMAT
    # Never in a backup: the keyring. Said here so nobody goes looking for it.
    keyring_included: bool = False

    @property
    def blob_count(self) -> int:
        return sum(1 for name in self.files if name.startswith(BLOBS_DIR + "/"))

    def write(self, directory: Path) -> None:
        data = json.dumps(asdict(self), indent=1, sort_keys=True).encode()
        tmp = directory / f".{MANIFEST}.tmp"
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, directory / MANIFEST)

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST
        if not path.is_file():
            raise BackupCorrupt(f"{directory} holds no {MANIFEST}: not a finished backup")
        try:
            doc: dict[str, Any] = json.loads(path.read_bytes())
            if doc.get("format") != FORMAT:
                raise BackupMismatch(f"unknown backup format {doc.get('format')!r}")
            files = {k: FileEntry(**v) for k, v in doc.pop("files").items()}
            return cls(files=files, **doc)
        except (ValueError, TypeError, KeyError) as exc:
            raise BackupCorrupt(f"{path} is unreadable: {exc}") from None


def sha256_file(path: Path) -> FileEntry:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return FileEntry(sha256=digest.hexdigest(), size=size)


def verify(directory: Path, manifest: Manifest) -> None:
    """Every file listed is there with its checksum (raises BackupCorrupt on the first not)."""
    root = directory.resolve()
    for name, expected in manifest.files.items():
        path = (root / name).resolve()
        if root not in path.parents:
            raise BackupCorrupt(f"manifest names a path outside the backup: {name!r}")
        if not path.is_file():
            raise BackupCorrupt(f"{name} is missing from the backup", file=name)
        if sha256_file(path) != expected:
            raise BackupCorrupt(f"{name} does not match its checksum", file=name)
