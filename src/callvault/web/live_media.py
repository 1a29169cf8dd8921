"""Which media engine a web process's live calls use (ADR 0022, 0023): the container's own
(tests put an engine there), else a client of the media process that `callvault serve`
started (or the one `callvault media` runs apart), else none — invites are then refused with
`media_unavailable`. The client keeps its link to the media process for the app's lifetime."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from callvault.media.client import MediaClient
from callvault.media.port import LegEvents, MediaEngine
from callvault.wiring import Container


class LiveMedia:
    def __init__(self, container: Container, media_socket: Path | None) -> None:
        self._own = container.live_media
        self._socket = media_socket or container.settings.media_socket
        self._clients: list[MediaClient] = []

    @property
    def factory(self) -> Callable[[LegEvents], MediaEngine] | None:
        if self._own is not None:
            return self._own
        if self._socket is None:
            return None
        return self._client

    def _client(self, events: LegEvents) -> MediaEngine:
        assert self._socket is not None  # factory hands this out only with a socket
        client = MediaClient(self._socket, events)
        self._clients.append(client)
        return client

    async def start(self) -> None:
        """Begin linking (in the background: a media process still starting is no error)."""
        for client in self._clients:
            await client.start()

    async def close(self) -> None:
        for client in self._clients:
            await client.close()
