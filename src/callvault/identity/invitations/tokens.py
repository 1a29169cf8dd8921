"""Link tokens: `cvi_` + a 32-hex-digit selector + a 43-character verifier (256 bits).

The selector is looked up by index; the verifier is compared, hashed, in constant time, so
neither the database's index search nor the comparison tells a guesser how close they came.
A plain SHA-256 suffices for a 256-bit random secret (passwords are the ones needing Argon2).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

PREFIX = "cvi_"
_SELECTOR_HEX = 32
_TOKEN = re.compile(rf"^{PREFIX}([0-9a-f]{{{_SELECTOR_HEX}}})([A-Za-z0-9_-]{{43}})$")


@dataclass(frozen=True, slots=True)
class LinkToken:
    selector: str
    verifier: str

    @property
    def value(self) -> str:
        return f"{PREFIX}{self.selector}{self.verifier}"

    @property
    def verifier_hash(self) -> str:
        return hash_verifier(self.verifier)


def new_link_token() -> LinkToken:
    return LinkToken(secrets.token_hex(_SELECTOR_HEX // 2), secrets.token_urlsafe(32))


def parse(value: str) -> LinkToken | None:
    """The token's parts, or None for anything that is not one (any other text, non-ASCII
    included, is refused here, before it reaches a query or a comparison)."""
    match = _TOKEN.match(value)
    return LinkToken(match.group(1), match.group(2)) if match else None


def hash_verifier(verifier: str) -> str:
    return hashlib.sha256(verifier.encode()).hexdigest()


def verifier_matches(token: LinkToken, stored_hash: str) -> bool:
    return hmac.compare_digest(token.verifier_hash.encode(), stored_hash.encode())
