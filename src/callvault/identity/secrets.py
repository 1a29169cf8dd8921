"""Bearer secrets: random tokens shown once, stored as SHA-256 (they have 256 bits of entropy,
so a fast hash is enough; passwords are the ones that need Argon2)."""

from __future__ import annotations

import hashlib
import secrets

SESSION_PREFIX = "cvs_"
API_TOKEN_PREFIX = "cvt_"  # noqa: S105 (a prefix, not a secret)


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def looks_like_token(token: str) -> bool:
    return (
        token.startswith((SESSION_PREFIX, API_TOKEN_PREFIX))
        and 40 <= len(token) <= 64
        and all(c.isalnum() or c in "-_" for c in token)
    )
