"""The SAML 2.0 round trip (ADR 0045): `start` sends the browser to the IdP with an
AuthnRequest whose ID is remembered (hashed, single use, ten minutes, bound to the browser);
`complete` takes the IdP's POST to the ACS, spends that request, verifies the Response
(saml/response.py), refuses an assertion ID seen before, and signs in as OIDC does
(sso/sign_in.py): existing active users only, subject pinned, two-step sign-in kept."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from lxml import etree
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Origin
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import auth
from callvault.identity import repository as identity_repo
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.schemas import SignInOut
from callvault.identity.sso import repository as repo
from callvault.identity.sso.administration import domains_of
from callvault.identity.sso.errors import SsoSignInFailed
from callvault.identity.sso.models import SsoLogin, SsoSamlAssertion
from callvault.identity.sso.saml import request, response
from callvault.identity.sso.saml.metadata import service_provider
from callvault.identity.sso.saml.settings import certificates_of
from callvault.identity.sso.sign_in import Failure, Subject, allowed_email, audit_failure, sign_in
from callvault.identity.sso.state import Started, digest

REQUEST_TTL = timedelta(minutes=10)
MAX_ASSERTION_MEMORY = timedelta(days=1)  # an assertion valid longer is remembered this long


def start(db: Database, *, workspace_id: str, sso_url: str, slug: str, base_url: str) -> Started:
    """Remember a new request and give the IdP's URL carrying it."""
    now = utcnow()
    request_id, binding = request.new_request_id(), secrets.token_urlsafe(32)
    sp = service_provider(base_url, slug)
    with db.write() as s:
        repo.prune_logins(s, now=now)
        s.add(
            SsoLogin(
                state_hash=digest(request_id),
                protocol="saml",
                workspace_id=workspace_id,
                binding_hash=digest(binding),
                nonce_hash="",
                verifier_sealed=b"",
                redirect_uri=sp.acs_url,
                expires_at=now + REQUEST_TTL,
            )
        )
    url = request.redirect_url(sso_url=sso_url, sp=sp, request_id=request_id, now=now)
    return Started(url, binding, now + REQUEST_TTL, protocol="saml")


def complete(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: auth.AuthPolicy,
    saml_response: str | None,
    binding: str | None,
    base_url: str,
    origin: Origin,
) -> SignInOut | SecondStepOut:
    """A session, or the challenge of the user's second step."""
    root = response.decode(saml_response)
    request_id = response.request_id_of(root)
    with db.write() as s:  # committed on its own: a spent request stays spent
        workspace_id, refused = _spend(s, request_id, binding)
    if refused is not None:
        if workspace_id is not None:  # a known request from the wrong browser, or too late
            where = Failure(workspace_id, None, None, method="saml")
            audit_failure(db, audit, refused, where, origin)
        raise refused
    assert workspace_id is not None
    where = Failure(workspace_id, None, None, method="saml")
    try:
        return _complete(
            db, keyring=keyring, audit=audit, policy=policy, root=root, request_id=request_id,
            base_url=base_url, origin=origin, where=where,
        )  # fmt: skip
    except SsoSignInFailed as e:
        audit_failure(db, audit, e, where, origin)
        raise


def _spend(
    s: Session, request_id: str, binding: str | None
) -> tuple[str | None, SsoSignInFailed | None]:
    """Spend the request (whoever presents it, so it never serves twice), then require the
    browser that started it. The workspace it was for, and the refusal if any (returned, not
    raised: raising would roll the DELETE back)."""
    key = digest(request_id)
    row = repo.login(s, key)
    if row is None or not repo.delete_login(s, key) or row.protocol != "saml":
        return None, SsoSignInFailed("sso_expired", "request_unknown")
    if row.expires_at <= utcnow():
        return row.workspace_id, SsoSignInFailed("sso_expired", "request_expired")
    if binding is None or not hmac.compare_digest(digest(binding), row.binding_hash):
        return row.workspace_id, SsoSignInFailed("sso_expired", "browser_mismatch")
    return row.workspace_id, None


def _complete(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: auth.AuthPolicy,
    root: etree._Element,
    request_id: str,
    base_url: str,
    origin: Origin,
    where: Failure,
) -> SignInOut | SecondStepOut:
    with db.read() as s:
        row = repo.config(s, where.workspace_id)
        ws = identity_repo.workspace(s, where.workspace_id)
        if row is None or ws is None or not row.enabled or row.protocol != "saml":
            raise SsoSignInFailed("sso_unavailable")
        expected = response.Expected(
            idp_entity_id=row.issuer,
            certificates=certificates_of(row),
            sp=service_provider(base_url, ws.slug),
            email_attribute=row.saml_email_attribute,
            request_id=request_id,
        )
        domains = domains_of(row)
    where.issuer = expected.idp_entity_id
    now = utcnow()
    verified = response.verify(root, expected, now=now)
    _remember(db, where.workspace_id, verified, now)
    who = Subject(verified.issuer, verified.name_id, allowed_email(verified.email, domains))
    with db.write() as s:
        return sign_in(
            s, keyring=keyring, audit=audit, policy=policy, workspace_id=where.workspace_id,
            who=who, method="saml", origin=origin, where=where,
        )  # fmt: skip


def _remember(
    db: Database, workspace_id: str, verified: response.VerifiedAssertion, now: datetime
) -> None:
    """Spend the assertion ID (committed whatever follows); a second use is a replay."""
    key = hashlib.sha256(f"{verified.issuer} {verified.assertion_id}".encode()).hexdigest()
    try:
        with db.write() as s:
            repo.prune_assertions(s, now=now)
            if s.get(SsoSamlAssertion, key) is not None:
                raise SsoSignInFailed("sso_response_invalid", "assertion_replayed")
            s.add(
                SsoSamlAssertion(
                    id_hash=key,
                    workspace_id=workspace_id,
                    expires_at=min(verified.expires_at, now + MAX_ASSERTION_MEMORY) + response.SKEW,
                )
            )
    except IntegrityError as e:  # the same assertion racing in twice: one wins
        raise SsoSignInFailed("sso_response_invalid", "assertion_replayed") from e
