"""Recovery codes: ten random codes shown once when two-step sign-in is turned on (or the
codes are regenerated), each good for one sign-in. 16 base32 characters (80 bits) in four
groups, e.g. `k7qp-m2xa-9fde-hw4t`: far beyond guessing, so a SHA-256 hash is what is kept."""

from __future__ import annotations

import hashlib
import re
import secrets

COUNT = 10
_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l: read off paper
_GROUPS, _GROUP = 4, 4
_SHAPE = re.compile(rf"[{_ALPHABET}]{{{_GROUPS * _GROUP}}}")


def new_codes() -> list[str]:
    return [_new_code() for _ in range(COUNT)]


def _new_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP))
    return "-".join(raw[i : i + _GROUP] for i in range(0, len(raw), _GROUP))


def normalise(code: str) -> str | None:
    """Lower case without separators; None when it cannot be a recovery code. ASCII only,
    checked before lower-casing: `str.lower` maps some other characters onto ASCII letters
    (the Kelvin sign `K` becomes `k`), and `\\s` alone would take Unicode spaces."""
    if not code.isascii():
        return None
    raw = re.sub(r"[\s-]", "", code, flags=re.ASCII).lower()
    return raw if _SHAPE.fullmatch(raw) else None


def code_hash(code: str) -> str:
    raw = normalise(code)
    assert raw is not None, "hash only codes that passed normalise()"
    return hashlib.sha256(raw.encode()).hexdigest()
