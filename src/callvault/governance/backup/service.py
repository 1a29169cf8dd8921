"""Take and restore backups: the database (per backend) and the encrypted blob directory,
with a manifest of SHA-256 checksums. The keyring is never part of a backup (ADR 0003)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from callvault import __version__
from callvault.core.clock import utcnow
from callvault.db.engine import make_engine
from callvault.governance.backup import database
from callvault.governance.backup.errors import BackupMismatch, BackupTargetNotEmpty
from callvault.governance.backup.manifest import (
    BLOBS_DIR,
    DATABASE_DIR,
    MANIFEST,
    Manifest,
    sha256_file,
    verify,
)


@dataclass(frozen=True, slots=True)
class BackupReport:
    directory: Path
    backend: str
    database_bytes: int
    blobs: int
    blob_bytes: int


@dataclass(frozen=True, slots=True)
class RestoreReport:
    backend: str
    backup_created_at: str
    database_bytes: int
    blobs: int
    workspaces: int


def _visible_files(root: Path) -> list[Path]:
    """Blob files, without the hidden temporaries and trash a writer may have left."""
    out: list[Path] = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        out.extend(Path(directory) / f for f in sorted(files) if not f.startswith("."))
    return out


def _is_empty_dir(path: Path) -> bool:
    return not path.exists() or not any(path.iterdir())


def take_backup(*, database_url: str, blob_dir: Path, target: Path) -> BackupReport:
    """Back up into target (which must be empty or new). The database is copied first, then
    the blobs: a blob deleted in between is missing from the backup, which is what its
    deletion asked for; a blob of a row written afterwards is there but unreferenced."""
    if not _is_empty_dir(target):
        raise BackupTargetNotEmpty(f"{target} is not empty; back up into a new directory")
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    (target / DATABASE_DIR).mkdir(mode=0o700)
    db_file = database.dump(database_url, target / DATABASE_DIR)
    manifest = Manifest(
        backend=database.backend(database_url),
        created_at=utcnow().isoformat(),
        version=__version__,
        database_file=db_file.relative_to(target).as_posix(),
    )
    manifest.files[manifest.database_file] = sha256_file(db_file)
    blob_bytes = 0
    root = blob_dir.resolve()
    for source in _visible_files(root) if root.is_dir() else []:
        relative = Path(BLOBS_DIR) / source.relative_to(root)
        copy = target / relative
        copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            shutil.copyfile(source, copy)
        except FileNotFoundError:
            continue  # deleted since the walk: gone from the backup too
        os.chmod(copy, 0o600)
        entry = sha256_file(copy)
        manifest.files[relative.as_posix()] = entry
        blob_bytes += entry.size
    manifest.write(target)
    return BackupReport(
        directory=target,
        backend=manifest.backend,
        database_bytes=manifest.files[manifest.database_file].size,
        blobs=manifest.blob_count,
        blob_bytes=blob_bytes,
    )


def restore_backup(
    *, source: Path, database_url: str, blob_dir: Path, force: bool = False
) -> RestoreReport:
    """Verify every checksum, then restore the database and the blobs. A target database
    with tables or a non-empty blob directory is refused unless force (which replaces them)."""
    manifest = Manifest.read(source)
    if manifest.backend != database.backend(database_url):
        raise BackupMismatch(
            f"this is a {manifest.backend} backup; the target database is "
            f"{database.backend(database_url)}"
        )
    verify(source, manifest)
    if not force:
        if database.table_count(database_url):
            raise BackupTargetNotEmpty("The target database is not empty; use --force.")
        if not _is_empty_dir(blob_dir):
            raise BackupTargetNotEmpty(f"The blob directory {blob_dir} is not empty; use --force.")
    database.load(database_url, source / manifest.database_file, replace=force)
    if blob_dir.exists():
        shutil.rmtree(blob_dir)  # force only (checked above): the backup's blobs replace them
    blob_dir.mkdir(parents=True, mode=0o700)
    for name in manifest.files:
        if not name.startswith(BLOBS_DIR + "/") or name == MANIFEST:
            continue
        dest = blob_dir / Path(name).relative_to(BLOBS_DIR)
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.copyfile(source / name, dest)
        os.chmod(dest, 0o600)
    return RestoreReport(
        backend=manifest.backend,
        backup_created_at=manifest.created_at,
        database_bytes=manifest.files[manifest.database_file].size,
        blobs=manifest.blob_count,
        workspaces=_count_workspaces(database_url),
    )


def _count_workspaces(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM workspaces")).scalar_one())
    finally:
        engine.dispose()
