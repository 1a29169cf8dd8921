"""How KMS refs become transit key names, and back.

Transit names match ``\\w([\\w.-]*\\w)?``: no ``:``, which every workspace ref holds. A name is
``<prefix>.<kind>.<encoded ref>``: ``kind`` is ``k`` for the key itself and ``t`` for its
tombstone; the ref is encoded with ``_`` as an escape (``_`` + two hex digits) for ``:``, ``_``,
``.`` and a trailing ``-``, so the mapping is reversible and no two refs share a name. Neither
the prefix nor an encoded ref holds a ``.``, so two installations with different prefixes never
meet in one transit mount, whatever the prefixes (e.g. ``callvault`` and ``callvault-eu``).
"""

from __future__ import annotations

import re

from callvault.crypto.kms import validate_ref

PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,31}")
_ESCAPED = frozenset(":_.")
PURPOSES = frozenset({"anchor"})
_DECODE = re.compile(r"_([0-9a-f]{2})")


def validate_prefix(prefix: str) -> str:
    if not PREFIX.fullmatch(prefix):
        raise ValueError(
            f"invalid Vault key prefix {prefix!r}: letters, digits and '-', at most 32, "
            "starting with a letter or digit"
        )
    return prefix


def encode_ref(ref: str) -> str:
    validate_ref(ref)
    out = [f"_{ord(ch):02x}" if ch in _ESCAPED else ch for ch in ref]
    if out[-1] == "-":  # a name must end with a word character
        out[-1] = "_2d"
    return "".join(out)


def decode_ref(encoded: str) -> str:
    return _DECODE.sub(lambda m: chr(int(m.group(1), 16)), encoded)


def key_name(prefix: str, ref: str) -> str:
    """The transit key holding the ref's versions."""
    return f"{prefix}.k.{encode_ref(ref)}"


def purpose_key_name(prefix: str, purpose: str) -> str:
    """A key of the installation's own, not a ref's (``anchor``: the audit anchors' MAC key,
    ADR 0049). No ``.`` after the purpose, so it never meets a ref's key or tombstone."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown key purpose {purpose!r}")
    return f"{prefix}.{purpose}"


def tombstone_name(prefix: str, ref: str) -> str:
    """The marker key whose existence says the ref was destroyed (ADR 0047)."""
    return f"{prefix}.t.{encode_ref(ref)}"
