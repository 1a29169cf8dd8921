"""CSV for exports that people open in spreadsheets: one line at a time (to stream), with
every cell defused against formula injection."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell's text; one that a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, dict | list):
        text = json.dumps(value)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = "" if value is None else str(value)
    return "'" + text if text[:1] in _FORMULA_STARTS else text


class CsvLines:
    """Renders rows to CSV text one at a time, for a streamed response."""

    def __init__(self) -> None:
        self._buf = io.StringIO()
        self._writer = csv.writer(self._buf)

    def row(self, values: Iterable[object]) -> str:
        self._writer.writerow([safe_cell(v) for v in values])
        text = self._buf.getvalue()
        self._buf.seek(0)
        self._buf.truncate()
        return text
