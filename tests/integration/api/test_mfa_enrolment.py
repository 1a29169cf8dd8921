"""Turning two-step sign-in on, off, and new recovery codes — over real HTTPS, on SQLite and
PostgreSQL, with codes computed by pyotp from the secret the API handed out."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlparse

import pyotp
import pytest
from sqlalchemy import select

from callvault.identity.mfa.models import MfaFactor, MfaRecoveryCode
from tests.integration.api.test_no_plaintext_at_rest import database_contains
from tests.support.live import PASSWORD, LiveServer, create_workspace, sign_in
from tests.support.mfa import challenge, codes_used_long_ago, enrol, password_step, second_step

pytestmark = pytest.mark.slow


def test_enrolment_needs_the_password_and_a_code_and_seals_the_secret(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme", name="Acme Phones")
    api = live.client(sign_in(live, owner))
    other_device = live.client(sign_in(live, owner))
    assert api.get("/api/v1/me/mfa").json() == {
        "enabled": False,
        "pending": False,
        "required": False,
        "recovery_codes_left": 0,
    }
    wrong = api.post("/api/v1/me/mfa/enrolment", json={"password": "not my password"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "reauthentication_failed"

    first = api.post("/api/v1/me/mfa/enrolment", json={"password": PASSWORD})
    assert first.status_code == 201, first.text
    assert first.headers["cache-control"] == "no-store"
    body = first.json()
    uri = urlparse(body["otpauth_uri"])
    assert (uri.scheme, uri.netloc) == ("otpauth", "totp")
    assert unquote(uri.path) == f"/callvault (Acme Phones):{owner.email}"
    query = parse_qs(uri.query)
    assert query["secret"] == [body["secret"]] and query["issuer"] == ["callvault (Acme Phones)"]
    assert len(body["secret"]) == 32  # 160 bits in base32
    assert body["qr_rows"] and {len(r) for r in body["qr_rows"]} == {len(body["qr_rows"])}
    assert api.get("/api/v1/me/mfa").json()["pending"] is True

    # Starting again replaces the unconfirmed secret: the first one's codes no longer confirm.
    second = api.post("/api/v1/me/mfa/enrolment", json={"password": PASSWORD}).json()
    assert second["secret"] != body["secret"]
    stale = api.post(
        "/api/v1/me/mfa/enrolment/confirm", json={"code": pyotp.TOTP(body["secret"]).now()}
    )
    assert stale.status_code == 422 and stale.json()["error"]["code"] == "mfa_code_invalid"
    assert password_step(live, owner).status_code == 201  # not on until confirmed

    done = api.post(
        "/api/v1/me/mfa/enrolment/confirm", json={"code": pyotp.TOTP(second["secret"]).now()}
    )
    assert done.status_code == 200, done.text
    codes = done.json()["recovery_codes"]
    assert len(codes) == len(set(codes)) == 10
    status = api.get("/api/v1/me/mfa").json()
    assert status == {**status, "enabled": True, "pending": False, "recovery_codes_left": 10}
    assert api.get("/api/v1/me").json()["mfa_enabled"] is True
    # Sessions opened with the password alone end; this one stays.
    assert other_device.get("/api/v1/me").status_code == 401
    assert api.get("/api/v1/me").status_code == 200

    # Sealed at rest: neither secret, nor any recovery code, is in the database in clear.
    with live.container.db.read() as s:
        row = s.scalars(select(MfaFactor).where(MfaFactor.user_id == owner.user_id)).one()
        hashes = s.scalars(
            select(MfaRecoveryCode.code_hash).where(MfaRecoveryCode.user_id == owner.user_id)
        ).all()
    assert row.secret_sealed and second["secret"].encode() not in row.secret_sealed
    assert row.pending_sealed is None and len(hashes) == 10
    for needle in (second["secret"], body["secret"], codes[0], codes[0].replace("-", "")):
        assert database_contains(live, needle) == [], needle


def test_an_api_token_cannot_enrol(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    made = api.post("/api/v1/tokens", json={"name": "CRM", "scopes": ["sessions.own"]})
    assert made.status_code == 201, made.text
    by_token = live.client(made.json()["token"])
    r = by_token.post("/api/v1/me/mfa/enrolment", json={"password": PASSWORD})
    assert r.status_code in (401, 403), r.text


def test_turning_off_and_new_codes_need_the_password(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    api = live.client(sign_in(live, owner))
    enrolled = enrol(api)
    wrong = api.post("/api/v1/me/mfa/recovery-codes", json={"password": "nope nope nope"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "reauthentication_failed"
    fresh = api.post("/api/v1/me/mfa/recovery-codes", json={"password": PASSWORD})
    assert fresh.status_code == 200 and fresh.headers["cache-control"] == "no-store"
    new_codes = fresh.json()["recovery_codes"]
    assert len(new_codes) == 10 and not set(new_codes) & set(enrolled.recovery_codes)
    old = second_step(live, challenge(live, owner), enrolled.recovery_codes[0])
    assert old.status_code == 401  # the old codes stopped working
    assert second_step(live, challenge(live, owner), new_codes[0]).status_code == 201

    wrong = api.post("/api/v1/me/mfa/disable", json={"password": "nope nope nope"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "reauthentication_failed"
    assert api.get("/api/v1/me/mfa").json()["enabled"] is True
    assert api.post("/api/v1/me/mfa/disable", json={"password": PASSWORD}).status_code == 204
    assert api.get("/api/v1/me/mfa").json()["enabled"] is False
    assert password_step(live, owner).status_code == 201  # the password alone, again
    gone = api.post("/api/v1/me/mfa/recovery-codes", json={"password": PASSWORD})
    assert gone.status_code == 409 and gone.json()["error"]["code"] == "mfa_not_enabled"
    codes_used_long_ago(live.container, owner.user_id)  # nothing left to reset: no factor
    # A new phone while on: the old secret signs in until the new one is confirmed.
    again = enrol(api)
    assert again.secret != enrolled.secret
