"""Two-step sign-in as a client does it, over the real API: codes come from pyotp and the
secret the server handed out, never from the server's own code."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx
import pyotp
from sqlalchemy import update

from callvault.identity.mfa.models import MfaFactor
from callvault.wiring import Container
from tests.support.live import PASSWORD, LiveServer, Member, sign_in


@dataclass
class Enrolled:
    secret: str
    recovery_codes: list[str]

    def code(self, *, steps_ahead: int = 0) -> str:
        """The code the phone shows now, or `steps_ahead` 30-second steps from now."""
        return pyotp.TOTP(self.secret).at(time.time() + 30 * steps_ahead)


def enrol(client: httpx.Client, password: str = PASSWORD) -> Enrolled:
    started = client.post("/api/v1/me/mfa/enrolment", json={"password": password})
    assert started.status_code == 201, started.text
    secret = started.json()["secret"]
    done = client.post("/api/v1/me/mfa/enrolment/confirm", json={"code": pyotp.TOTP(secret).now()})
    assert done.status_code == 200, done.text
    return Enrolled(secret, done.json()["recovery_codes"])


def enrolled_member(live: LiveServer, m: Member) -> Enrolled:
    """Sign m in (password alone) and turn two-step sign-in on; m.token stays signed in."""
    return enrol(live.client(sign_in(live, m)))


def password_step(live: LiveServer, m: Member, password: str = PASSWORD) -> httpx.Response:
    return live.client().post(
        "/api/v1/auth/sign-in", json={"workspace": m.slug, "email": m.email, "password": password}
    )


def challenge(live: LiveServer, m: Member) -> str:
    r = password_step(live, m)
    assert r.status_code == 200, r.text
    value: str = r.json()["challenge"]
    return value


def second_step(live: LiveServer, challenge_: str, code: str, **kw: object) -> httpx.Response:
    return live.client(**kw).post(  # type: ignore[arg-type]
        "/api/v1/auth/sign-in/second-step", json={"challenge": challenge_, "code": code}
    )


def codes_used_long_ago(c: Container, user_id: str) -> None:
    """As if the codes used so far were minutes old: the next test step may use the code of
    now again (the replay check refuses a step it has seen)."""
    with c.db.write() as s:
        s.execute(update(MfaFactor).where(MfaFactor.user_id == user_id).values(last_step=0))
