"""The FastAPI application factory: routers, error mapping, middleware, in one place."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import Depends, FastAPI
from limits.storage import RedisStorage, Storage

from callvault import __version__
from callvault.comms.live.assist import LiveAssist
from callvault.comms.live.recording import LiveRecorder
from callvault.comms.live.service import LivePolicy
from callvault.comms.live.signaling import LiveCalls
from callvault.comms.live.voicemail import VoicemailDesk, VoicemailLimits
from callvault.core.settings import Settings
from callvault.media.listeners import CallListener
from callvault.web import errors, openapi_doc, spa
from callvault.web.live_media import LiveMedia
from callvault.web.live_transcript import live_transcriber
from callvault.web.middleware import BodyLimit, RateLimit, SecurityHeaders
from callvault.web.routers import alerts as alerts_router
from callvault.web.routers import analytics as analytics_router
from callvault.web.routers import assist_cards as assist_cards_router
from callvault.web.routers import (
    audit,
    auth,
    browser,
    groups,
    health,
    keys,
    mfa,
    sessions,
    sso,
    sso_saml,
    workspace,
)
from callvault.web.routers import calls as calls_router
from callvault.web.routers import chat as chat_router
from callvault.web.routers import consent as consent_router
from callvault.web.routers import contacts as contacts_router
from callvault.web.routers import intelligence as intelligence_router
from callvault.web.routers import invitations as invitations_router
from callvault.web.routers import jobs as jobs_router
from callvault.web.routers import lifecycle as lifecycle_router
from callvault.web.routers import live_ice as live_ice_router
from callvault.web.routers import recording_policy as recording_policy_router
from callvault.web.routers import recordings as recordings_router
from callvault.web.routers import retention as retention_router
from callvault.web.routers import review as review_router
from callvault.web.routers import voicemail as voicemail_router
from callvault.web.serving import ServingProcess
from callvault.web.shared_rate_storage import SharedMemoryStorage
from callvault.web.strict_input import strict_input
from callvault.web.ws import SocketPolicy
from callvault.web.ws import router as ws_router
from callvault.wiring import Container

API_PREFIX = "/api/v1"
# Client addresses one process serving alone keeps rate counters for (0.5 MiB).
PRIVATE_RATE_SLOTS = 1 << 14
RATE_STORE_TIMEOUT_SECONDS = 2.0

# Routes that stream large bodies (regular expressions over the full path); they get
# settings.max_upload_bytes instead of the JSON body limit.
UPLOAD_PATHS: tuple[str, ...] = (
    *recordings_router.UPLOAD_PATHS,
    *voicemail_router.UPLOAD_PATHS,
    *chat_router.UPLOAD_PATHS,
)


def create_app(container: Container, *, serving: ServingProcess | None = None) -> FastAPI:
    """serving: which of several web processes this app runs in (ADR 0016); None for the
    only one."""
    serving = serving or ServingProcess()
    threads = container.settings.web_threads
    media = LiveMedia(container, serving.media_socket)
    # Assist cards and live sentiment from final transcript segments (ADR 0029).
    assist = LiveAssist(db=container.db, keyring=container.keyring, bus=container.bus)
    transcriber = live_transcriber(container, assist=assist)
    live = live_calls(container, media, listeners=(transcriber,) if transcriber else ())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Blocking work runs in as many threads as the database pool has connections
        # (settings.web_threads), not anyio's default 40 that each switch the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        # Every web process sweeps live calls' ring deadlines and dead devices (ADR 0023).
        await media.start()
        live.start_sweeps()
        try:
            yield
        finally:
            await live.stop_sweeps()
            if transcriber is not None:
                await transcriber.close()
            await media.close()

    app = FastAPI(
        lifespan=lifespan,
        title="callvault",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # the Swagger UI loads scripts from a CDN; the schema is served instead
        redoc_url=None,
    )
    app.state.container = container
    app.state.serving = serving
    # WebSocket auth timeout and session re-checks (tests may replace it with shorter ones)
    app.state.socket_policy = SocketPolicy.from_settings(container.settings)
    # Live-call signaling on the WebSocket (ADR 0023).
    app.state.live = live
    # Assist cards and live sentiment (ADR 0029): the live transcript feeds it (tests too).
    app.state.assist = assist
    include_api(app)
    spa.install(app, api_prefix=API_PREFIX)  # last: its fallback answers any other GET
    errors.install(app)
    openapi_doc.install(app)
    settings = container.settings
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.max_body_bytes,
        upload_paths=UPLOAD_PATHS,
        max_upload_bytes=settings.max_upload_bytes,
    )
    app.add_middleware(
        RateLimit, limit=settings.rate_limit, storage=_rate_storage(settings, serving)
    )
    app.add_middleware(SecurityHeaders)
    return app


API_ROUTERS = (
    auth.router,
    mfa.router,
    browser.router,
    sso.router,
    sso_saml.router,
    workspace.router,
    invitations_router.router,
    groups.router,
    sessions.router,
    audit.router,
    alerts_router.router,
    keys.router,
    calls_router.router,
    contacts_router.router,
    recordings_router.router,
    voicemail_router.router,
    chat_router.router,
    intelligence_router.router,
    assist_cards_router.router,
    consent_router.router,
    review_router.router,
    lifecycle_router.router,
    retention_router.router,
    jobs_router.router,
    analytics_router.router,
    recording_policy_router.router,
    live_ice_router.router,
)


def include_api(app: FastAPI) -> None:
    """Every API route (the schema export builds its document from these alone)."""
    # Every HTTP route refuses query parameters it does not declare, and NUL characters
    # (the WebSocket route takes no query parameters).
    strict_query = [Depends(strict_input)]
    app.include_router(health.router, dependencies=strict_query)
    for router in API_ROUTERS:
        app.include_router(router, prefix=API_PREFIX, dependencies=strict_query)
    app.include_router(ws_router, prefix=API_PREFIX)


def live_calls(
    container: Container, media: LiveMedia, *, listeners: tuple[CallListener, ...] = ()
) -> LiveCalls:
    settings = container.settings
    return LiveCalls(
        db=container.db,
        keyring=container.keyring,
        audit=container.audit,
        bus=container.bus,
        policy=LivePolicy(
            ring_seconds=settings.live_ring_seconds,
            invites_per_minute=settings.live_invites_per_minute,
            stale_seconds=max(90.0, 3 * settings.ws_check_interval_seconds),
            voicemail=settings.live_voicemail,
        ),
        engine_factory=media.factory,
        recorder=LiveRecorder(
            db=container.db,
            keyring=container.keyring,
            blobs=container.blobs,
            audit=container.audit,
            hooks=container.recording_hooks,
        ),
        voicemail=VoicemailDesk(
            db=container.db,
            keyring=container.keyring,
            blobs=container.blobs,
            audit=container.audit,
            hooks=container.voicemail_hooks,
            limits=VoicemailLimits(
                max_seconds=settings.live_voicemail_max_seconds,
                silence_seconds=settings.live_voicemail_silence_seconds,
            ),
        ),
        listeners=listeners,
    )


def _rate_storage(settings: Settings, serving: ServingProcess) -> Storage:
    # Cluster mode: every process of every node counts in Redis (ADR 0021), with `limits`'
    # own storage, which implements the sliding window counter RateLimit acquires.
    if settings.redis_url is not None:
        # Bounded like the epoch store's reads: the count runs on the event loop.
        return RedisStorage(
            settings.redis_url,
            key_prefix=f"{settings.redis_prefix}limits",
            socket_timeout=RATE_STORE_TIMEOUT_SECONDS,
            socket_connect_timeout=RATE_STORE_TIMEOUT_SECONDS,
        )
    # One of several processes: the counters they all share; else this process's own.
    if serving.rate_table is not None:
        return SharedMemoryStorage(serving.rate_table)
    return SharedMemoryStorage(None, slots=PRIVATE_RATE_SLOTS)
