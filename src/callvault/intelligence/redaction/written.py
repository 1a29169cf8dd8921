"""Forms that only exist in writing: e-mail addresses with "@" and numeric dates. Quantifiers
are bounded so that a 200k-character line without spaces stays linear."""

from __future__ import annotations

import re

from callvault.intelligence.redaction.entities import EntityType, PiiSpan

_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])"
)
# 03/14/1985, 3-14-85, 14.03.1985, 1985-03-14.
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d/-])"
)


def emails(text: str) -> list[PiiSpan]:
    return [PiiSpan(EntityType.EMAIL, m.start(), m.end()) for m in _EMAIL.finditer(text)]


def numeric_dates(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Numeric dates inside text[lo:hi] whose day and month are plausible."""
    out: list[tuple[int, int]] = []
    for m in NUMERIC_DATE.finditer(text, lo, hi):
        parts = [int(p) for p in re.split(r"[/.-]", m.group())]
        a, b = (parts[1], parts[2]) if parts[0] > 31 else (parts[0], parts[1])
        if 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12:
            out.append((m.start(), m.end()))
    return out
