"""The sign-in flow (authorization code with PKCE S256, ADR 0043): `start` sends the browser
to the provider; `complete` takes it back, exchanges the code, verifies the ID token and
opens the same browser session a password opens, for an existing active user only.

Every refusal raises SsoSignInFailed with a reason the sign-in page shows; once the state
named a workspace the refusal is audited there (`sign_in.sso_failure`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import quote_plus

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.context import Origin
from callvault.core.errors import CallvaultError
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import auth
from callvault.identity import repository as identity_repo
from callvault.identity.bearer import OPEN_STATUSES, may_enter
from callvault.identity.mfa import challenges
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.schemas import SignInOut
from callvault.identity.service import email_index, normalise_email
from callvault.identity.sso import repository as repo
from callvault.identity.sso import state as flow_state
from callvault.identity.sso.administration import domains_of, open_secret
from callvault.identity.sso.config import email_allowed
from callvault.identity.sso.discovery import Provider, ProviderClient
from callvault.identity.sso.errors import SsoProviderUnreachable, SsoSignInFailed
from callvault.identity.sso.models import SsoIdentity
from callvault.identity.sso.tokens import VerifiedIdentity, verify

STATE_TTL = timedelta(minutes=10)
BASIC = "client_secret_basic"  # the client authentication method
DEVICE_NAME = "Web browser (single sign-on)"


@dataclass(slots=True)
class Failure:
    """Where a refusal is audited, once the workspace is known."""

    workspace_id: str
    user_id: str | None
    issuer: str | None


def start(
    db: Database, *, keyring: Keyring, client: ProviderClient, slug: str, redirect_uri: str
) -> flow_state.Started:
    with db.read() as s:
        ws = identity_repo.workspace_by_slug(s, slug.strip().lower())
        row = repo.config(s, ws.id) if ws is not None and ws.status in OPEN_STATUSES else None
        if ws is None or row is None or not row.enabled:
            raise SsoSignInFailed("sso_unavailable")
        issuer, client_id, workspace_id = row.issuer, row.client_id, ws.id
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
        _audit_failure(db, audit, e, where, origin)
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
        if row is None or not row.enabled:
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
    try:
        email = normalise_email(identity.email)
    except CallvaultError as e:
        raise SsoSignInFailed("sso_unknown_user", "email_malformed") from e
    if not email_allowed(email, domains):
        raise SsoSignInFailed("sso_domain_not_allowed")
    with db.write() as s:
        return _sign_in(
            s, keyring=keyring, audit=audit, policy=policy, workspace_id=pending.workspace_id,
            email=email, identity=identity, origin=origin, where=where,
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


def _sign_in(
    s: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: auth.AuthPolicy,
    workspace_id: str,
    email: str,
    identity: VerifiedIdentity,
    origin: Origin,
    where: Failure,
) -> SignInOut | SecondStepOut:
    ws = identity_repo.workspace(s, workspace_id)
    cipher = keyring.cipher(s, workspace_id)
    user = identity_repo.user_by_email_index(s, workspace_id, email_index(cipher, email))
    if ws is None or user is None:
        raise SsoSignInFailed("sso_unknown_user")  # no account is made (ADR 0043)
    where.user_id = user.id
    if user.status != "active":
        raise SsoSignInFailed("sso_unknown_user", "user_not_active")
    if not may_enter(ws.status, user.role):
        raise SsoSignInFailed("sso_workspace_closing")
    _check_subject(s, workspace_id, user.id, identity)
    method = {"method": "oidc", "issuer": identity.issuer}
    if user.mfa_enabled:
        issued = challenges.issue(
            s, cipher=cipher, workspace_id=workspace_id, user_id=user.id, kind="browser",
            device_name=DEVICE_NAME, ttl=policy.mfa_challenge_ttl,
        )  # fmt: skip
        audit.record(
            s, workspace_id=workspace_id, actor_type="anonymous", actor_id="-",
            action="sign_in.second_step", object_type="user", object_id=user.id,
            ip=origin.ip, user_agent=origin.user_agent, details=method,
        )  # fmt: skip
        return issued
    return auth.open_session(
        s, keyring=keyring, audit=audit, policy=policy, user_id=user.id,
        workspace_id=workspace_id, password=None, device_name=DEVICE_NAME, origin=origin,
        method=method,
    )  # fmt: skip


def _check_subject(s: Session, workspace_id: str, user_id: str, identity: VerifiedIdentity) -> None:
    """The first SSO sign-in links the user to the provider's subject; later ones must come
    from that subject (an email the provider reassigns to someone else takes nothing over)."""
    linked = repo.identity_of(s, workspace_id, user_id)
    if linked is not None:
        if (linked.issuer, linked.subject) != (identity.issuer, identity.subject):
            raise SsoSignInFailed("sso_subject_mismatch")
        return
    other = repo.identity_by_subject(s, workspace_id, identity.issuer, identity.subject)
    if other is not None:  # that subject already signs in another user of this workspace
        raise SsoSignInFailed("sso_subject_mismatch", "subject_taken")
    s.add(
        SsoIdentity(
            user_id=user_id,
            workspace_id=workspace_id,
            issuer=identity.issuer,
            subject=identity.subject,
        )
    )
    s.flush()


def _audit_failure(
    db: Database, audit: AuditLog, e: SsoSignInFailed, where: Failure, origin: Origin
) -> None:
    details = {"method": "oidc", "reason": e.audit_reason}
    if where.issuer is not None:
        details["issuer"] = where.issuer
    with db.write() as s:
        audit.record(
            s, workspace_id=where.workspace_id, actor_type="anonymous", actor_id="-",
            action="sign_in.sso_failure", object_type="user" if where.user_id else "workspace",
            object_id=where.user_id or where.workspace_id, ip=origin.ip,
            user_agent=origin.user_agent, details=details,
        )  # fmt: skip
