"""Short-lived signed playback links: a browser `<audio src>` cannot send an Authorization
header, so an authorised user asks for a link that names one object and expires in minutes.

A link is ``<payload>.<mac>``: the payload (base64url JSON) says which workspace, object kind
and id, who asked and until when; the mac is HMAC-SHA256 under a system key held in the
keyring (never in the link, never in the database in clear). Links are bearer secrets: the
access log filter in web/ redacts them."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from callvault.comms.audio.errors import InvalidPlaybackLink
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.crypto.keyring import Keyring

LINK_KEY_NAME = "playback_links"
LINK_TTL = timedelta(minutes=5)
MAX_LINK_LENGTH = 1024


@dataclass(frozen=True, slots=True)
class PlaybackGrant:
    """What a valid link allows: reading one object's audio, as the actor who asked."""

    workspace_id: str
    kind: str
    object_id: str
    actor_type: str
    actor_id: str
    expires_at: datetime

    def actor(self) -> Actor:
        """The actor the read is audited as (the user who asked for the link)."""
        return Actor(
            workspace_id=self.workspace_id,
            actor_type=self.actor_type,
            actor_id=self.actor_id,
            role="playback",
        )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, payload: str) -> str:
    return _b64(hmac.new(key, b"playback-link|" + payload.encode(), hashlib.sha256).digest())


def mint(
    session: Session, keyring: Keyring, *, actor: Actor, kind: str, object_id: str
) -> tuple[str, datetime]:
    """A link token for one object and its expiry (session must be a write session)."""
    # Whole seconds, rounded up: a link never lives shorter than the TTL.
    expires_s = math.ceil((utcnow() + LINK_TTL).timestamp())
    body = {
        "w": actor.workspace_id,
        "k": kind,
        "o": object_id,
        "t": actor.actor_type,
        "a": actor.actor_id,
        "e": expires_s,
    }
    payload = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
    key = keyring.system_key(session, LINK_KEY_NAME)
    return f"{payload}.{_mac(key, payload)}", datetime.fromtimestamp(expires_s, tz=UTC)


def verify(
    session: Session, keyring: Keyring, token: str, *, kinds: Collection[str]
) -> PlaybackGrant:
    """The grant a token carries; InvalidPlaybackLink if forged, expired or of another kind
    than those the caller serves."""
    invalid = InvalidPlaybackLink("The playback link is not valid or has expired.")
    payload, dot, mac = token.partition(".")
    if not dot or len(token) > MAX_LINK_LENGTH:
        raise invalid
    key = keyring.system_key(session, LINK_KEY_NAME)
    if not hmac.compare_digest(_mac(key, payload), mac):
        raise invalid
    try:
        body = json.loads(_unb64(payload))
        grant = PlaybackGrant(
            workspace_id=str(body["w"]),
            kind=str(body["k"]),
            object_id=str(body["o"]),
            actor_type=str(body["t"]),
            actor_id=str(body["a"]),
            expires_at=datetime.fromtimestamp(int(body["e"]), tz=UTC),
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise invalid from exc
    if grant.kind not in kinds or grant.expires_at <= utcnow():
        raise invalid
    return grant
