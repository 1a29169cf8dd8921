"""The media process (ADR 0022): the media engine served to the web processes on a Unix
socket — the embedded one (aiortc), or with `media_engine = "janus"` the Janus adapter (ADR
0050), which carries no packets itself but holds every call's legs in one place, as the
embedded engine does. `callvault serve`'s supervisor starts one and restarts it if it dies;
`callvault media` runs one alone (CALLVAULT_MEDIA_SOCKET tells the web processes where).

It holds no database session and no container: only the workspace keys and blob store it
needs to seal recordings, resolved per recording."""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

from callvault.core.settings import Settings
from callvault.media.aiortc_engine import AiortcEngine, use_host_addresses
from callvault.media.config import ice_servers
from callvault.media.janus_engine import JanusEngine
from callvault.media.port import IceServer, LegEvents, MediaError, RecordingTarget
from callvault.media.server import MediaServer, ServedEngine
from callvault.storage.encrypted import BlobSealer
from callvault.wiring import media_storage

log = logging.getLogger("callvault.media")

# The blob kinds a call's audio may be written as (recordings; voicemail left in a call).
RECORDABLE_KINDS = frozenset({"recording", "voicemail", "voicemail-take"})


def serve_media(settings: Settings, path: Path) -> None:
    """Serve until SIGTERM or SIGINT; calls still running are closed on the way out."""
    if settings.media_host_addresses:
        use_host_addresses(settings.media_host_addresses)
    db, blobs, close_storage = media_storage(settings)
    ice_servers(settings)  # a configuration error stops the process now, not on a call

    def servers() -> tuple[IceServer, ...]:
        return ice_servers(settings)

    def sealer(target: RecordingTarget) -> BlobSealer:
        if target.kind not in RECORDABLE_KINDS:
            raise MediaError("bad_recording", "not a kind of blob a call is recorded into")
        with db.read() as session:
            return blobs.sealer(
                session,
                workspace_id=target.workspace_id,
                kind=target.kind,
                object_id=target.object_id,
            )

    def engine(events: LegEvents) -> ServedEngine:
        if settings.media_engine == "janus":
            assert settings.janus_url is not None  # the settings refuse janus without it
            secret = settings.janus_api_secret
            return JanusEngine(
                events,
                url=settings.janus_url,
                api_secret=secret.get_secret_value() if secret is not None else None,
                sealers=sealer,
                tap_host=settings.janus_tap_host,
            )
        return AiortcEngine(events, sealers=sealer, ice_servers=servers)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        server = MediaServer(path, engine)
        await server.start()
        log.info("media engine (%s) listening on %s", settings.media_engine, path)
        try:
            await stop.wait()
        finally:
            await server.stop()

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        asyncio.run(main())
    finally:
        close_storage()
    log.info("media engine stopped")
