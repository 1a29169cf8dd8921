"""OpenID Connect sign-in (ADR 0043) against a real provider (tests/support/oidc_provider.py):
real HTTP, real RSA signatures, real HTTPS to callvault, on SQLite and PostgreSQL. Every lie
the provider can tell ends on the sign-in page with a reason and no session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sqlalchemy import select, update

from callvault.core.permissions import Role
from callvault.identity.models import User
from callvault.identity.sso.models import SsoConfig, SsoIdentity
from tests.support.live import (
    PASSWORD,
    LiveServer,
    Member,
    add_user,
    create_workspace,
    serving,
    sign_in,
)
from tests.support.mfa import enrolled_member
from tests.support.oidc_provider import CLIENT_SECRET, Provider, running_provider
from tests.support.sso import (
    back,
    configure,
    refusal,
    signed_in_user,
    sso_sign_in,
    through_provider,
    to_provider,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def sso_live(database_url: str, data_dir: Path) -> Iterator[LiveServer]:
    # The test provider is plain HTTP on 127.0.0.1: allowed only by this explicit setting.
    with serving(database_url, data_dir, oidc_allow_insecure_issuers=True) as live:
        yield live


@pytest.fixture
def idp() -> Iterator[Provider]:
    with running_provider() as provider:
        yield provider


def _set_up(live: LiveServer, idp: Provider) -> tuple[Member, Member]:
    owner = create_workspace(live.container, "acme")
    sign_in(live, owner)
    member = add_user(live.container, owner, Role.MEMBER)
    configure(live, owner, idp)
    idp.sign_in_as(member.email)
    return owner, member


def _audit(live: LiveServer, owner: Member, action: str) -> list[dict[str, object]]:
    r = live.client(owner.token).get("/api/v1/audit", params={"action": action})
    assert r.status_code == 200, r.text
    entries: list[dict[str, object]] = r.json()["entries"]
    return entries


def test_configuration_is_the_owners_and_the_secret_never_comes_back(
    sso_live: LiveServer, idp: Provider
) -> None:
    live = sso_live
    owner = create_workspace(live.container, "acme")
    sign_in(live, owner)
    admin, member = (add_user(live.container, owner, r) for r in (Role.ADMIN, Role.MEMBER))
    sign_in(live, admin)
    sign_in(live, member)
    put = configure(live, owner, idp)
    assert CLIENT_SECRET not in put.text and put.json()["client_secret_set"] is True
    assert put.json()["redirect_uri"].endswith("/api/v1/auth/sso/callback")

    seen = live.client(admin.token).get("/api/v1/workspace/sso")
    assert seen.status_code == 200 and seen.json()["issuer"] == idp.issuer
    assert CLIENT_SECRET not in seen.text
    body = {
        "issuer": idp.issuer,
        "client_id": "x",
        "allowed_domains": ["acme.example.com"],
        "password": PASSWORD,
    }
    assert live.client(admin.token).put("/api/v1/workspace/sso", json=body).status_code == 403
    assert live.client(member.token).get("/api/v1/workspace/sso").status_code == 403
    # Omitting the secret keeps the stored one.
    kept = live.client(owner.token).put("/api/v1/workspace/sso", json=body | {"enabled": True})
    assert kept.status_code == 200 and kept.json()["client_secret_set"] is True
    # Sealed at rest: the column holds no trace of the secret.
    with live.container.db.read() as s:
        row = s.get(SsoConfig, owner.workspace_id)
        assert row is not None and CLIENT_SECRET.encode() not in row.secret_sealed
    # The owner's test fetches discovery and the keys.
    tested = live.client(owner.token).post("/api/v1/workspace/sso/test", json={})
    assert tested.status_code == 200, tested.text
    assert tested.json()["keys"] == 1 and tested.json()["algorithms"] == ["RS256"]


@pytest.mark.parametrize(
    "issuer",
    [
        "https://10.1.2.3/realm",  # private
        "https://169.254.169.254/latest",  # cloud metadata
        "https://[::ffff:10.0.0.1]/",  # private, IPv4-mapped
        "http://login.example.com/",  # not https
        "https://user:pw@login.example.com/",
        "file:///etc/passwd",
        "http://192.168.1.1/",
    ],
)
def test_issuers_the_server_must_not_fetch_are_refused(sso_live: LiveServer, issuer: str) -> None:
    owner = create_workspace(sso_live.container, "acme")
    body = {
        "issuer": issuer,
        "client_id": "x",
        "client_secret": "y",
        "allowed_domains": ["acme.example.com"],
        "password": PASSWORD,
    }
    r = sso_live.client(sign_in(sso_live, owner)).put("/api/v1/workspace/sso", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] in ("sso_config_invalid", "invalid_input")


def test_loopback_issuers_need_the_explicit_setting(live: LiveServer, idp: Provider) -> None:
    owner = create_workspace(live.container, "acme")
    body = {
        "issuer": idp.issuer,
        "client_id": "x",
        "client_secret": "y",
        "allowed_domains": ["acme.example.com"],
        "password": PASSWORD,
    }
    r = live.client(sign_in(live, owner)).put("/api/v1/workspace/sso", json=body)
    assert r.status_code == 422 and r.json()["error"]["code"] == "sso_config_invalid"


def test_sign_in_opens_the_browser_session_and_links_the_subject(
    sso_live: LiveServer, idp: Provider
) -> None:
    live = sso_live
    owner, member = _set_up(live, idp)
    public = live.client().get("/api/v1/auth/sso/ACME/options")
    assert public.json() == {"enabled": True, "label": "Test IdP"}
    assert live.client().get("/api/v1/auth/sso/nowhere/options").json() == {
        "enabled": False,
        "label": None,
    }

    browser = live.client()
    authorize = to_provider(browser, member.slug)
    assert "code_challenge_method=S256" in authorize and "nonce=" in authorize
    done = back(browser, through_provider(authorize))
    assert done.headers["location"] == "/"
    assert "__Host-callvault_session=cvs_" in done.headers["set-cookie"]
    assert signed_in_user(browser) == member.user_id
    # The session is the cookie session a password opens: CSRF-guarded, signs out.
    assert browser.post("/api/v1/auth/browser/sign-out").status_code == 403
    [entry] = [e for e in _audit(live, owner, "sign_in.success") if e["actor_id"] == member.user_id]
    assert entry["details"] == {"method": "oidc", "issuer": idp.issuer}
    with live.container.db.read() as s:
        link = s.get(SsoIdentity, member.user_id)
        assert link is not None and link.subject == f"sub-{member.email}"


@pytest.mark.parametrize(
    ("lie", "reason"),
    [
        ("wrong_iss", "sso_token_invalid"),
        ("wrong_aud", "sso_token_invalid"),
        ("expired", "sso_token_invalid"),
        ("wrong_nonce", "sso_token_invalid"),
        ("alg_none", "sso_token_invalid"),
        ("other_key", "sso_token_invalid"),
        ("deny", "sso_denied"),
    ],
)
def test_every_lie_of_the_provider_is_refused(
    sso_live: LiveServer, idp: Provider, lie: str, reason: str
) -> None:
    owner, member = _set_up(sso_live, idp)
    idp.misbehave = lie
    browser = sso_live.client()
    assert refusal(sso_sign_in(browser, member.slug)) == reason
    assert signed_in_user(browser) is None
    failures = _audit(sso_live, owner, "sign_in.sso_failure")
    assert failures and failures[0]["details"]["reason"].startswith(  # type: ignore[index]
        {"sso_token_invalid": "claims", "sso_denied": "idp:access_denied"}.get(reason, "")
        if lie not in ("alg_none", "other_key")
        else ("alg" if lie == "alg_none" else "signature")
    )


def test_an_unverified_email_or_another_domain_is_refused(
    sso_live: LiveServer, idp: Provider
) -> None:
    _, member = _set_up(sso_live, idp)
    idp.sign_in_as(member.email, verified=False)
    browser = sso_live.client()
    assert refusal(sso_sign_in(browser, member.slug)) == "sso_email_unverified"
    idp.sign_in_as("someone@elsewhere.example.org")
    assert refusal(sso_sign_in(browser, member.slug)) == "sso_domain_not_allowed"
    assert signed_in_user(browser) is None


def test_state_is_single_use_and_bound_to_the_browser(sso_live: LiveServer, idp: Provider) -> None:
    live = sso_live
    _, member = _set_up(live, idp)
    # Forced into another browser (login CSRF): the callback without the binding cookie.
    victim, attacker = live.client(), live.client()
    callback = through_provider(to_provider(attacker, member.slug))
    assert refusal(back(victim, callback)) == "sso_expired"
    assert signed_in_user(victim) is None
    # ... and the state is spent: the attacker's own browser cannot use it any more.
    assert refusal(back(attacker, callback)) == "sso_expired"
    # Replay after a success.
    browser = live.client()
    callback = through_provider(to_provider(browser, member.slug))
    assert back(browser, callback).headers["location"] == "/"
    assert refusal(back(browser, callback)) == "sso_expired"
    # No state, or one never issued.
    assert refusal(back(live.client(), "/api/v1/auth/sso/callback?code=x")) == "sso_expired"
    assert refusal(back(browser, "/api/v1/auth/sso/callback?state=made-up&code=x")) == (
        "sso_expired"
    )


def test_no_account_is_made_and_disabled_users_stay_out(
    sso_live: LiveServer, idp: Provider
) -> None:
    live = sso_live
    owner, member = _set_up(live, idp)
    idp.sign_in_as("newcomer@acme.example.com")
    browser = live.client()
    assert refusal(sso_sign_in(browser, member.slug)) == "sso_unknown_user"
    [entry] = _audit(live, owner, "sign_in.sso_failure")
    assert entry["details"] == {
        "method": "oidc",
        "reason": "sso_unknown_user",
        "issuer": idp.issuer,
    }
    with live.container.db.read() as s:
        assert (
            len(s.scalars(select(User).where(User.workspace_id == owner.workspace_id)).all()) == 2
        )

    with live.container.db.write() as s:
        s.execute(update(User).where(User.id == member.user_id).values(status="disabled"))
    idp.sign_in_as(member.email)
    assert refusal(sso_sign_in(browser, member.slug)) == "sso_unknown_user"
    assert signed_in_user(browser) is None


def test_the_first_subject_is_the_only_one(sso_live: LiveServer, idp: Provider) -> None:
    _, member = _set_up(sso_live, idp)
    browser = sso_live.client()
    assert sso_sign_in(browser, member.slug).headers["location"] == "/"
    # The provider hands the same email to another person (another subject).
    idp.sign_in_as(member.email, sub="someone-else")
    other = sso_live.client()
    assert refusal(sso_sign_in(other, member.slug)) == "sso_subject_mismatch"
    assert signed_in_user(other) is None


def test_sso_is_off_until_enabled(sso_live: LiveServer, idp: Provider) -> None:
    owner = create_workspace(sso_live.container, "acme")
    sign_in(sso_live, owner)
    configure(sso_live, owner, idp, enabled=False)
    assert sso_live.client().get("/api/v1/auth/sso/acme/options").json()["enabled"] is False
    r = sso_live.client().get("/api/v1/auth/sso/acme/start")
    assert r.status_code == 303 and refusal(r) == "sso_unavailable"


def test_two_step_sign_in_still_asks_for_the_code(sso_live: LiveServer, idp: Provider) -> None:
    live = sso_live
    _, member = _set_up(live, idp)
    enrolled = enrolled_member(live, member)
    browser = live.client(headers={"x-callvault-csrf": "1"})
    done = sso_sign_in(browser, member.slug)
    location = done.headers["location"]
    assert location.startswith("/sign-in#sso_challenge=")
    assert "set-cookie" not in done.headers or "callvault_session=cvs_" not in str(
        done.headers.get_list("set-cookie")
    )
    assert signed_in_user(browser) is None
    challenge = unquote(urlsplit(location).fragment.partition("=")[2])
    second = browser.post(
        "/api/v1/auth/browser/sign-in/second-step",
        json={"challenge": challenge, "code": enrolled.code(steps_ahead=1)},
    )
    assert second.status_code == 201, second.text
    assert signed_in_user(browser) == member.user_id
