"""The ICE servers a device uses for a live call (ADR 0022): the configured STUN servers and,
when TURN is configured, the TURN servers with credentials of this user's own — time-limited
ones (coturn's use-auth-secret, media/turn.py) when a TURN secret is set. A browser that can
only reach callvault through a relay (iceTransportPolicy "relay") needs them before it offers."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field

from callvault.core.errors import PermissionDenied
from callvault.core.permissions import Permission, require
from callvault.media.config import ice_servers
from callvault.web.access import rule
from callvault.web.deps import ActorDep, ContainerDep

router = APIRouter(tags=["live calls"])


class IceServerOut(BaseModel):
    urls: list[str] = Field(description="stun:, stuns:, turn: or turns: URLs")
    username: str | None = Field(default=None, description="TURN only")
    credential: str | None = Field(default=None, description="TURN only; a secret")


class IceServersOut(BaseModel):
    """For RTCPeerConnection's `iceServers`; empty when none is configured (host candidates
    only). Ask again before `expires_at` for a call that starts later."""

    ice_servers: list[IceServerOut]
    expires_at: datetime | None = Field(
        default=None, description="when the TURN credentials stop working (time-limited ones)"
    )


@router.get("/live/ice-servers", openapi_extra=rule(Permission.CALLS_LIVE))
def live_ice_servers(a: ActorDep, c: ContainerDep) -> IceServersOut:
    require(a.role, a.scopes, Permission.CALLS_LIVE)
    if a.user_id is None:
        raise PermissionDenied(
            "Live calls are placed by a user.", permission=Permission.CALLS_LIVE.value
        )
    settings = c.settings
    servers = ice_servers(settings, user=a.user_id)
    expires = None
    if settings.media_turn_secret is not None and any(s.username for s in servers):
        # The username is "<expiry>:<user>": the expiry the credential was made with.
        made = next(s.username for s in servers if s.username)
        expires = datetime.fromtimestamp(int(made.split(":", 1)[0]), UTC)
    return IceServersOut(
        ice_servers=[
            IceServerOut(urls=list(s.urls), username=s.username, credential=s.credential)
            for s in servers
        ],
        expires_at=expires,
    )
