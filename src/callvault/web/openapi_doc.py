"""The OpenAPI document, made true to what the server does.

FastAPI describes the successful responses it sees in the routes. What it cannot see is added
here, derived from each operation's shape rather than written per route: the bearer scheme on
every operation that needs a token (its `x-callvault-access` rule says which), and the errors
that the shared machinery can return (401 and 403 from authentication and the permission
check, 404 for an id in the path, 400 and 413 for a body, 422 for bad input, 429 from the rate
limit), all with the one JSON error model. Errors that only a use case raises (a 409 conflict,
a 410, a 415) are declared on the route with `documented(SomeError, ...)`, from the domain
error classes themselves, so the codes listed are the ones the server sends.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from callvault.core.errors import CallvaultError
from callvault.web.access import (
    ACCESS_KEY,
    AUTHENTICATED,
    PUBLIC,
    open_before_mfa_enrolment,
    open_to_temporary_password,
    session_only,
)

BEARER = "bearer"
ERROR_CODES_KEY = "x-error-codes"  # on each error response: the codes it may carry
ERROR_CONTENT = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "description": "Every error the API answers, whatever its status.",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            # Structured fields (`field`, `errors`, `retry_after`, ...) vary with the code.
            "additionalProperties": True,
            "properties": {
                "code": {
                    "type": "string",
                    "description": "A stable, machine-readable code (e.g. `not_found`).",
                },
                "message": {"type": "string", "description": "What went wrong, for people."},
            },
        }
    },
}

# Paths the rate limit does not apply to (see middleware.RateLimit).
_UNLIMITED = frozenset({"/healthz", "/readyz"})

CURSOR = "The `next_cursor` of the previous page; leave out for the first page."

# What each id in a path names; every path parameter must be listed (a test checks that
# every parameter is described).
PATH_PARAMETERS = {
    "user_id": "The user's id.",
    "group_id": "The group's id.",
    "session_id": "The device session's id.",
    "token_id": "The API token's id.",
    "call_id": "The call's id.",
    "contact_id": "The contact's id.",
    "recording_id": "The recording's id.",
    "voicemail_id": "The voicemail message's id.",
    "mailbox_id": "The mailbox's id: the id of the user whose mailbox it is.",
    "conversation_id": "The chat conversation's id.",
    "message_id": "The chat message's id.",
    "attachment_id": "The chat attachment's id.",
    "term_id": "The dictionary term's id.",
    "moment_id": "The moment definition's id.",
    "run_id": "The id of a moment run (from `POST /intelligence/moments/apply`).",
    "snippet_id": "The review snippet's id (from `POST /review/next`).",
    "job_id": "The background job's id (from `GET /jobs`).",
    "alert_id": "The security alert's id (from `GET /audit/alerts`).",
    "token": "The signed token of a playback link (from a `.../playback` call).",
}


def documented(*errors: type[CallvaultError]) -> dict[int | str, dict[str, Any]]:
    """Responses for a route's `responses=`: the domain errors its use case can raise."""
    by_status: dict[int, list[str]] = {}
    for error in errors:
        by_status.setdefault(error.status, []).append(error.code)
    return {status: error_response(status, codes) for status, codes in by_status.items()}


def raw_body(*media_types: str, description: str) -> dict[str, Any]:
    """openapi_extra for a route that streams its body itself (an upload, an import file)."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        "requestBody": {
            "required": True,
            "description": description,
            "content": dict.fromkeys(media_types, binary),
        }
    }


def file_response(*media_types: str, description: str) -> dict[int | str, dict[str, Any]]:
    """responses= for a route that answers a file (an export, a download) instead of JSON."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {200: {"description": description, "content": dict.fromkeys(media_types, binary)}}


# Statuses whose use cases also send codes of their own kind (`call_not_found`,
# `invalid_phone_number`) besides the ones listed.
_OPEN_ENDED = frozenset({404, 422})


def error_response(status: int, codes: list[str] | tuple[str, ...]) -> dict[str, Any]:
    listed = ", ".join(f"`{code}`" for code in codes)
    more = " or a more specific code of the same kind" if status in _OPEN_ENDED else ""
    return {
        "description": f"{HTTPStatus(status).phrase}: {listed}{more}",
        "content": ERROR_CONTENT,
        ERROR_CODES_KEY: list(codes),
    }


def _generic_errors(path: str, op: dict[str, Any]) -> dict[int, tuple[str, ...]]:
    """The error statuses (and codes) the shared machinery gives an operation of this shape."""
    access = op.get(ACCESS_KEY)
    errors: dict[int, tuple[str, ...]] = {
        422: ("validation_error", "unknown_query_parameter", "nul_character", "invalid_input")
    }
    if "requestBody" in op:
        errors[400] = ("malformed_json", "bad_request")
        errors[413] = ("payload_too_large",)
    if access != PUBLIC:
        errors[401] = ("unauthenticated", "session_expired", "workspace_closing")
    if access not in (PUBLIC, AUTHENTICATED):
        errors[403] = ("permission_denied",)
    if access != PUBLIC and not open_to_temporary_password(op):
        errors[403] = (*errors.get(403, ()), "password_change_required")
    if access != PUBLIC and not open_before_mfa_enrolment(op):
        errors[403] = (*errors.get(403, ()), "mfa_enrolment_required")
    if access != PUBLIC and session_only(op):
        errors[403] = (*errors.get(403, ()), "session_required")
    if any(p.get("in") == "path" for p in op.get("parameters", ())):
        errors[404] = ("not_found",)
    if path not in _UNLIMITED:
        errors[429] = ("rate_limited",)
    return errors


def _complete(path: str, op: dict[str, Any]) -> None:
    responses: dict[str, Any] = op.setdefault("responses", {})
    # FastAPI's own 422 describes its `{"detail": ...}` body; ours is the shared error model.
    if "HTTPValidationError" in str(responses.get("422", "")):
        del responses["422"]
    for status, codes in sorted(_generic_errors(path, op).items()):
        declared = responses.get(str(status), {}).get(ERROR_CODES_KEY, [])
        merged = [*declared, *(code for code in codes if code not in declared)]
        responses[str(status)] = error_response(status, merged)
    op["responses"] = dict(sorted(responses.items()))
    if op.get(ACCESS_KEY) != PUBLIC:
        op["security"] = [{BEARER: []}]
    for param in op.get("parameters", ()):
        if param.get("in") == "path" and "description" not in param:
            described = PATH_PARAMETERS.get(param["name"])
            if described:
                param["description"] = described


def build(app: FastAPI) -> dict[str, Any]:
    spec = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    for path, item in spec.get("paths", {}).items():
        for op in item.values():
            _complete(path, op)
    components = spec.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Error"] = ERROR_SCHEMA
    components["securitySchemes"] = {
        BEARER: {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "A session token from `POST /auth/sign-in`, or an API token. The web app"
                " holds its session in an HttpOnly cookie instead (`POST"
                " /auth/browser/sign-in`), and then sends `X-Callvault-CSRF: 1` with every"
                " request that changes something (ADR 0018)."
            ),
        }
    }
    return spec


def install(app: FastAPI) -> None:
    """Serve the completed document (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override
