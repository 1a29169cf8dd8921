"""Password hashing (Argon2id, OWASP parameters) and NIST 800-63B password rules."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from callvault.core.errors import InvalidInput

MIN_LENGTH = 8
MAX_LENGTH = 128  # NIST: allow at least 64; a cap keeps hashing cost bounded

# OWASP Password Storage Cheat Sheet minimum for Argon2id: m=19 MiB, t=2, p=1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1, hash_len=32, salt_len=16)

# Verifying against this keeps sign-in for unknown accounts as slow as for known ones, so
# response time does not reveal which emails exist.
_DUMMY_HASH = _HASHER.hash("callvault-timing-equaliser")


class WeakPassword(InvalidInput):
    code = "weak_password"


def normalise(password: str) -> str:
    # NIST 800-63B 5.1.1.2: apply NFKC so the same password typed on different keyboards
    # hashes the same.
    return unicodedata.normalize("NFKC", password)


@cache
def _common_passwords() -> frozenset[str]:
    text = (resources.files("callvault.identity") / "data" / "common-passwords.txt").read_text()
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def check_policy(password: str, *, context_words: tuple[str, ...] = ()) -> None:
    """Raise WeakPassword unless the password meets NIST 800-63B (no composition rules)."""
    pw = normalise(password)
    if len(pw) < MIN_LENGTH:
        raise WeakPassword(f"Password must be at least {MIN_LENGTH} characters.", reason="short")
    if len(pw) > MAX_LENGTH:
        raise WeakPassword(f"Password must be at most {MAX_LENGTH} characters.", reason="long")
    lowered = pw.lower()
    if lowered in _common_passwords():
        raise WeakPassword("This password is too common; choose another.", reason="common")
    if len(set(lowered)) <= 2:
        raise WeakPassword("Password is a repeated character pattern.", reason="repetitive")
    for word in context_words:
        word = word.lower().strip()
        if len(word) >= 4 and word in lowered and len(lowered) - len(word) <= 4:
            raise WeakPassword("Password is too close to your account details.", reason="context")


def hash_password(password: str) -> str:
    return _HASHER.hash(normalise(password))


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Constant-work verification; a missing hash still costs one Argon2 verification."""
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, normalise(password)) and bool(stored_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)
