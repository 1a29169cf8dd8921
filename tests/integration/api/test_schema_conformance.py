"""The OpenAPI schema against the real server: schemathesis generates requests for every
operation from the served schema (valid and invalid ones), sends them over HTTPS as a signed-in
owner, and fails on any 5xx, any status the schema does not list, and any response whose
content type, headers or body the schema does not describe (its default checks).

schemathesis's own pytest plugin does not run under this pytest, so each operation runs
here as a plain Hypothesis test, bounded in examples, its failures collected."""

from __future__ import annotations

import re
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import APIOperation, GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace, sign_in
from tests.support.matrix import BODIES, TARGETS

# About 60-80 s per backend on two cores; the limit leaves room for a loaded CI machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

# Operations left out because running them ends the run itself, not because they fail:
# signing out revokes the token every other request uses.
DESTRUCTIVE = {("POST", "/api/v1/auth/sign-out"), ("POST", "/api/v1/auth/browser/sign-out")}

EXAMPLES = 6  # generated cases per operation, valid and invalid mixed (plus one known-valid)

# Raw bodies (uploads, import files) go out as the bytes generated for them.
schemathesis.serializer.alias(
    ["audio/wav", "text/csv", "application/csv", "text/vcard", "text/x-vcard", "text/directory"],
    "application/octet-stream",
)

# Every default check runs but two that hold the schema to more than it can say, both about
# requests, not responses: one expects any request the schema allows to succeed, while rules
# JSON Schema cannot state (a call.ended event needs a disposition, since before until, a real
# email address) answer 422; the other expects any request it forbids to be refused, while
# pydantic's lax parsing takes "5" for 5 and a number of seconds for a date-time.
EXCLUDED_CHECKS = [positive_data_acceptance, negative_data_rejection]

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
    c = live.container
    owner = create_workspace(c, "conformance")
    token = sign_in(live, owner)
    # Real objects of the owner's workspace (about a user who is not the owner, so that no
    # operation on them ends the owner's own session), so that cases reach past the 404s.
    target = f.user_without_password(c, owner.workspace_id)
    ids = {name: make(c, owner.workspace_id, target) for name, make in TARGETS.items()}
    cert = str(live.cert)
    schema = schemathesis.openapi.from_url(f"{live.base_url}/api/v1/openapi.json", verify=cert)
    # Declared as the owner's credentials, so the auth check also strips or spoils them and
    # expects each operation that declares the bearer scheme to refuse.
    schema.auth.set_from_requests(Bearer(token))
    with requests.Session() as http:
        failures, ran, succeeded = run_all(
            schema, ids, {"base_url": live.base_url, "session": http, "verify": cert}
        )
    assert ran > 130
    assert failures == [], "\n\n".join(failures)
    # Not a run of 404s and 401s only: most operations were also seen to succeed (and their
    # success responses checked against the schema).
    assert len(succeeded) > 110, sorted(succeeded)


def ends_something(operation: APIOperation) -> bool:
    """Deletions and offboarding run after everything else, so the objects they remove are
    still there for the operations that read them."""
    return operation.method.upper() == "DELETE" or operation.path.endswith(
        ("bulk-delete", "offboard", "/leave")
    )


def raw_media_type(operation: APIOperation) -> str:
    """A concrete type to send a raw body as: the first the operation declares."""
    declared = operation.body[0].media_type
    return {"audio/*": "audio/wav", "*/*": "application/octet-stream"}.get(declared, declared)


def strategies(
    schema: schemathesis.BaseSchema, operation: APIOperation, ids: dict[str, str]
) -> list[tuple[st.SearchStrategy[schemathesis.Case], int]]:
    """(cases, how many) for one operation: generated valid and invalid requests (random ids,
    and real ones), and one request with a body known to be valid, where it takes one."""
    auth = schema.auth
    names = re.findall(r"{(\w+)}", operation.path)
    real = {name: ids[name] for name in names if name in ids}
    mixed = [
        operation.as_strategy(GenerationMode.POSITIVE, auth_storage=auth),
        operation.as_strategy(GenerationMode.NEGATIVE, auth_storage=auth),
    ]
    if real:
        mixed.append(
            operation.as_strategy(GenerationMode.POSITIVE, auth_storage=auth, path_parameters=real)
        )
    out = [(st.one_of(*mixed), EXAMPLES)]
    sample = BODIES.get((operation.method.upper(), operation.path))
    if sample is not None and len(real) == len(names):
        body = sample() if callable(sample) else sample
        media = raw_media_type(operation) if isinstance(body, bytes) else "application/json"
        out.append(
            (
                operation.as_strategy(
                    GenerationMode.POSITIVE,
                    auth_storage=auth,
                    path_parameters=real,
                    body=body,
                    media_type=media,
                ),
                1,
            )
        )
    return out


def run_all(
    schema: schemathesis.BaseSchema, ids: dict[str, str], call: dict[str, Any]
) -> tuple[list[str], int, set[str]]:
    failures: list[str] = []
    succeeded: set[str] = set()
    ran = 0
    operations = [
        result.ok()
        for result in schema.get_all_operations()
        if (result.ok().method.upper(), result.ok().path) not in DESTRUCTIVE
    ]
    for operation in sorted(operations, key=ends_something):
        for cases, examples in strategies(schema, operation, ids):

            @settings(RUN, max_examples=examples)
            @given(case=cases)
            def check(case: schemathesis.Case) -> None:
                response = case.call_and_validate(**call, excluded_checks=EXCLUDED_CHECKS)
                if 200 <= response.status_code < 300:
                    succeeded.add(case.operation.label)

            try:
                check()
            except (Exception, BaseExceptionGroup) as exc:
                failures.append(f"{operation.label}: {type(exc).__name__}: {exc}"[:3000])
        ran += 1
    return failures, ran, succeeded
