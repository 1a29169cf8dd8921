"""Signing in with two-step sign-in on: the password alone opens nothing, the challenge and a
code (or a recovery code) do, once; wrong codes are throttled, burn the challenge and are
audited — over real HTTPS, on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from callvault.core.clock import utcnow
from callvault.core.permissions import Role
from callvault.identity.mfa.models import MfaChallenge
from callvault.identity.models import DeviceSession
from tests.support.live import (
    PASSWORD,
    LiveServer,
    Member,
    add_user,
    create_workspace,
    serving,
    sign_in,
)
from tests.support.mfa import (
    challenge,
    codes_used_long_ago,
    enrolled_member,
    password_step,
    second_step,
)

pytestmark = pytest.mark.slow

FIRST_DELAY = 60


def _sessions(live: LiveServer, m: Member) -> int:
    with live.container.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(DeviceSession)
                .where(DeviceSession.user_id == m.user_id, DeviceSession.revoked_at.is_(None))
            )
            or 0
        )


def _audit(live: LiveServer, admin: Member, action: str) -> list[dict[str, object]]:
    r = live.client(admin.token).get("/api/v1/audit", params={"action": action})
    assert r.status_code == 200, r.text
    entries: list[dict[str, object]] = r.json()["entries"]
    return entries


def test_password_then_code_signs_in_once(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    enrolled = enrolled_member(live, member)
    sign_in(live, owner)
    before = _sessions(live, member)

    # The right password alone: a challenge, no session, no token.
    r = password_step(live, member)
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    assert set(r.json()) == {"second_step", "challenge", "expires_at"}
    assert r.json()["second_step"] == "totp"
    assert _sessions(live, member) == before
    # A wrong password answers as it always did: nothing about a second step.
    wrong = password_step(live, member, "not the password at all")
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_credentials"

    issued = r.json()["challenge"]
    done = second_step(live, issued, enrolled.code(steps_ahead=1))
    assert done.status_code == 201, done.text
    token = done.json()["token"]
    assert live.client(token).get("/api/v1/me").json()["id"] == member.user_id
    assert _sessions(live, member) == before + 1
    [entry] = [
        e
        for e in _audit(live, owner, "sign_in.success")
        if e["object_id"] == done.json()["session_id"]
    ]
    assert entry["details"] == {"second_factor": "totp"}

    # The challenge is spent; the code's time step is spent too (a replay).
    again = second_step(live, issued, enrolled.code(steps_ahead=1))
    assert again.status_code == 401 and again.json()["error"]["code"] == "mfa_failed"
    for replayed in (enrolled.code(steps_ahead=1), enrolled.code()):
        r = second_step(live, challenge(live, member), replayed)
        assert r.status_code == 401 and r.json()["error"]["code"] == "mfa_failed"

    # A browser's challenge does not open an API session (nor the other way round).
    browser = live.client(headers={"x-callvault-csrf": "1"}).post(
        "/api/v1/auth/browser/sign-in",
        json={"workspace": member.slug, "email": member.email, "password": PASSWORD},
    )
    assert browser.status_code == 200 and "set-cookie" not in browser.headers
    codes_used_long_ago(live.container, member.user_id)
    r = second_step(live, browser.json()["challenge"], enrolled.code())
    assert r.status_code == 401
    # An expired challenge is refused, even with a right code.
    late = challenge(live, member)
    with live.container.db.write() as s:
        s.execute(update(MfaChallenge).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert second_step(live, late, enrolled.code()).status_code == 401
    # The browser's own second step sets the cookie.
    browser = live.client(headers={"x-callvault-csrf": "1"})
    first = browser.post(
        "/api/v1/auth/browser/sign-in",
        json={"workspace": member.slug, "email": member.email, "password": PASSWORD},
    )
    done = browser.post(
        "/api/v1/auth/browser/sign-in/second-step",
        json={"challenge": first.json()["challenge"], "code": enrolled.code()},
    )
    assert done.status_code == 201, done.text
    assert "cvs_" in done.headers["set-cookie"] and "token" not in done.json()
    assert browser.get("/api/v1/auth/browser/session").json()["user"]["id"] == member.user_id


def test_a_recovery_code_signs_in_once(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    enrolled = enrolled_member(live, owner)
    code = enrolled.recovery_codes[3]
    done = second_step(live, challenge(live, owner), code.upper().replace("-", " "))
    assert done.status_code == 201, done.text
    api = live.client(done.json()["token"])
    assert api.get("/api/v1/me/mfa").json()["recovery_codes_left"] == 9
    [entry] = [
        e
        for e in _audit(
            live, Member(**{**owner.__dict__, "token": done.json()["token"]}), "sign_in.success"
        )
        if e["object_id"] == done.json()["session_id"]
    ]
    assert entry["details"] == {"second_factor": "recovery_code"}
    used = second_step(live, challenge(live, owner), code)
    assert used.status_code == 401 and used.json()["error"]["code"] == "mfa_failed"


def test_wrong_codes_burn_the_challenge_are_throttled_and_audited(
    database_url: str, data_dir: Path
) -> None:
    # A first delay that no loaded machine outwaits between the fifth wrong code and the
    # next (a new challenge, so a password check, comes between them): with the default
    # 1 s, a busy server could rightly check the next code after the delay had passed.
    with serving(database_url, data_dir, signin_first_delay_seconds=FIRST_DELAY) as live:
        _wrong_codes_burn_and_are_throttled(live)


def _wrong_codes_burn_and_are_throttled(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    enrolled = enrolled_member(live, member)
    sign_in(live, owner)
    right = enrolled.code(steps_ahead=1)
    wrong = "000000" if right != "000000" else "111111"
    issued = challenge(live, member)
    answers = [second_step(live, issued, wrong) for _ in range(4)]
    fifth = time.monotonic()  # before the fifth failure is counted
    answers.append(second_step(live, issued, wrong))
    assert [a.status_code for a in answers] == [401] * 5
    # Burned after the fifth: the right code no longer helps.
    assert second_step(live, issued, right).status_code == 401
    failures = _audit(live, owner, "sign_in.second_step_failure")
    assert len(failures) == 5 and all(e["object_id"] == member.user_id for e in failures)
    assert sum(1 for e in failures if e["details"] == {"challenge_burned": True}) == 1
    # Five failures from this address: the next code waits, like the sixth wrong password.
    r = second_step(live, challenge(live, member), right)
    since_fifth = time.monotonic() - fifth  # at least the server's time between the two
    assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"
    # The first step counted from the fifth failure: not doubled, not a lock.
    assert FIRST_DELAY - since_fifth <= int(r.headers["retry-after"]) <= FIRST_DELAY
    [crossed] = _audit(live, owner, "sign_in.second_step.throttled")
    assert crossed["object_id"] == member.user_id


def test_guesses_sent_together_do_not_exceed_a_challenges_attempts(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    member = add_user(live.container, owner, Role.MEMBER)
    enrolled = enrolled_member(live, member)
    sign_in(live, owner)
    right = enrolled.code(steps_ahead=1)
    issued = challenge(live, member)
    wrong = [f"{n:06d}" for n in range(100000, 100030) if f"{n:06d}" != right][:24]
    # From 24 addresses at once: no address or pair is throttled yet, so only the
    # challenge's own count of attempts stands between them and 24 checked codes.
    clients = [live.client(address=f"127.0.0.{10 + i}") for i in range(24)]
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda i: second_step_on(clients[i], issued, wrong[i]), range(24)))
    assert {a.status_code for a in answers} <= {401, 429}
    # At most the challenge's five attempts were checked (and audited), however many came.
    assert len(_audit(live, owner, "sign_in.second_step_failure")) <= 5
    assert second_step(live, issued, right).status_code == 401


def second_step_on(client, challenge_: str, code: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/v1/auth/sign-in/second-step", json={"challenge": challenge_, "code": code}
    )
