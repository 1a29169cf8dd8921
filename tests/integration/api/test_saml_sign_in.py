"""SAML 2.0 sign-in (ADR 0045) against a real IdP (tests/support/saml_idp.py, signing with
libxmlsec1 while callvault verifies with signxml): real HTTP, real RSA signatures, real HTTPS
to callvault. Every lie the IdP (or someone between it and the browser) can tell ends on
the sign-in page with a reason, an audit record where the workspace is known, and no
session."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import select, update

from callvault.core.permissions import Role
from callvault.identity.models import User
from callvault.identity.sso.models import SsoIdentity
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
from tests.support.saml import configure_saml, post, saml_config, saml_sign_in, through_idp, to_idp
from tests.support.saml_idp import KeyPair, SamlIdp, running_idp
from tests.support.sso import refusal, signed_in_user

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def saml_live(tmp_path_factory: pytest.TempPathFactory, database_url: str) -> Iterator[LiveServer]:
    # One server for the module (start-up is most of a test's time); each test its own
    # workspace. The test IdP is plain HTTP on 127.0.0.1: allowed only by this setting.
    data_dir = tmp_path_factory.mktemp("saml")
    with serving(database_url, data_dir, oidc_allow_insecure_issuers=True) as live:
        yield live


@pytest.fixture(scope="module")
def running() -> Iterator[SamlIdp]:
    with running_idp() as provider:
        yield provider


@pytest.fixture
def idp(running: SamlIdp) -> SamlIdp:
    # One IdP (and its RSA keys) for the module; each test starts it honest.
    running.misbehave, running.sign, running.assertion_id = None, "assertion", None
    running.requests.clear()
    return running


_n = iter(range(10_000))


def _set_up(live: LiveServer, idp: SamlIdp, **saml: object) -> tuple[Member, Member]:
    owner = create_workspace(live.container, f"acme{next(_n)}")
    sign_in(live, owner)
    member = add_user(live.container, owner, Role.MEMBER)
    configure_saml(live, owner, idp, **saml)
    idp.sign_in_as(member.email)
    return owner, member


def _failures(live: LiveServer, owner: Member) -> list[dict[str, object]]:
    r = live.client(owner.token).get("/api/v1/audit", params={"action": "sign_in.sso_failure"})
    assert r.status_code == 200, r.text
    return [e["details"] for e in r.json()["entries"]]


def test_configuration_metadata_and_a_sign_in(saml_live: LiveServer, idp: SamlIdp) -> None:
    live = saml_live
    owner, member = _set_up(live, idp)
    admin = add_user(live.container, owner, Role.ADMIN)
    sign_in(live, admin)
    # Admins read; only owners write.
    seen = live.client(admin.token).get("/api/v1/workspace/sso").json()
    assert seen["protocol"] == "saml" and seen["saml"]["entity_id"] == idp.entity_id
    assert seen["saml"]["certificates"][0]["sha256"].count(":") == 31
    sp = seen["service_provider"]
    assert sp["acs_url"] == live.base_url + "/api/v1/auth/sso/saml/acs"
    assert (
        sp["entity_id"]
        == sp["metadata_url"]
        == (f"{live.base_url}/api/v1/auth/sso/{owner.slug}/saml/metadata")
    )
    body = saml_config(idp, owner.slug)
    assert live.client(admin.token).put("/api/v1/workspace/sso", json=body).status_code == 403
    # The SP metadata is public and names the same entity ID and ACS URL.
    metadata = live.client().get(f"/api/v1/auth/sso/{owner.slug}/saml/metadata")
    assert metadata.status_code == 200
    assert metadata.headers["content-type"].startswith("application/samlmetadata+xml")
    assert f'entityID="{sp["entity_id"]}"' in metadata.text
    assert f'Location="{sp["acs_url"]}"' in metadata.text
    # The sign-in page's question stays protocol-neutral.
    public = live.client().get(f"/api/v1/auth/sso/{owner.slug}/options").json()
    assert public == {"enabled": True, "label": "Test SAML IdP"}

    browser = live.client()
    idp_url = to_idp(browser, owner.slug)
    assert idp_url.startswith(idp.sso_url + "?SAMLRequest=")
    cookie = browser.cookies.get("__Host-callvault_saml")
    assert cookie, "the binding cookie"
    done = post(browser, through_idp(idp_url)[1])
    assert done.headers["location"] == "/"
    assert "__Host-callvault_session=cvs_" in str(done.headers.get_list("set-cookie"))
    assert signed_in_user(browser) == member.user_id
    entries = (
        live.client(owner.token)
        .get("/api/v1/audit", params={"action": "sign_in.success"})
        .json()["entries"]
    )
    [entry] = [e for e in entries if e["actor_id"] == member.user_id]
    assert entry["details"] == {"method": "saml", "issuer": idp.entity_id}
    with live.container.db.read() as s:
        link = s.get(SsoIdentity, member.user_id)
        assert link is not None and (link.issuer, link.subject) == (idp.entity_id, member.email)


def test_the_start_cookie_survives_the_cross_site_post(saml_live: LiveServer, idp: SamlIdp) -> None:
    owner, _ = _set_up(saml_live, idp)
    r = saml_live.client().get(f"/api/v1/auth/sso/{owner.slug}/start")
    cookie = r.headers["set-cookie"].lower()
    assert cookie.startswith("__host-callvault_saml=")
    for part in ("samesite=none", "secure", "httponly", "path=/", "max-age="):
        assert part in cookie


def test_pasted_metadata_fills_the_settings(saml_live: LiveServer, idp: SamlIdp) -> None:
    owner = create_workspace(saml_live.container, f"meta{next(_n)}")
    client = saml_live.client(sign_in(saml_live, owner))
    body = saml_config(idp, owner.slug)
    body["saml"] = {"metadata_xml": idp.metadata_xml()}
    r = client.put("/api/v1/workspace/sso", json=body)
    assert r.status_code == 200, r.text
    saml = r.json()["saml"]
    assert (saml["entity_id"], saml["sso_url"]) == (idp.entity_id, idp.sso_url)
    assert len(saml["certificates"]) == 1
    # SAML has no client secret: the stored one is gone, so going back to OpenID Connect
    # needs one again; and there is nothing to "test" for SAML.
    assert r.json()["client_secret_set"] is False
    oidc = {
        "issuer": "https://idp.example.com",
        "client_id": "x",
        "allowed_domains": ["a.com"],
        "password": PASSWORD,
    }
    back = client.put("/api/v1/workspace/sso", json=oidc)
    assert back.status_code == 422 and back.json()["error"]["field"] == "client_secret"
    tested = client.post("/api/v1/workspace/sso/test", json={})
    assert tested.status_code == 422 and tested.json()["error"]["code"] == "sso_config_invalid"
    # A DTD (entities, XXE) is refused outright.
    body["saml"] = {
        "metadata_xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/'
        'passwd">]><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" '
        'entityID="&e;"/>'
    }
    r = client.put("/api/v1/workspace/sso", json=body)
    assert r.status_code == 422 and r.json()["error"]["code"] == "sso_config_invalid"
    # Three certificates, or a plain-http SSO URL elsewhere than loopback, are refused.
    certs = [KeyPair.generate().cert_pem for _ in range(3)]
    for saml_fields in (
        {"entity_id": "x", "sso_url": idp.sso_url, "certificates": certs},
        {"entity_id": "x", "sso_url": "http://idp.example.com/sso", "certificates": certs[:1]},
        {"entity_id": "x", "sso_url": idp.sso_url, "certificates": ["not a certificate"]},
    ):
        r = client.put("/api/v1/workspace/sso", json=body | {"saml": saml_fields})
        assert r.status_code == 422, r.text


LIES = [
    ("wrap", "sso_response_invalid", "assertion_count"),
    ("wrong_audience", "sso_response_invalid", "audience"),
    ("wrong_destination", "sso_response_invalid", "destination"),
    ("wrong_recipient", "sso_response_invalid", "recipient"),
    ("wrong_issuer", "sso_response_invalid", "issuer"),
    ("expired", "sso_response_invalid", "expired"),
    ("not_yet_valid", "sso_response_invalid", "not_yet_valid"),
    ("sha1", "sso_response_invalid", "sha1"),
    ("unsigned", "sso_response_invalid", "unsigned"),
    ("other_key", "sso_response_invalid", "signature"),
    ("denied", "sso_denied", "idp:Responder"),
    ("encrypted", "sso_saml_encrypted", "encrypted_assertion"),
    ("comment", "sso_domain_not_allowed", "sso_domain_not_allowed"),
]


def test_every_lie_is_refused(saml_live: LiveServer, idp: SamlIdp) -> None:
    # One workspace for all (each lie's set-up would cost more than the lie itself).
    owner, _ = _set_up(saml_live, idp)
    for lie, reason, audit_reason in LIES:
        idp.misbehave = lie
        browser = saml_live.client()
        assert refusal(saml_sign_in(browser, owner.slug)) == reason, lie
        assert signed_in_user(browser) is None, lie
        details = _failures(saml_live, owner)[0]
        assert details == {"method": "saml", "reason": audit_reason, "issuer": idp.entity_id}


def test_a_signed_response_and_the_second_certificate_both_serve(
    saml_live: LiveServer, idp: SamlIdp
) -> None:
    # The IdP rotates: its new key is the second certificate configured.
    old = KeyPair.generate("old key")
    owner, member = _set_up(saml_live, idp, certificates=[old.cert_pem, idp.keys.cert_pem])
    idp.sign = "response"
    browser = saml_live.client()
    assert saml_sign_in(browser, owner.slug).headers["location"] == "/"
    assert signed_in_user(browser) == member.user_id


def test_requests_are_single_use_bound_to_the_browser_and_solicited(
    saml_live: LiveServer, idp: SamlIdp
) -> None:
    live = saml_live
    owner, _ = _set_up(live, idp)
    # Forced into another browser (login CSRF): no binding cookie there.
    victim, attacker = live.client(), live.client()
    _, value = through_idp(to_idp(attacker, owner.slug))
    assert refusal(post(victim, value)) == "sso_expired"
    # ... and the request is spent: the attacker's own browser cannot use it any more.
    assert refusal(post(attacker, value)) == "sso_expired"
    # A replayed response after a success.
    browser = live.client()
    _, value = through_idp(to_idp(browser, owner.slug))
    assert post(browser, value).headers["location"] == "/"
    assert refusal(post(browser, value)) == "sso_expired"
    # An answer to a request never made, and an unsolicited (IdP-initiated) one.
    idp.misbehave = "unknown_request"
    assert refusal(saml_sign_in(live.client(), owner.slug)) == "sso_expired"
    idp.misbehave = "unsolicited"
    assert refusal(saml_sign_in(live.client(), owner.slug)) == "sso_unsolicited"
    assert [d["reason"] for d in _failures(live, owner)] == ["browser_mismatch"]


def test_an_assertion_is_never_used_twice(saml_live: LiveServer, idp: SamlIdp) -> None:
    owner, _ = _set_up(saml_live, idp)
    idp.assertion_id = "_the-same-assertion"
    assert saml_sign_in(saml_live.client(), owner.slug).headers["location"] == "/"
    # A fresh request, answered with an assertion of the same ID (a captured one replayed).
    assert refusal(saml_sign_in(saml_live.client(), owner.slug)) == "sso_response_invalid"
    assert _failures(saml_live, owner)[0]["reason"] == "assertion_replayed"


def test_hostile_bodies_are_refused(saml_live: LiveServer, idp: SamlIdp) -> None:
    owner, _ = _set_up(saml_live, idp)
    browser = saml_live.client()
    to_idp(browser, owner.slug)
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;'
        b'&lol;&lol;">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"'
        b' Version="2.0" InResponseTo="x">&lol2;</samlp:Response>'
    )
    xxe = laughs.replace(b'<!ENTITY lol "lol">', b'<!ENTITY lol SYSTEM "file:///etc/passwd">')
    for payload in (laughs, xxe):
        assert refusal(post(browser, base64.b64encode(payload).decode())) == "sso_response_invalid"
    assert refusal(post(browser, "A" * 300_000)) == "sso_response_invalid"  # oversize
    for garbage in ("not base64!", "PHNhbWxw\u00e9"):
        assert refusal(post(browser, garbage)) == "sso_response_invalid"
    r = browser.post("/api/v1/auth/sso/saml/acs", json={"SAMLResponse": "x"})
    assert r.status_code == 303 and refusal(r) == "sso_response_invalid"
    # None of it spent this browser's request: the real answer still signs in.
    assert post(browser, through_idp(to_idp(browser, owner.slug))[1]).headers["location"] == "/"


def test_who_signs_in(saml_live: LiveServer, idp: SamlIdp) -> None:
    live = saml_live
    owner, member = _set_up(live, idp)
    # Another domain, and an email without an account: no account is made.
    idp.sign_in_as("someone@elsewhere.example.org")
    assert refusal(saml_sign_in(live.client(), owner.slug)) == "sso_domain_not_allowed"
    idp.sign_in_as(f"newcomer@{owner.slug}.example.com")
    assert refusal(saml_sign_in(live.client(), owner.slug)) == "sso_unknown_user"
    with live.container.db.read() as s:
        users = s.scalars(select(User).where(User.workspace_id == owner.workspace_id)).all()
        assert len(users) == 2
    # The first subject is the only one: the IdP hands the email to another NameID.
    idp.sign_in_as(member.email)
    assert saml_sign_in(live.client(), owner.slug).headers["location"] == "/"
    configure_saml(live, owner, idp, email_attribute="email")
    idp.sign_in_as(member.email, name_id="someone-else")
    assert refusal(saml_sign_in(live.client(), owner.slug)) == "sso_subject_mismatch"
    # A disabled user stays out.
    idp.sign_in_as(member.email)
    with live.container.db.write() as s:
        s.execute(update(User).where(User.id == member.user_id).values(status="disabled"))
    assert refusal(saml_sign_in(live.client(), owner.slug)) == "sso_unknown_user"
    reasons = [d["reason"] for d in _failures(live, owner)]
    assert reasons == [
        "user_not_active",
        "sso_subject_mismatch",
        "sso_unknown_user",
        "sso_domain_not_allowed",
    ]


def test_two_step_sign_in_still_asks_for_the_code(saml_live: LiveServer, idp: SamlIdp) -> None:
    live = saml_live
    _, member = _set_up(live, idp)
    enrolled = enrolled_member(live, member)
    browser = live.client(headers={"x-callvault-csrf": "1"})
    location = saml_sign_in(browser, member.slug).headers["location"]
    assert location.startswith("/sign-in#sso_challenge=")
    assert signed_in_user(browser) is None
    challenge = unquote(urlsplit(location).fragment.partition("=")[2])
    second = browser.post(
        "/api/v1/auth/browser/sign-in/second-step",
        json={"challenge": challenge, "code": enrolled.code(steps_ahead=1)},
    )
    assert second.status_code == 201, second.text
    assert signed_in_user(browser) == member.user_id


def test_the_authn_request(saml_live: LiveServer, idp: SamlIdp) -> None:
    owner, _ = _set_up(saml_live, idp)
    url = to_idp(saml_live.client(), owner.slug)
    query = parse_qs(urlsplit(url).query)
    assert set(query) == {"SAMLRequest"}
    through_idp(url)
    [request_id] = idp.requests
    assert request_id.startswith("cv_") and len(request_id) == 67
