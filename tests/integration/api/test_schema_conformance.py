"""The OpenAPI schema against the real server: schemathesis generates requests for every
operation from the served schema (valid and invalid ones), sends them over HTTPS as a signed-in
owner, and fails on any 5xx, any status the schema does not list, and any response whose
content type, headers or body the schema does not describe (its default checks).

schemathesis's own pytest plugin does not run under this pytest, so each operation runs
here as a plain Hypothesis test, bounded in examples, its failures collected."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.support.live import LiveServer, create_workspace, sign_in

pytestmark = pytest.mark.slow

# Operations left out because running them ends the run itself, not because they fail:
# signing out revokes the token every other request uses.
DESTRUCTIVE = {("POST", "/api/v1/auth/sign-out")}

EXAMPLES = 6
BUDGET_S = 600  # per backend; the run stops adding operations past it (and says so)

# Raw bodies (uploads, import files) go out as the bytes generated for them.
schemathesis.serializer.alias(
    ["audio/wav", "text/csv", "application/csv", "text/vcard", "text/x-vcard", "text/directory"],
    "application/octet-stream",
)

# Every default check runs but this one: it expects any request the schema allows to succeed,
# and the rules JSON Schema cannot state (a call.ended event needs a disposition, since before
# until, a real email address or region) answer 422, which each operation documents.
EXCLUDED_CHECKS = [positive_data_acceptance]

RUN = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same cases on every run: a failure reproduces
    database=None,
    suppress_health_check=list(HealthCheck),
)


class Bearer(requests.auth.AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["authorization"] = f"Bearer {self.token}"
        return request


def test_every_operation_conforms_to_the_schema(live: LiveServer) -> None:
    owner = create_workspace(live.container, "conformance")
    token = sign_in(live, owner)
    cert = str(live.cert)
    schema = schemathesis.openapi.from_url(f"{live.base_url}/api/v1/openapi.json", verify=cert)
    # Declared as the owner's credentials, so the auth check also strips or spoils them and
    # expects each operation that declares the bearer scheme to refuse.
    schema.auth.set_from_requests(Bearer(token))
    with requests.Session() as http:
        failures, ran = run_all(
            schema,
            {
                "base_url": live.base_url,
                "session": http,
                "verify": cert,
            },
        )
    assert ran > 130
    assert failures == [], "\n\n".join(failures)


def run_all(schema: schemathesis.BaseSchema, call: dict[str, Any]) -> tuple[list[str], int]:
    failures: list[str] = []
    ran = 0
    started = time.monotonic()
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in DESTRUCTIVE:
            continue
        assert time.monotonic() - started < BUDGET_S, f"over budget after {ran} operations"
        cases = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE, auth_storage=schema.auth),
            operation.as_strategy(GenerationMode.NEGATIVE, auth_storage=schema.auth),
        )

        @RUN
        @given(case=cases)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(**call, excluded_checks=EXCLUDED_CHECKS)

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:
            failures.append(f"{operation.label}: {type(exc).__name__}: {exc}"[:3000])
        ran += 1
    return failures, ran
