"""Route × role × {own workspace, other workspace}, built from the app's own route table.

Every API route must declare an access rule; every role gets exactly what the permission
table says; another workspace's objects answer 404 (or 403 with no data when the role lacks
the permission outright) and are never read or changed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from callvault.core.permissions import Permission, Role, role_allows
from callvault.db.base import Base
from callvault.web.access import ACCESS_KEY, AUTHENTICATED, PUBLIC
from tests.support import factories as f
from tests.support.live import LiveServer, add_user, create_workspace
from tests.support.matrix import BODIES, HORIZONTAL, TARGETS, WHEN_ALLOWED

pytestmark = pytest.mark.slow


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
    """Every row of every table that belongs to the workspace (any table with a workspace
    id column, plus the workspace itself): a cross-workspace write shows as a difference."""
    out = {}
    with live.container.db.read() as s:
        for table in Base.metadata.sorted_tables:
            col = table.c.get("workspace_id")
            if col is None and table.name == "workspaces":
                col = table.c.id
            if col is None:
                continue
            rows = s.execute(select(table).where(col == workspace_id)).all()
            out[table.name] = sorted(tuple(str(v) for v in row) for row in rows)
    return out


def test_route_role_workspace_matrix(live: LiveServer) -> None:
    c = live.container
    app = live.server.config.app
    a = create_workspace(c, "matrix-a")
    b = create_workspace(c, "matrix-b")
    actors = {role: (a if role is Role.OWNER else add_user(c, a, role)) for role in Role}
    b_user = f.user_without_password(c, b.workspace_id)
    b_ids: dict[str, str] = {}  # objects in B, made on first use, aimed at from A
    b_secrets = [b.workspace_id, b_user, b.email, "matrix-b Inc", "Owner of matrix-b"]
    for param, make in TARGETS.items():
        b_ids[param] = make(c, b.workspace_id, b_user)
    before = snapshot(live, b.workspace_id)

    failures: list[str] = []
    cases = 0
    tokens: dict[Role, str] = {}  # each role's session, until a request might have ended it
    for method, path, route in api_routes(app):
        rule = route[ACCESS_KEY]
        if rule == PUBLIC:
            continue
        params = re.findall(r"{(\w+)}", path)
        unknown = [p for p in params if p not in TARGETS]
        if unknown:
            failures.append(f"{method} {path}: no factory in TARGETS for {unknown}")
            continue
        body_template = BODIES.get((method, path))
        if body_template is None and "requestBody" in route:
            failures.append(f"{method} {path}: no sample body in BODIES")
            continue
        # A GET changes nothing, so its own-workspace objects serve every role; any other
        # method may delete or revoke what it is aimed at (its target, the caller's session),
        # so it gets fresh ones per case.
        shared_own: dict[str, str] | None = None
        for role, member in actors.items():
            for variant in ("own", "other") if params else ("own",):
                if role not in tokens:
                    tokens[role] = f.session_token(c, a.workspace_id, member.user_id)[0]
                token = tokens[role]
                if method != "GET":
                    del tokens[role]
                if variant == "other":
                    ids = {p: b_ids[p] for p in params}
                elif method == "GET" and shared_own is not None:
                    ids = shared_own
                else:
                    target = f.user_without_password(c, a.workspace_id) if params else ""
                    ids = {p: TARGETS[p](c, a.workspace_id, target) for p in params}
                    shared_own = ids if method == "GET" else None
                url = path.format(**ids)
                body = body_template() if callable(body_template) else body_template
                # bytes: a streamed upload's raw body (audio); anything else is JSON
                payload = {"content": body} if isinstance(body, bytes) else {"json": body}
                r = live.client(token).request(method, url, **payload)
                cases += 1
                expected = expect(rule, method, path, route, role, variant)
                # A route may document more than one success (201 created, 200 replayed).
                successes = {int(code) for code in route["responses"] if code.startswith("2")}
                if r.status_code != expected and not {expected, r.status_code} <= successes:
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
    if (method, path) in WHEN_ALLOWED:
        return WHEN_ALLOWED[(method, path)]
    if (method, path) in HORIZONTAL:
        manage = HORIZONTAL[(method, path)]
        return success if manage is not None and role_allows(role, manage) else 404
    return success
