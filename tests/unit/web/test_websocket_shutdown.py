"""Server shutdown while a client's close handshake is under way (found by CI: uvicorn sent a
second close on a closing connection, raised InvalidState and aborted the shutdown)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import uvicorn
from uvicorn.server import ServerState
from websockets.client import ClientProtocol
from websockets.uri import parse_uri

from callvault.web.guarded_protocol import GuardedWebSocketProtocol


async def _echo_until_closed(scope: dict[str, Any], receive: Any, send: Any) -> None:
    assert scope["type"] == "websocket"
    await receive()  # websocket.connect
    await send({"type": "websocket.accept"})
    while (await receive())["type"] != "websocket.disconnect":
        pass


async def _shutdown_after_client_close() -> tuple[bool, dict[str, Any]]:
    loop = asyncio.get_running_loop()
    config = uvicorn.Config(_echo_until_closed, ws=GuardedWebSocketProtocol, log_level="error")
    config.load()
    server_sock, client_sock = socket.socketpair()
    protocol = GuardedWebSocketProtocol(config, ServerState(), {}, loop)
    await loop.connect_accepted_socket(lambda: protocol, server_sock)

    client = ClientProtocol(parse_uri("ws://127.0.0.1/ws"))
    client.send_request(client.connect())
    protocol.data_received(b"".join(client.data_to_send()))
    for _ in range(200):
        if protocol.handshake_complete:
            break
        await asyncio.sleep(0.01)
    assert protocol.handshake_complete
    client_sock.setblocking(False)
    client.receive_data(await loop.sock_recv(client_sock, 65536))  # the 101 response

    # The client's close frame arrives; before the transport reports the connection lost,
    # the server shuts down.
    client.send_close(1000)
    protocol.data_received(b"".join(client.data_to_send()))
    protocol.shutdown()
    closing = protocol.transport.is_closing()
    await asyncio.sleep(0.05)
    client_sock.close()
    return closing, await protocol.queue.get()


def test_shutdown_during_the_clients_close_handshake_closes_quietly() -> None:
    closing, first_event = asyncio.run(_shutdown_after_client_close())
    assert closing
    assert first_event["type"] == "websocket.disconnect"
