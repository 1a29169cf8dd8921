"""What an outside security test of two-step sign-in found, fixed (ADR 0042, addendum):
codes in other scripts' digits, API tokens changing sign-in protections, a factor replaced
with the password alone, challenges that outlive a password change, an unthrottled
enrolment confirmation — over real HTTPS, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from callvault.core.permissions import Role
from callvault.identity.models import SignInFailure
from tests.support.live import PASSWORD, LiveServer, Member, add_user, create_workspace, sign_in
from tests.support.mfa import challenge, enrolled_member, second_step

pytestmark = pytest.mark.slow

# Arabic-Indic, full-width, and ASCII with one full-width digit: `\d` matched them all.
NOT_ASCII_CODES = ("١٢٣٤٥٦", "１２３４５６", "12345６")


def _audit(live: LiveServer, admin: Member, action: str) -> list[dict[str, object]]:
    r = live.client(admin.token).get("/api/v1/audit", params={"action": action})
    assert r.status_code == 200, r.text
    entries: list[dict[str, object]] = r.json()["entries"]
    return entries


def _forget_failures(live: LiveServer) -> None:
    """Each route starts unthrottled: the point is the answer to each code, not the delay."""
    with live.container.db.write() as s:
        s.execute(delete(SignInFailure))


def test_codes_in_other_digits_fail_like_wrong_codes(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    enrolled_member(live, member)
    sign_in(live, owner)

    for code in NOT_ASCII_CODES:  # the API's second step
        r = second_step(live, challenge(live, member), code)
        assert r.status_code == 401, r.text
        assert r.json()["error"]["code"] == "mfa_failed"
    _forget_failures(live)
    for code in NOT_ASCII_CODES:  # the browser's
        browser = live.client(headers={"x-callvault-csrf": "1"})
        first = browser.post(
            "/api/v1/auth/browser/sign-in",
            json={"workspace": member.slug, "email": member.email, "password": PASSWORD},
        )
        assert first.status_code == 200, first.text
        r = browser.post(
            "/api/v1/auth/browser/sign-in/second-step",
            json={"challenge": first.json()["challenge"], "code": code},
        )
        assert r.status_code == 401, r.text
        assert r.json()["error"]["code"] == "mfa_failed"
    failures = _audit(live, owner, "sign_in.second_step_failure")
    assert len([e for e in failures if e["object_id"] == member.user_id]) == 6

    # Confirming an enrolment: a wrong code, not a crash.
    _forget_failures(live)
    api = live.client(sign_in(live, owner))
    assert api.post("/api/v1/me/mfa/enrolment", json={"password": PASSWORD}).status_code == 201
    for code in NOT_ASCII_CODES:
        r = api.post("/api/v1/me/mfa/enrolment/confirm", json={"code": code})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "mfa_code_invalid"
