"""Looking at the blob directory while the server may be deleting from it."""

from __future__ import annotations

import os
from pathlib import Path


def blob_files(root: Path) -> list[Path]:
    """Every file under root. os.walk skips directories removed mid-walk, where rglob
    raises FileNotFoundError (the server deletes emptied directories as it goes)."""
    return [Path(d) / name for d, _dirs, files in os.walk(root) for name in files]
