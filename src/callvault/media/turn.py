"""Time-limited TURN credentials (ADR 0022): the "TURN REST API" scheme coturn checks with
`use-auth-secret`. Nothing is stored: the username says until when it is valid and whose it
is, and the credential is an HMAC of the username under the secret shared with coturn, so
coturn verifies it on its own and an expired or altered username is refused.

    username   = "<unix expiry>:<user>"
    credential = base64(HMAC-SHA1(secret, username))"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

DEFAULT_TTL_SECONDS = 6 * 3600  # a long call still has a valid allocation to refresh


@dataclass(frozen=True, slots=True)
class TurnCredential:
    username: str
    credential: str
    expires_at: int  # unix seconds

    def __repr__(self) -> str:  # never print the credential
        return f"TurnCredential(username={self.username!r}, expires_at={self.expires_at})"


def turn_credential(
    secret: str, user: str, *, ttl_seconds: int = DEFAULT_TTL_SECONDS, now: float | None = None
) -> TurnCredential:
    if not secret:
        raise ValueError("the TURN secret is empty")
    if not user or ":" in user:
        raise ValueError("a TURN user is a non-empty name without ':'")
    if ttl_seconds <= 0:
        raise ValueError("a TURN credential needs a positive lifetime")
    expires = int(time.time() if now is None else now) + ttl_seconds
    username = f"{expires}:{user}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return TurnCredential(username, base64.b64encode(digest).decode(), expires)
