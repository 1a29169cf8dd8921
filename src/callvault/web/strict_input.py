"""The input checks every HTTP route runs before its own (app.py adds this one dependency when
including each router): unknown query parameters (query_params.py) and NUL characters
(nul_input.py). One dependency instead of two: FastAPI's cost per dependency is paid on every
request, and most requests (no query, no body) need neither check."""

from __future__ import annotations

from fastapi import Request
from fastapi.routing import APIRoute

from callvault.web.nul_input import reject_nul_characters
from callvault.web.query_params import reject_unknown_query


async def strict_input(request: Request) -> None:  # no I/O: no thread hand-off
    route = request.scope.get("route")
    takes_json = isinstance(route, APIRoute) and route.body_field is not None
    if not request.scope.get("query_string") and not takes_json:
        return
    await reject_unknown_query(request)
    await reject_nul_characters(request)
