"""Blobs as files under one root directory (embedded mode).

Writes go to a hidden temporary file in the blob's own directory, are fsynced, renamed over the
final name and the directory fsynced: readers see the old blob or the new one, never part of
one. An exception mid-stream removes the temporary file and any directory the write created; a
killed process can leave a hidden ``.*.part`` file, which `sweep` removes (run it at start-up).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path

from callvault.storage.blobstore import Chunk, validate_key
from callvault.storage.errors import BlobNotFound, InvalidBlobRange

READ_CHUNK = 1024 * 1024
_PART_SUFFIX = ".part"
_TRASH_PREFIX = ".trash-"
_OPEN_ATTEMPTS = 5


class FilesystemBlobStore:
    """A `BlobStore` on the local filesystem; files and directories are private (0600/0700)."""

    def __init__(self, root: str | os.PathLike[str], *, read_chunk: int = READ_CHUNK) -> None:
        path = Path(root)
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.root = path.resolve()
        self._read_chunk = read_chunk

    def put(self, key: str, chunks: Iterable[Chunk]) -> int:
        path = self._path(key)
        fd, tmp, created = self._open_temp(path)
        written = 0
        try:
            try:
                for chunk in chunks:
                    view = memoryview(chunk).cast("B")
                    written += len(view)
                    while view:
                        view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            _remove_empty(created)
            raise
        # Make the rename, and any directory we made, durable.
        for directory in [path.parent, *(d.parent for d in created)]:
            _fsync_dir(directory)
        return written

    def size(self, key: str) -> int:
        try:
            return os.stat(self._path(key)).st_size
        except (FileNotFoundError, NotADirectoryError):
            raise BlobNotFound("no such blob", key=key) from None

    def read_at(self, key: str, offset: int, n: int) -> bytes:
        if offset < 0 or n < 0:
            raise InvalidBlobRange("offset and length must not be negative", key=key)
        fd = self._open_read(key)
        try:
            return _pread_full(fd, offset, n)
        finally:
            os.close(fd)

    def iter_range(self, key: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        size = self.size(key)
        end = size if end is None else min(end, size)
        if start < 0 or start > end:
            raise InvalidBlobRange(f"invalid range [{start}, {end}) of {size} bytes", key=key)
        return self._iter(key, start, end)

    def delete(self, key: str) -> bool:
        path = self._path(key)
        try:
            os.unlink(path)
        except (FileNotFoundError, NotADirectoryError):
            return False
        _fsync_dir(path.parent)
        self._prune(path.parent)
        return True

    def delete_many(self, keys: Iterable[str]) -> int:
        # Unlink them all, then fsync each directory once: a bulk purge otherwise pays one
        # journal commit per blob. Keys are validated before anything is removed.
        paths = [self._path(key) for key in keys]
        removed = 0
        directories: dict[Path, None] = {}
        for path in paths:
            try:
                os.unlink(path)
            except (FileNotFoundError, NotADirectoryError):
                continue
            removed += 1
            directories[path.parent] = None
        for directory in directories:
            _fsync_dir(directory)
            self._prune(directory)
        return removed

    def delete_prefix(self, prefix: str) -> int:
        path = self._path(prefix)
        if not path.is_dir():
            return 0
        # Move the whole tree aside first, so it disappears at once for readers and writers.
        trash = self.root / f"{_TRASH_PREFIX}{secrets.token_hex(8)}"
        try:
            os.rename(path, trash)
        except FileNotFoundError:
            return 0
        _fsync_dir(path.parent)
        _fsync_dir(self.root)
        count = sum(
            1
            for _dir, _subdirs, files in os.walk(trash)
            for name in files
            if not name.startswith(".")
        )
        shutil.rmtree(trash, ignore_errors=True)
        self._prune(path.parent)
        return count

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def sweep(self, *, older_than: timedelta = timedelta(hours=1)) -> int:
        """Remove temporary files and trash left by killed processes; return how many."""
        cutoff = time.time() - older_than.total_seconds()
        removed = 0
        for entry in list(self.root.iterdir()):
            if entry.name.startswith(_TRASH_PREFIX) and entry.lstat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
        for directory, _subdirs, files in os.walk(self.root):
            for name in files:
                full = Path(directory) / name
                if name.startswith(".") and name.endswith(_PART_SUFFIX):
                    with contextlib.suppress(FileNotFoundError):
                        if full.lstat().st_mtime < cutoff:
                            full.unlink()
                            removed += 1
        return removed

    # -- internals ---------------------------------------------------------------------------

    def _path(self, key: str) -> Path:
        return self.root.joinpath(*validate_key(key).split("/"))

    def _open_temp(self, path: Path) -> tuple[int, Path, list[Path]]:
        created: list[Path] = []
        for attempt in range(_OPEN_ATTEMPTS):
            created += self._make_dirs(path.parent)
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}{_PART_SUFFIX}")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            except FileNotFoundError:
                # A concurrent delete pruned the (then empty) directory: make it again.
                if attempt == _OPEN_ATTEMPTS - 1:
                    raise
                continue
            return fd, tmp, created
        raise AssertionError("unreachable")

    def _make_dirs(self, directory: Path) -> list[Path]:
        """Create directory and missing parents under root; return those made, deepest first."""
        missing: list[Path] = []
        current = directory
        while current != self.root and not current.is_dir():
            missing.append(current)
            current = current.parent
        made: list[Path] = []
        for path in reversed(missing):
            try:
                os.mkdir(path, 0o700)
            except FileExistsError:
                continue
            made.append(path)
        return list(reversed(made))

    def _prune(self, directory: Path) -> None:
        """Remove empty directories from directory up towards (not including) root."""
        _remove_empty(_parents_below(directory, self.root))

    def _open_read(self, key: str) -> int:
        try:
            return os.open(self._path(key), os.O_RDONLY | os.O_CLOEXEC)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise BlobNotFound("no such blob", key=key) from None

    def _iter(self, key: str, start: int, end: int) -> Iterator[bytes]:
        # One descriptor for the whole range: a concurrent replace cannot mix two versions.
        fd = self._open_read(key)
        try:
            offset = start
            while offset < end:
                data = _pread_full(fd, offset, min(self._read_chunk, end - offset))
                if not data:
                    return
                offset += len(data)
                yield data
        finally:
            os.close(fd)


def _remove_empty(directories: list[Path]) -> None:
    """rmdir each directory, deepest first, stopping at the first that is not empty."""
    for path in directories:
        try:
            os.rmdir(path)
        except OSError:
            return  # not empty (or gone): its parents are not empty either


def _parents_below(directory: Path, root: Path) -> list[Path]:
    out: list[Path] = []
    current = directory
    while current != root and root in current.parents:
        out.append(current)
        current = current.parent
    return out


def _pread_full(fd: int, offset: int, n: int) -> bytes:
    first = os.pread(fd, n, offset)
    if len(first) == n or not first:
        return first
    parts = [first]
    got = len(first)
    while got < n:
        more = os.pread(fd, n - got, offset + got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
