"""Who a verified IdP answer signs in, whichever the protocol (ADR 0043, ADR 0045): the
existing active user with that email, linked to the IdP's subject on the first sign-in and
held to it after; the provider stands in for the password, never for callvault's own second
step. Refusals are audited `sign_in.sso_failure` once the workspace is known."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.context import Origin
from callvault.core.errors import CallvaultError
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import auth
from callvault.identity import repository as identity_repo
from callvault.identity.bearer import may_enter
from callvault.identity.mfa import challenges
from callvault.identity.mfa.schemas import SecondStepOut
from callvault.identity.schemas import SignInOut
from callvault.identity.service import email_index, normalise_email
from callvault.identity.sso import repository as repo
from callvault.identity.sso.config import email_allowed
from callvault.identity.sso.errors import SsoSignInFailed
from callvault.identity.sso.models import SsoIdentity

DEVICE_NAME = "Web browser (single sign-on)"


@dataclass(frozen=True, slots=True)
class Subject:
    """Who the IdP says signed in: its name (`iss` / entity ID), its subject (`sub` /
    NameID) and the email it vouches for."""

    issuer: str
    subject: str
    email: str


@dataclass(slots=True)
class Failure:
    """Where a refusal is audited, once the workspace is known."""

    workspace_id: str
    user_id: str | None
    issuer: str | None
    method: str = "oidc"


def allowed_email(raw: str, domains: list[str]) -> str:
    """The normalised email, if its domain is allowed; else SsoSignInFailed."""
    try:
        email = normalise_email(raw)
    except CallvaultError as e:
        raise SsoSignInFailed("sso_unknown_user", "email_malformed") from e
    if not email_allowed(email, domains):
        raise SsoSignInFailed("sso_domain_not_allowed")
    return email


def sign_in(
    s: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: auth.AuthPolicy,
    workspace_id: str,
    who: Subject,
    method: str,
    origin: Origin,
    where: Failure,
) -> SignInOut | SecondStepOut:
    """A session, or for a user with two-step sign-in on, the challenge of its second step."""
    ws = identity_repo.workspace(s, workspace_id)
    cipher = keyring.cipher(s, workspace_id)
    user = identity_repo.user_by_email_index(s, workspace_id, email_index(cipher, who.email))
    if ws is None or user is None:
        raise SsoSignInFailed("sso_unknown_user")  # no account is made (ADR 0043)
    where.user_id = user.id
    if user.status != "active":
        raise SsoSignInFailed("sso_unknown_user", "user_not_active")
    if not may_enter(ws.status, user.role):
        raise SsoSignInFailed("sso_workspace_closing")
    _check_subject(s, workspace_id, user.id, who)
    details = {"method": method, "issuer": who.issuer}
    if user.mfa_enabled:
        issued = challenges.issue(
            s, cipher=cipher, workspace_id=workspace_id, user_id=user.id, kind="browser",
            device_name=DEVICE_NAME, ttl=policy.mfa_challenge_ttl,
        )  # fmt: skip
        audit.record(
            s, workspace_id=workspace_id, actor_type="anonymous", actor_id="-",
            action="sign_in.second_step", object_type="user", object_id=user.id,
            ip=origin.ip, user_agent=origin.user_agent, details=details,
        )  # fmt: skip
        return issued
    return auth.open_session(
        s, keyring=keyring, audit=audit, policy=policy, user_id=user.id,
        workspace_id=workspace_id, password=None, device_name=DEVICE_NAME, origin=origin,
        method=details,
    )  # fmt: skip


def _check_subject(s: Session, workspace_id: str, user_id: str, who: Subject) -> None:
    """The first SSO sign-in links the user to the provider's subject; later ones must come
    from that subject (an email the provider reassigns to someone else takes nothing over)."""
    linked = repo.identity_of(s, workspace_id, user_id)
    if linked is not None:
        if (linked.issuer, linked.subject) != (who.issuer, who.subject):
            raise SsoSignInFailed("sso_subject_mismatch")
        return
    other = repo.identity_by_subject(s, workspace_id, who.issuer, who.subject)
    if other is not None:  # that subject already signs in another user of this workspace
        raise SsoSignInFailed("sso_subject_mismatch", "subject_taken")
    s.add(
        SsoIdentity(
            user_id=user_id, workspace_id=workspace_id, issuer=who.issuer, subject=who.subject
        )
    )
    s.flush()


def audit_failure(
    db: Database, audit: AuditLog, e: SsoSignInFailed, where: Failure, origin: Origin
) -> None:
    details = {"method": where.method, "reason": e.audit_reason}
    if where.issuer is not None:
        details["issuer"] = where.issuer
    with db.write() as s:
        audit.record(
            s, workspace_id=where.workspace_id, actor_type="anonymous", actor_id="-",
            action="sign_in.sso_failure", object_type="user" if where.user_id else "workspace",
            object_id=where.user_id or where.workspace_id, ip=origin.ip,
            user_agent=origin.user_agent, details=details,
        )  # fmt: skip
