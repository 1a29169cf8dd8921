"""The served OpenAPI schema says what the server does: who must authenticate, which errors
each operation can answer and in what shape, which responses are files rather than JSON, and
what every parameter means."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from callvault.web.access import ACCESS_KEY, AUTHENTICATED, PUBLIC
from callvault.web.app import create_app
from tests.support.live import make_container

ERROR_REF = "#/components/schemas/Error"


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The document /api/v1/openapi.json serves (it depends on no database: one app will do)."""
    data = tmp_path_factory.mktemp("openapi")
    c = make_container(f"sqlite:///{data / 'unused.db'}", data / "data", system_keys=False)
    try:
        yield create_app(c).openapi()
    finally:
        c.close()


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]


def test_bearer_scheme_on_every_authenticated_operation(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["bearer"]
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    ops = operations(spec)
    assert len(ops) > 130
    wrong = [
        f"{m} {p}"
        for m, p, op in ops
        if ("security" in op) != (op[ACCESS_KEY] != PUBLIC)
        or op.get("security", [{"bearer": []}]) != [{"bearer": []}]
    ]
    assert wrong == []
    public = {f"{m} {p}" for m, p, op in ops if "security" not in op}
    assert public == {
        "GET /healthz",
        "GET /readyz",
        "POST /api/v1/auth/sign-in",
        "POST /api/v1/auth/browser/sign-in",
        "POST /api/v1/auth/sign-in/second-step",
        "POST /api/v1/auth/browser/sign-in/second-step",
        "GET /api/v1/auth/browser/session",
        "GET /api/v1/auth/sso/{workspace}/options",
        "GET /api/v1/auth/sso/{workspace}/start",
        "GET /api/v1/auth/sso/callback",
        "GET /api/v1/auth/sso/{workspace}/saml/metadata",
        "POST /api/v1/auth/sso/saml/acs",
        "POST /api/v1/invitations/accept",
        "POST /api/v1/invitations/check",
        "GET /api/v1/recordings/playback/{token}",
        "GET /api/v1/voicemail/playback/{token}",
    }


def test_every_error_response_is_the_shared_error_model(spec: dict[str, Any]) -> None:
    wrong = []
    for m, p, op in operations(spec):
        for status, response in op["responses"].items():
            if int(status) < 400 or p == "/readyz":
                continue
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if schema != {"$ref": ERROR_REF}:
                wrong.append(f"{m} {p} {status}")
    assert wrong == []
    error = spec["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["required"] == ["code", "message"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_statuses_follow_from_each_operations_shape(spec: dict[str, Any]) -> None:
    missing = []
    for m, p, op in operations(spec):
        statuses = set(op["responses"])
        need = {"422"}
        if op[ACCESS_KEY] != PUBLIC:
            need |= {"401", "429"}
        if op[ACCESS_KEY] not in (PUBLIC, AUTHENTICATED):
            need.add("403")
        if "{" in p and op[ACCESS_KEY] != PUBLIC:
            need.add("404")
        if "requestBody" in op:
            need |= {"400", "413"}
        if need - statuses:
            missing.append(f"{m} {p}: {sorted(need - statuses)}")
    assert missing == []


def test_domain_errors_are_listed_with_their_codes(spec: dict[str, Any]) -> None:
    events = spec["paths"]["/api/v1/calls/events"]["post"]["responses"]
    assert events["409"]["x-error-codes"] == ["call_event_conflict", "invalid_call_transition"]
    assert events["410"]["x-error-codes"] == ["call_deleted"]
    sign_in = spec["paths"]["/api/v1/auth/sign-in"]["post"]["responses"]
    assert "invalid_credentials" in sign_in["401"]["x-error-codes"]
    assert "sign_in_throttled" in sign_in["429"]["x-error-codes"]
    audio = spec["paths"]["/api/v1/recordings/{recording_id}/audio"]["get"]["responses"]
    assert {"200", "206", "416"} <= set(audio)


@pytest.mark.parametrize(
    ("path", "media_types"),
    [
        ("/api/v1/calls/export", {"text/csv"}),
        ("/api/v1/contacts/export", {"text/csv", "text/vcard"}),
        ("/api/v1/audit/export", {"text/csv", "application/x-ndjson"}),
        ("/api/v1/recordings/{recording_id}/audio", {"audio/*"}),
        ("/api/v1/review/snippets/{snippet_id}/audio", {"audio/wav"}),
        ("/api/v1/chat/attachments/{attachment_id}", {"*/*"}),
    ],
)
def test_files_are_not_declared_as_json(
    spec: dict[str, Any], path: str, media_types: set[str]
) -> None:
    assert set(spec["paths"][path]["get"]["responses"]["200"]["content"]) == media_types


def test_raw_uploads_declare_their_body(spec: dict[str, Any]) -> None:
    for path, method in [
        ("/api/v1/calls/{call_id}/recordings", "post"),
        ("/api/v1/voicemail/mailboxes/{mailbox_id}/messages", "post"),
        ("/api/v1/voicemail/mailboxes/{mailbox_id}/greeting", "put"),
    ]:
        body = spec["paths"][path][method]["requestBody"]
        # what the server takes: any type, the format read from the bytes (not the header)
        assert set(body["content"]) == {"audio/*", "application/octet-stream"}
        assert "the Content-Type header is not used" in body["description"]
    imported = spec["paths"]["/api/v1/contacts/import"]["post"]
    assert {"text/csv", "text/vcard"} <= set(imported["requestBody"]["content"])


def test_every_parameter_is_described(spec: dict[str, Any]) -> None:
    bare = [
        f"{m} {p}: {param['in']} {param['name']}"
        for m, p, op in operations(spec)
        for param in op.get("parameters", ())
        if not param.get("description", "").strip()
    ]
    assert bare == []


def test_channel_map_says_its_format(spec: dict[str, Any]) -> None:
    upload = spec["paths"]["/api/v1/calls/{call_id}/recordings"]["post"]
    (channel_map,) = [p for p in upload["parameters"] if p["name"] == "channel_map"]
    assert "comma-separated" in channel_map["description"]
    assert channel_map["schema"]["examples"] == ["caller,callee"]


def test_every_request_body_field_is_described(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]

    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"].rsplit("/", 1)[-1]] if "$ref" in node else []
            return own + [r for value in node.values() for r in refs(value)]
        if isinstance(node, list):
            return [r for value in node for r in refs(value)]
        return []

    seen: set[str] = set()
    pending = [r for _, _, op in operations(spec) for r in refs(op.get("requestBody", {}))]
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending += refs(schemas[name])
    assert len(seen) > 30
    bare = [
        f"{name}.{field}"
        for name in sorted(seen)
        for field, prop in schemas[name].get("properties", {}).items()
        if not prop.get("description", "").strip()
    ]
    assert bare == []
