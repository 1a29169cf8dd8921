"""One place that maps every error to a JSON body with a stable code."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from callvault.audit.use_cases import record_denial
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError, PermissionDenied, Throttled, Unauthenticated
from callvault.web.middleware import SECURITY_HEADERS

log = logging.getLogger("callvault.web")
_SECURITY_HEADERS = {name.decode(): value.decode() for name, value in SECURITY_HEADERS}

_HTTP_CODES = {
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
}


REALM = "callvault"


def www_authenticate(request: Request) -> str:
    """The challenge every 401 carries (RFC 7235 §3.1), in RFC 6750's form: the error code
    only when a bearer token was sent (a request without one just learns the scheme)."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    sent = scheme.lower() == "bearer" and bool(token.strip())
    return f'Bearer realm="{REALM}"' + (', error="invalid_token"' if sent else "")


def error_body(code: str, message: str, **fields: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **fields}}


def route_template(request: Request) -> str | None:
    """The matched route's template with its router prefix ("/api/v1/users/{user_id}"),
    never the request's own path: that holds ids, and the query string is not looked at."""
    route = request.scope.get("route")
    template, regex = getattr(route, "path", None), getattr(route, "path_regex", None)
    if template is None or regex is None:
        return None
    # Included routers keep their own paths: the prefix is what precedes the part of the
    # path that the route matched.
    path = request.scope.get("path", "")
    for i, char in enumerate(path):
        if char == "/" and regex.match(path[i:]):
            return str(path[:i] + template)
    return str(template)


def _audit_denial(request: Request, exc: PermissionDenied) -> None:
    """Record a denied request (anomaly detection needs repeated denials); a failure to
    record is logged and never changes the 403."""
    actor = getattr(request.state, "actor", None)
    if not isinstance(actor, Actor):
        return
    route = route_template(request)
    permission = exc.fields.get("permission")
    try:
        record_denial(
            request.app.state.container.db,
            audit=request.app.state.container.audit,
            actor=actor,
            method=request.method,
            route=route,
            permission=permission if isinstance(permission, str) else None,
            code=exc.code,
        )
    except Exception as failure:
        log.warning("could not audit a denied request: %s", type(failure).__name__)


def install(app: FastAPI) -> None:
    @app.exception_handler(CallvaultError)
    async def domain_error(request: Request, exc: CallvaultError) -> JSONResponse:
        if isinstance(exc, PermissionDenied) and exc.audit_denial:
            await run_in_threadpool(_audit_denial, request, exc)
        headers: dict[str, str] = {}
        if isinstance(exc, Throttled):
            headers["Retry-After"] = str(exc.retry_after)
        if isinstance(exc, Unauthenticated):
            headers["WWW-Authenticate"] = www_authenticate(request)
        if exc.status >= 500:
            log.error("integrity failure: %s (%s)", exc.code, exc.message)
        return JSONResponse(
            error_body(exc.code, exc.message, **exc.fields), exc.status, headers or None
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return JSONResponse(error_body("malformed_json", "The body is not valid JSON."), 400)
        # Never echo the submitted values back: they may be passwords or tokens.
        fields = [
            {"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type"), "msg": e.get("msg")}
            for e in errors
        ]
        return JSONResponse(
            error_body("validation_error", "The request is not valid.", errors=fields), 422
        )

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return JSONResponse(
            error_body(code, str(exc.detail)), exc.status_code, getattr(exc, "headers", None)
        )

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error: %s", type(exc).__name__)
        # Answered by Starlette's outermost middleware, outside SecurityHeaders: the 500
        # carries the same headers as every other response (an outside probe found none).
        return JSONResponse(
            error_body("internal_error", "Something went wrong."), 500, _SECURITY_HEADERS
        )
