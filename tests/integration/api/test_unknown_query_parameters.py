"""A query parameter a route does not take is refused (422, named), on every route: a
misspelt filter must not answer as though no filter had been given."""

from __future__ import annotations

import re

import pytest

from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow


def test_lookup_by_a_misspelt_parameter_names_it(live: LiveServer) -> None:
    owner = create_workspace(live.container, "strict")
    client = live.client(sign_in(live, owner))
    client.post("/api/v1/contacts", json={"name": "Ann", "phones": ["+14155550123"]})

    r = client.get("/api/v1/contacts/lookup", params={"number": "+14155550123"})
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "unknown_query_parameter"
    assert error["parameters"] == ["number"]
    assert "number" in error["message"] and "phone" in error["message"]
    assert "+14155550123" not in r.text  # names only, never values

    found = client.get("/api/v1/contacts/lookup", params={"phone": "+14155550123"})
    assert found.status_code == 200 and [c["name"] for c in found.json()] == ["Ann"]


def test_every_route_refuses_unknown_query_parameters(live: LiveServer) -> None:
    owner = create_workspace(live.container, "strict-all")
    client = live.client(sign_in(live, owner))
    spec = live.client().get("/api/v1/openapi.json").json()
    wrong = []
    checked = 0
    for path, item in spec["paths"].items():
        for method in item:
            url = re.sub(r"{\w+}", "x", path)
            r = client.request(method.upper(), url, params={"nosuch": "1", "limit_": "2"})
            checked += 1
            body = r.json() if r.headers.get("content-type") == "application/json" else {}
            error = body.get("error", {})
            if (
                r.status_code != 422
                or error.get("code") != "unknown_query_parameter"
                or error.get("parameters") != ["limit_", "nosuch"]
            ):
                wrong.append(f"{method.upper()} {path}: {r.status_code} {r.text[:120]}")
    assert checked > 130
    assert wrong == []
    # Nothing ran: signing out above was refused before it could end the session.
    assert client.get("/api/v1/me").status_code == 200
