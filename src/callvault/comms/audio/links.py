"""Short-lived signed playback links: a browser `<audio src>` cannot send an Authorization
header, so an authorised user asks for a link that names one object and expires in minutes.

A link is ``<payload>.<mac>``: the payload (base64url JSON) says which workspace, object kind
and id, who asked (the user, and the device session or API token they asked through) and
until when; the mac is HMAC-SHA256 under a system key held in the
keyring (never in the link, never in the database in clear). Links are bearer secrets: the
access log filter in web/ redacts them.

A link is not a snapshot of a permission: when it is used, `holder` rebuilds the asker as
they are now (still active, session or token not revoked, current role, scopes and teams)
and the serving domain checks its visibility rules again, so disabling a user or taking a
supervisor off a team ends their links at once, not when they expire."""

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

from callvault.audit.service import AuditLog
from callvault.comms.audio.errors import InvalidPlaybackLink
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.crypto.keyring import Keyring
from callvault.identity import repository as identity_repo

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
    session_id: str | None = None
    token_id: str | None = None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, payload: str) -> str:
    return _b64(hmac.new(key, b"playback-link|" + payload.encode(), hashlib.sha256).digest())


def issue(
    session: Session,
    keyring: Keyring,
    audit: AuditLog,
    *,
    actor: Actor,
    kind: str,
    object_type: str,
    object_id: str,
    path: str,
) -> tuple[str, datetime]:
    """Mint a link for one object and audit that it was handed out; returns (url, expiry)."""
    token, expires = mint(session, keyring, actor=actor, kind=kind, object_id=object_id)
    audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action=f"{object_type}.playback_link",
        object_type=object_type,
        object_id=object_id,
    )
    return path + token, expires


def mint(
    session: Session, keyring: Keyring, *, actor: Actor, kind: str, object_id: str
) -> tuple[str, datetime]:
    """A link token for one object and its expiry (session must be a write session)."""
    # Whole seconds, rounded up: a link never lives shorter than the TTL.
    expires_s = math.ceil((utcnow() + LINK_TTL).timestamp())
    body: dict[str, object] = {
        "w": actor.workspace_id,
        "k": kind,
        "o": object_id,
        "t": actor.actor_type,
        "a": actor.actor_id,
        "e": expires_s,
    }
    if actor.session_id is not None:
        body["s"] = actor.session_id
    if actor.token_id is not None:
        body["tk"] = actor.token_id
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
    # A real token is base64url and a dot: anything else is refused before compare_digest,
    # which raises TypeError (a 500) on a str with non-ASCII characters.
    if not dot or len(token) > MAX_LINK_LENGTH or not token.isascii():
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
            session_id=str(body["s"]) if "s" in body else None,
            token_id=str(body["tk"]) if "tk" in body else None,
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise invalid from exc
    if grant.kind not in kinds or grant.expires_at <= utcnow():
        raise invalid
    return grant


def holder(session: Session, grant: PlaybackGrant) -> Actor | None:
    """The user who asked for the link, as they are now; None if they may no longer act
    (disabled, workspace suspended, their session signed out or token revoked)."""
    if grant.actor_type not in ("user", "api_token"):
        return None
    now = utcnow()
    ws = identity_repo.workspace(session, grant.workspace_id)
    user = identity_repo.user(session, grant.workspace_id, grant.actor_id)
    if ws is None or ws.status != "active" or user is None or user.status != "active":
        return None
    scopes: frozenset[str] | None = None
    if grant.session_id is not None:
        device = identity_repo.device_session(session, grant.workspace_id, grant.session_id)
        if (
            device is None
            or device.user_id != user.id
            or device.revoked_at is not None
            or device.expires_at <= now
        ):
            return None
    if grant.token_id is not None:
        token = identity_repo.api_token(session, grant.workspace_id, grant.token_id)
        if (
            token is None
            or token.user_id != user.id
            or token.revoked_at is not None
            or (token.expires_at is not None and token.expires_at <= now)
        ):
            return None
        scopes = frozenset(token.scopes)
    groups = identity_repo.memberships(session, grant.workspace_id, user.id)
    return Actor(
        workspace_id=grant.workspace_id,
        actor_type=grant.actor_type,
        actor_id=user.id,
        role=user.role,
        user_id=user.id,
        session_id=grant.session_id,
        token_id=grant.token_id,
        scopes=scopes,
        group_ids=frozenset(m.group_id for m in groups),
    )
