"""Throttling of wrong passwords by (account, address) and by address, with growing delays,
and the hard per-account cap — over real HTTPS from several loopback addresses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from callvault.cli.main import app
from callvault.core.permissions import Role
from callvault.identity.models import SignInFailure
from tests.support.live import (
    PASSWORD,
    LiveServer,
    Member,
    add_user,
    create_workspace,
    serving,
    sign_in,
)

pytestmark = pytest.mark.slow

WRONG = "wrong password 123"
A, B, C = "127.0.0.2", "127.0.0.3", "127.0.0.4"


def _addresses(live: LiveServer) -> Callable[[str], httpx.Client]:
    """One kept-alive client per address: a flood goes as fast as the server answers."""
    clients: dict[str, httpx.Client] = {}

    def at(address: str) -> httpx.Client:
        if address not in clients:
            clients[address] = live.client(address=address)
        return clients[address]

    return at


def _try(client: httpx.Client, slug: str, email: str, password: str) -> httpx.Response:
    return client.post(
        "/api/v1/auth/sign-in", json={"workspace": slug, "email": email, "password": password}
    )


def _audit(live: LiveServer, admin: Member, action: str) -> list[dict[str, object]]:
    r = live.client(admin.token, address=C).get("/api/v1/audit", params={"action": action})
    assert r.status_code == 200, r.text
    entries: list[dict[str, object]] = r.json()["entries"]
    return entries


def test_a_flood_from_one_address_does_not_lock_the_owner_out_elsewhere(
    database_url: str, data_dir: Path
) -> None:
    # A first delay long enough that no guess of the flood slips through on a slow machine.
    with serving(database_url, data_dir, signin_first_delay_seconds=60) as live:
        owner = create_workspace(live.container, "acme")
        at = _addresses(live)
        codes = [_try(at(A), "acme", owner.email, WRONG).status_code for _ in range(30)]
        assert codes[:5] == [401] * 5 and set(codes[5:]) == {429}
        # The attacker's address is slowed down, even with the right password...
        assert _try(at(A), "acme", owner.email, PASSWORD).status_code == 429
        # ...but the owner, from an address with no failures for the account, gets in at once.
        r = _try(at(B), "acme", owner.email, PASSWORD)
        assert r.status_code == 201, r.text
        # Signing in from B forgives nothing of A's: A still waits.
        assert _try(at(A), "acme", owner.email, PASSWORD).status_code == 429


def test_retry_after_grows_with_each_failure(database_url: str, data_dir: Path) -> None:
    # 2 s, 4 s, 8 s: a slow machine's few hundred milliseconds do not blur the steps.
    with serving(database_url, data_dir, signin_first_delay_seconds=2) as live:
        _retry_after_grows(live)


def _let_pass(live: LiveServer, seconds: float) -> None:
    """Time passes for the throttle, which reads it from the failures' own timestamps: each
    is moved back, rather than the test sleeping 2 + 4 + 8 s per database."""
    with live.container.db.write() as s:
        for failure in s.scalars(select(SignInFailure)):
            failure.created_at -= timedelta(seconds=seconds)


def _retry_after_grows(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    at = _addresses(live)
    for _ in range(5):
        assert _try(at(A), "acme", owner.email, WRONG).status_code == 401
    waits = []
    for _ in range(3):
        r = _try(at(A), "acme", owner.email, WRONG)
        assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"
        wait = int(r.headers["retry-after"])
        assert r.json()["error"]["retry_after"] == wait
        assert wait <= 60, wait  # a growing delay, not a 15-minute lock
        waits.append(wait)
        _let_pass(live, wait + 0.1)  # once the delay has passed, the next guess is checked
        assert _try(at(A), "acme", owner.email, WRONG).status_code == 401
    assert waits[0] <= 2 < waits[1] and waits[0] < waits[1] < waits[2], waits


def test_made_up_emails_lock_nobody_and_look_like_real_ones(
    database_url: str, data_dir: Path
) -> None:
    with serving(database_url, data_dir, signin_first_delay_seconds=3) as live:
        _made_up_emails_lock_nobody(live)


def _made_up_emails_lock_nobody(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    at = _addresses(live)
    codes = [
        _try(at(A), "acme", f"nobody-{i}@acme.example.com", WRONG).status_code for i in range(25)
    ]
    assert codes[:20] == [401] * 20 and set(codes[20:]) == {429}
    # Nobody is locked: the owner gets in from elsewhere, and from A once a short delay passes.
    assert _try(at(B), "acme", owner.email, PASSWORD).status_code == 201
    r = _try(at(A), "acme", owner.email, PASSWORD)
    assert r.status_code == 429 and int(r.headers["retry-after"]) <= 3
    _let_pass(live, int(r.headers["retry-after"]) + 0.1)
    assert _try(at(A), "acme", owner.email, PASSWORD).status_code == 201

    # A made-up email and a real one answer alike, before and after their throttling starts.
    made_up = [_try(at(C), "acme", "ghost@acme.example.com", WRONG) for _ in range(6)]
    real = [_try(at(C), "acme", owner.email, WRONG) for _ in range(6)]
    for fake, true in zip(made_up, real, strict=True):
        assert fake.status_code == true.status_code
        assert fake.json()["error"]["code"] == true.json()["error"]["code"]
        assert fake.json()["error"]["message"] == true.json()["error"]["message"]
        assert fake.headers.get("retry-after") == true.headers.get("retry-after")
    assert [r.status_code for r in real] == [401] * 5 + [429]

    admin = add_user(live.container, owner, Role.ADMIN)
    sign_in(live, admin)
    assert _audit(live, admin, "sign_in.locked") == []
    throttled = _audit(live, admin, "sign_in.throttled")
    scopes = sorted((e["details"] or {})["scope"] for e in throttled)  # type: ignore[index]
    # Address A (in this workspace) and the owner from C: one entry each, not one per refusal.
    assert scopes == ["address", "pair"], throttled


def test_the_hard_cap_locks_the_account_audits_and_is_lifted_by_the_operator(
    database_url: str, data_dir: Path
) -> None:
    with serving(database_url, data_dir, signin_account_cap=12) as live:
        owner = create_workspace(live.container, "acme")
        at = _addresses(live)
        admin = add_user(live.container, owner, Role.ADMIN)
        sign_in(live, admin)
        # 12 failures from three addresses: none is slowed down (4 < 5 per pair)...
        for address in ("127.0.0.5", "127.0.0.6", "127.0.0.7"):
            for _ in range(4):
                assert _try(at(address), "acme", owner.email, WRONG).status_code == 401
        # ...but the account is now locked from everywhere, right password included.
        r = _try(at("127.0.0.8"), "acme", owner.email, PASSWORD)
        assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"
        assert int(r.headers["retry-after"]) > 23 * 3600
        # Other accounts are not affected.
        assert _try(at("127.0.0.8"), "acme", admin.email, PASSWORD).status_code == 201

        [locked] = _audit(live, admin, "sign_in.locked")
        assert locked["object_id"] == owner.user_id
        details = locked["details"]
        assert isinstance(details, dict) and details["scope"] == "account"
        assert len(str(details["address_key"])) == 64
        # Neither the password, nor the address, nor the email are kept in clear.
        text = str(locked)
        for secret in (WRONG, PASSWORD, "127.0.0.7", owner.email):
            assert secret not in text

        env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
        done = CliRunner().invoke(
            app, ["user", "unlock", "--workspace", "acme", "--email", owner.email], env=env
        )
        assert done.exit_code == 0, done.output
        assert "12 failed attempts" in done.output
        assert _try(at("127.0.0.8"), "acme", owner.email, PASSWORD).status_code == 201
        assert len(_audit(live, admin, "sign_in.unlocked")) == 1


def test_password_change_throttles_wrong_current_passwords(
    database_url: str, data_dir: Path
) -> None:
    with serving(database_url, data_dir, signin_first_delay_seconds=3) as live:
        _password_change_throttled(live)


def _password_change_throttled(live: LiveServer) -> None:
    owner = create_workspace(live.container, "acme")
    at = _addresses(live)
    token = _try(at(A), "acme", owner.email, PASSWORD).json()["token"]
    me = live.client(token, address=A)
    new = "a brand new passphrase 42"
    for _ in range(5):
        r = me.put("/api/v1/me/password", json={"current_password": WRONG, "new_password": new})
        assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_credentials"
    right = {"current_password": PASSWORD, "new_password": new}
    r = me.put("/api/v1/me/password", json=right)
    assert r.status_code == 429 and r.json()["error"]["code"] == "sign_in_throttled"
    _let_pass(live, int(r.headers["retry-after"]) + 0.1)
    r = me.put("/api/v1/me/password", json=right)
    assert r.status_code == 204, r.text
    assert _try(at(B), "acme", owner.email, new).status_code == 201

    admin = add_user(live.container, owner, Role.ADMIN)
    sign_in(live, admin)
    [entry] = _audit(live, admin, "reauthentication.throttled")
    assert entry["object_id"] == owner.user_id and entry["ip"] is None


def test_guesses_sent_at_once_get_no_more_free_checks(database_url: str, data_dir: Path) -> None:
    # Each guess is counted before its password is checked: 40 at once from one address
    # get the 5 free checks between them, not one each (an outside probe, stop 42: 24).
    with serving(database_url, data_dir, signin_first_delay_seconds=60) as live:
        owner = create_workspace(live.container, "acme")

        def guess(n: int) -> int:
            with live.client(address=A) as client:
                return _try(client, "acme", owner.email, f"{WRONG} {n}").status_code

        with ThreadPoolExecutor(40) as pool:
            codes = Counter(pool.map(guess, range(40)))
        assert set(codes) <= {401, 429} and 1 <= codes[401] <= 5, codes
        # Refused guesses are not counted (only the checked ones are failures), and the owner
        # from another address is let in.
        with live.container.db.read() as s:
            assert s.scalar(select(func.count()).select_from(SignInFailure)) == codes[401]
        assert _try(live.client(address=B), "acme", owner.email, PASSWORD).status_code == 201
