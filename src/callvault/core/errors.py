"""Base errors with stable codes; one handler in web/ maps them to HTTP responses."""

from __future__ import annotations

from typing import Any, ClassVar


class CallvaultError(Exception):
    """A domain error with a stable machine-readable code and structured fields."""

    code: ClassVar[str] = "error"
    status: ClassVar[int] = 400

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields


class InvalidInput(CallvaultError):
    code = "invalid_input"
    status = 422


class Unauthenticated(CallvaultError):
    code = "unauthenticated"
    status = 401


class PermissionDenied(CallvaultError):
    code = "permission_denied"
    status = 403
    # The web layer audits each denial (`access.denied`); False where the service that
    # raises it already records the attempt with its own action.
    audit_denial: ClassVar[bool] = True


class NotFound(CallvaultError):
    """Also what another workspace's object answers: never 403 with data."""

    code = "not_found"
    status = 404


class Conflict(CallvaultError):
    code = "conflict"
    status = 409


class Throttled(CallvaultError):
    code = "throttled"
    status = 429

    def __init__(self, message: str, *, retry_after: int, **fields: Any) -> None:
        super().__init__(message, retry_after=retry_after, **fields)
        self.retry_after = retry_after


class IntegrityFailure(CallvaultError):
    """Stored data failed an integrity check (tampered ciphertext, broken audit chain)."""

    code = "integrity_failure"
    status = 500
