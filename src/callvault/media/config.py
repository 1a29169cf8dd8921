"""The ICE servers from the settings: STUN URLs as they are, TURN URLs with credentials —
time-limited ones made from `media_turn_secret` when it is set (coturn's use-auth-secret,
media/turn.py), else the fixed username/credential. Empty unless configured (no public STUN
server by default). The engine asks for its own on every leg (they expire); each device gets
its own through the API (web/routers/live_ice.py)."""

from __future__ import annotations

from callvault.core.settings import Settings
from callvault.media.port import IceServer
from callvault.media.turn import turn_credential

ENGINE_TURN_USER = "callvault-media"


def ice_servers(settings: Settings, *, user: str = ENGINE_TURN_USER) -> tuple[IceServer, ...]:
    stun = tuple(u for u in settings.media_ice_servers if u.startswith(("stun:", "stuns:")))
    turn = tuple(u for u in settings.media_ice_servers if u.startswith(("turn:", "turns:")))
    unknown = set(settings.media_ice_servers) - set(stun) - set(turn)
    if unknown:
        raise ValueError(
            f"ICE server URLs must start with stun:, stuns:, turn: or turns: {unknown}"
        )
    servers = [IceServer(urls=stun)] if stun else []
    if turn and settings.media_turn_secret is not None:
        made = turn_credential(
            settings.media_turn_secret.get_secret_value(),
            user,
            ttl_seconds=settings.media_turn_ttl_seconds,
        )
        servers.append(IceServer(urls=turn, username=made.username, credential=made.credential))
    elif turn:
        credential = settings.media_turn_credential
        servers.append(
            IceServer(
                urls=turn,
                username=settings.media_turn_username,
                credential=credential.get_secret_value() if credential is not None else None,
            )
        )
    return tuple(servers)
