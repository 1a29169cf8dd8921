"""Route × role × {own workspace, other workspace}, built from the app's own route table.

Every API route must declare an access rule; every role gets exactly what the permission
table says; another workspace's objects answer 404 (or 403 with no data when the role lacks
the permission outright) and are never read or changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from callvault.core.permissions import Permission, Role, role_allows
from callvault.governance.audit.models import AuditEvent, AuditHead
from callvault.identity.models import ApiToken, DeviceSession, Group, GroupMember, User, Workspace
from callvault.web.access import ACCESS_KEY, AUTHENTICATED, PUBLIC
from tests.support import factories as f
from tests.support.live import LiveServer, add_user, create_workspace

pytestmark = pytest.mark.slow

# A valid body for every route that takes one; a new route without one fails the test.
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
# Own-workspace routes where the target belongs to another user: horizontal control says
# 404 unless the role has the "manage" permission named here (None: never visible).
HORIZONTAL: dict[tuple[str, str], Permission | None] = {
    ("DELETE", "/api/v1/sessions/{session_id}"): Permission.SESSIONS_MANAGE,
    ("DELETE", "/api/v1/tokens/{token_id}"): None,
}


def api_routes(app: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every route, read from the app's own OpenAPI schema."""
    app.openapi_schema = None  # rebuild: routes may have been added since
    spec = app.openapi()
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]


def test_every_route_declares_an_access_rule(live: LiveServer) -> None:
    routes = api_routes(live.server.config.app)
    assert len(routes) > 25
    missing = [f"{m} {p}" for m, p, op in routes if not op.get(ACCESS_KEY)]
    assert missing == []


def snapshot(live: LiveServer, workspace_id: str) -> dict[str, list[tuple[Any, ...]]]:
    tables = {
        "users": (User, User.workspace_id),
        "groups": (Group, Group.workspace_id),
        "members": (GroupMember, GroupMember.workspace_id),
        "sessions": (DeviceSession, DeviceSession.workspace_id),
        "tokens": (ApiToken, ApiToken.workspace_id),
        "workspace": (Workspace, Workspace.id),
        "audit": (AuditEvent, AuditEvent.workspace_id),
        "audit_head": (AuditHead, AuditHead.workspace_id),
    }
    out = {}
    with live.container.db.read() as s:
        for name, (model, col) in tables.items():
            rows = s.scalars(select(model).where(col == workspace_id)).all()
            cols = [c.key for c in model.__table__.columns]
            out[name] = sorted(tuple(str(getattr(r, k)) for k in cols) for r in rows)
    return out


def test_route_role_workspace_matrix(live: LiveServer) -> None:
    c = live.container
    app = live.server.config.app
    a = create_workspace(c, "matrix-a")
    b = create_workspace(c, "matrix-b")
    actors = {role: (a if role is Role.OWNER else add_user(c, a, role)) for role in Role}
    # Objects in B, to aim at from A; B must come out of the whole run unchanged.
    b_user = f.user_without_password(c, b.workspace_id)
    b_ids = {
        "user_id": b_user,
        "group_id": f.group_with_member(c, b.workspace_id, b_user),
        "session_id": f.session_token(c, b.workspace_id, b_user)[1],
        "token_id": f.api_token_row(c, b.workspace_id, b_user),
    }
    b_secrets = [b.workspace_id, b_user, b.email, "matrix-b Inc", "Owner of matrix-b"]
    before = snapshot(live, b.workspace_id)

    failures: list[str] = []
    cases = 0
    for method, path, route in api_routes(app):
        rule = route[ACCESS_KEY]
        if rule == PUBLIC:
            continue
        has_params = "{" in path
        for role, member in actors.items():
            for variant in ("own", "other") if has_params else ("own",):
                token, _ = f.session_token(c, a.workspace_id, member.user_id)
                target = f.user_without_password(c, a.workspace_id)
                own_ids = {
                    "user_id": target,
                    "group_id": f.group_with_member(c, a.workspace_id, target),
                    "session_id": f.session_token(c, a.workspace_id, target)[1],
                    "token_id": f.api_token_row(c, a.workspace_id, target),
                }
                ids = own_ids if variant == "own" else b_ids
                url = path.format(**{k: v for k, v in ids.items() if "{" + k + "}" in path})
                body = BODIES.get((method, path))
                if body is None and "requestBody" in route:
                    failures.append(f"{method} {path}: no sample body in BODIES")
                    continue
                body = body() if callable(body) else body
                r = live.client(token).request(method, url, json=body)
                cases += 1
                expected = expect(rule, method, path, route, role, variant)
                if r.status_code != expected:
                    failures.append(
                        f"{role} {variant} {method} {url}: {r.status_code} "
                        f"(expected {expected}) {r.text[:160]}"
                    )
                leaked = [s for s in b_secrets if s in r.text]
                if leaked:
                    failures.append(f"{role} {variant} {method} {path} leaked {leaked}")
    assert failures == [], "\n".join(failures)
    assert cases > 100
    assert snapshot(live, b.workspace_id) == before, "workspace B was changed from A"


def expect(
    rule: str, method: str, path: str, route: dict[str, Any], role: Role, variant: str
) -> int:
    success = min(int(code) for code in route["responses"] if code.startswith("2"))
    if rule == AUTHENTICATED:
        return success
    permission = Permission(rule)
    if not role_allows(role, permission):
        return 403
    if variant == "other":
        return 404
    if (method, path) in HORIZONTAL:
        manage = HORIZONTAL[(method, path)]
        return success if manage is not None and role_allows(role, manage) else 404
    return success
