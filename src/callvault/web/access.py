"""Every route declares its access rule; the access-matrix test reads these declarations
from the app and fails when a route has none."""

from __future__ import annotations

from typing import Any

from callvault.core.permissions import Permission

ACCESS_KEY = "x-callvault-access"
PUBLIC = "public"
AUTHENTICATED = "authenticated"


def rule(permission: Permission) -> dict[str, Any]:
    """openapi_extra for a route guarded by one permission (checked in the service)."""
    return {ACCESS_KEY: permission.value}


def public() -> dict[str, Any]:
    return {ACCESS_KEY: PUBLIC}


def authenticated() -> dict[str, Any]:
    """Any signed-in user, whatever the role (e.g. reading your own profile)."""
    return {ACCESS_KEY: AUTHENTICATED}
