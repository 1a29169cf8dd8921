"""What the access matrix needs to know about routes it cannot infer from the app:
how to make a target object for each path parameter, a valid body for each route that
takes one, and which routes apply horizontal (own vs. others') control.

A domain that adds routes adds its entries here; the matrix fails on a route it cannot
exercise (a path parameter without a factory, a body-taking route without a body)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from callvault.core.permissions import Permission
from callvault.wiring import Container
from tests.support import factories as f

# (container, workspace id, a target user in it who is neither the actor nor an owner)
#   -> the id of an object of that kind belonging to / about that user.
TargetFactory = Callable[[Container, str, str], str]

TARGETS: dict[str, TargetFactory] = {
    "user_id": lambda c, ws, uid: uid,
    "group_id": lambda c, ws, uid: f.group_with_member(c, ws, uid),
    "session_id": lambda c, ws, uid: f.session_token(c, ws, uid)[1],
    "token_id": lambda c, ws, uid: f.api_token_row(c, ws, uid),
}

# A valid body for every route that takes one (a callable makes a fresh one per request).
BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/api/v1/auth/sign-in"): {"workspace": "nope", "email": "a@b.co", "password": "x"},
    ("PUT", "/api/v1/me/password"): {
        "current_password": "correct horse battery staple",
        "new_password": "an entirely new passphrase 42",
    },
    ("PATCH", "/api/v1/workspace"): {"name": "Renamed Inc"},
    ("POST", "/api/v1/users"): lambda: {"email": f"{f.unique('n')}@example.com", "name": "New"},
    ("PATCH", "/api/v1/users/{user_id}"): {"name": "Renamed"},
    ("POST", "/api/v1/groups"): lambda: {"name": f.unique("g")},
    ("PATCH", "/api/v1/groups/{group_id}"): lambda: {"name": f.unique("g")},
    ("PUT", "/api/v1/groups/{group_id}/members/{user_id}"): {"is_supervisor": True},
    ("POST", "/api/v1/tokens"): {"name": "ci", "scopes": ["users.read"]},
}

# Own-workspace routes whose target belongs to another user: horizontal control answers 404
# unless the actor's role has the permission named here (None: never visible to others).
HORIZONTAL: dict[tuple[str, str], Permission | None] = {
    ("DELETE", "/api/v1/sessions/{session_id}"): Permission.SESSIONS_MANAGE,
    ("DELETE", "/api/v1/tokens/{token_id}"): None,
}
