"""The sign-in flow (authorization code with PKCE S256, ADR 0043): `start` sends the browser
to the provider; `complete` takes it back, exchanges the code, verifies the ID token and
opens the same browser session a password opens, for an existing active user only.

Every refusal raises SsoSignInFailed with a reason the sign-in page shows; once the state
named a workspace the refusal is audited there (`sign_in.sso_failure`)."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote_plus

from callvault.audit.service import AuditLog
from callvault.core.context import Origin
from callvault.core.errors import CallvaultError
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import auth
from callvault.identity import repository as identity_repo
from callvault.identity.bearer import OPEN_STATUSES
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.schemas import SignInOut
from callvault.identity.sso import repository as repo
from callvault.identity.sso import state as flow_state
from callvault.identity.sso.administration import domains_of, open_secret
from callvault.identity.sso.discovery import Provider, ProviderClient
from callvault.identity.sso.errors import SsoProviderUnreachable, SsoSignInFailed
from callvault.identity.sso.saml import service as saml
from callvault.identity.sso.sign_in import Failure, Subject, allowed_email, audit_failure, sign_in
from callvault.identity.sso.tokens import verify

STATE_TTL = timedelta(minutes=10)
BASIC = "client_secret_basic"  # the client authentication method


def start(
    db: Database,
    *,
    keyring: Keyring,
    client: ProviderClient,
    slug: str,
    redirect_uri: str,
    base_url: str,
) -> flow_state.Started:
    """To the workspace's provider, by whichever protocol it speaks."""
    slug = slug.strip().lower()
    with db.read() as s:
        ws = identity_repo.workspace_by_slug(s, slug)
        row = repo.config(s, ws.id) if ws is not None and ws.status in OPEN_STATUSES else None
        if ws is None or row is None or not row.enabled:
            raise SsoSignInFailed("sso_unavailable")
        issuer, client_id, workspace_id = row.issuer, row.client_id, ws.id
        protocol, sso_url = row.protocol, row.saml_sso_url
    if protocol == "saml" and sso_url:
        return saml.start(db, workspace_id=workspace_id, sso_url=sso_url, slug=slug,
                          base_url=base_url)  # fmt: skip
    if protocol != "oidc":
        raise SsoSignInFailed("sso_unavailable")
    try:
        provider = client.provider(issuer)  # outside any transaction: a network fetch
    except (SsoProviderUnreachable, CallvaultError) as e:
        raise SsoSignInFailed("sso_provider_error", "discovery") from e
    with db.write() as s:
        return flow_state.issue(
            s,
            cipher=keyring.cipher(s, workspace_id),
            workspace_id=workspace_id,
            provider=provider,
            client_id=client_id,
            redirect_uri=redirect_uri,
            ttl=STATE_TTL,
        )


def complete(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: auth.AuthPolicy,
    client: ProviderClient,
    state: str | None,
    binding: str | None,
    code: str | None,
    error: str | None,
    origin: Origin,
) -> SignInOut | SecondStepOut:
    """A session (SignInOut), or, for a user with two-step sign-in on, the challenge of its
    second step: the provider stands in for the password, never for callvault's own code."""
    refused: SsoSignInFailed | None = None
    with db.write() as s:  # committed on its own: a spent state stays spent, whatever follows
        try:
            pending = flow_state.consume(
                s,
                cipher_of=lambda ws_id: keyring.cipher(s, ws_id),
                state=state or "",
                binding=binding,
            )
        except SsoSignInFailed as e:
            refused = e  # raised after the commit: raising here would roll the DELETE back
    if refused is not None:
        raise refused
    where = Failure(pending.workspace_id, None, None)
    try:
        return _complete(
            db, keyring=keyring, audit=audit, policy=policy, client=client, pending=pending,
            code=code, error=error, origin=origin, where=where,
        )  # fmt: skip
    except SsoSignInFailed as e:
        audit_failure(db, audit, e, where, origin)
        raise


def _complete(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: auth.AuthPolicy,
    client: ProviderClient,
    pending: flow_state.Pending,
    code: str | None,
    error: str | None,
    origin: Origin,
    where: Failure,
) -> SignInOut | SecondStepOut:
    if error is not None:
        raise SsoSignInFailed("sso_denied", f"idp:{error[:40]}")
    if not code or len(code) > 2048:
        raise SsoSignInFailed("sso_provider_error", "no_code")
    with db.read() as s:
        row = repo.config(s, pending.workspace_id)
        if row is None or not row.enabled or row.protocol != "oidc":
            raise SsoSignInFailed("sso_unavailable")
        issuer, client_id, domains = row.issuer, row.client_id, domains_of(row)
        secret = open_secret(keyring.cipher(s, pending.workspace_id), row)
    where.issuer = issuer
    try:
        provider = client.provider(issuer)
        id_token = _exchange(client, provider, pending, code, client_id, secret)
        identity = verify(
            client, provider, id_token, client_id=client_id, nonce_hash=pending.nonce_hash
        )
    except SsoProviderUnreachable as e:
        raise SsoSignInFailed("sso_provider_error", "token_or_keys") from e
    if not identity.email_verified:
        raise SsoSignInFailed("sso_email_unverified")
    email = allowed_email(identity.email, domains)
    who = Subject(identity.issuer, identity.subject, email)
    with db.write() as s:
        return sign_in(
            s, keyring=keyring, audit=audit, policy=policy, workspace_id=pending.workspace_id,
            who=who, method="oidc", origin=origin, where=where,
        )  # fmt: skip


def _exchange(
    client: ProviderClient,
    provider: Provider,
    pending: flow_state.Pending,
    code: str,
    client_id: str,
    secret: str,
) -> str:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": pending.redirect_uri,
        "code_verifier": pending.verifier,
    }
    auth_pair: tuple[str, str] | None = None
    if provider.token_auth == BASIC:
        # RFC 6749 §2.3.1: both parts form-urlencoded before the Basic encoding.
        auth_pair = (quote_plus(client_id), quote_plus(secret))
    else:
        data |= {"client_id": client_id, "client_secret": secret}
    answer = client.fetch("POST", provider.token_endpoint, step="token", data=data, auth=auth_pair)
    id_token = answer.get("id_token")
    if not isinstance(id_token, str) or not id_token:
        raise SsoProviderUnreachable("token: no ID token in the answer.")
    return id_token
