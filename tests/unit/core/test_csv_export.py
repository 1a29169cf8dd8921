"""CSV cells that a spreadsheet would run as formulas are defused."""

from __future__ import annotations

import csv
import io

from callvault.core.csv_export import CsvLines, safe_cell


def test_formula_cells_are_defused() -> None:
    for text in ("=1+1", "+14155550100", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("plain") == "plain"
    assert safe_cell(None) == ""
    assert safe_cell(True) == "true"
    assert safe_cell({"a": 1}) == '{"a": 1}'


def test_lines_are_whole_csv_rows() -> None:
    lines = CsvLines()
    text = lines.row(["a", 'quote "x"', "multi\nline"]) + lines.row(["=b", 2, None])
    assert list(csv.reader(io.StringIO(text))) == [
        ["a", 'quote "x"', "multi\nline"],
        ["'=b", "2", ""],
    ]
