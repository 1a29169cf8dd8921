"""NUL characters are refused in query values and JSON bodies (422) on every route: PostgreSQL
cannot store them in a text column, so one reaching a plain column (a slug, a group name, an
audit filter) failed the whole request as a 500, and SQLite would have stored what PostgreSQL
refuses. One check at the edge keeps both backends alike."""

from __future__ import annotations

import re

from fastapi import Request
from fastapi.routing import APIRoute

from callvault.core.errors import InvalidInput

# The JSON escape \u0000 not itself escaped (an even run of backslashes before it).
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class NulCharacter(InvalidInput):
    code = "nul_character"


async def reject_nul_characters(request: Request) -> None:
    """A dependency for every HTTP route (app.py adds it when including each router)."""
    named = sorted(
        {key[:64] for key, value in request.query_params.multi_items() if "\x00" in value}
    )
    if any("\x00" in key for key in request.query_params):
        named.append("(a parameter name)")
    if named:
        raise NulCharacter("Text may not contain NUL characters.", parameters=named)
    route = request.scope.get("route")
    # Only routes that take a JSON body: FastAPI has read (and kept) it before dependencies
    # run. Streamed uploads are not read here, and their bytes are not text.
    takes_json = isinstance(route, APIRoute) and route.body_field is not None
    if takes_json and _JSON_NUL.search(await request.body()):
        raise NulCharacter("Text may not contain NUL characters.", field="body")
