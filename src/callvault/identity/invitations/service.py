"""Admins' use cases: add a user with an invitation, re-send it, reset a password by link.
Each checks access (owners and admins are managed only by owners), writes, and audits."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Permission, Role, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.identity import service as identity
from callvault.identity.auth import AuthPolicy
from callvault.identity.invitations import repository as repo
from callvault.identity.invitations import tokens
from callvault.identity.invitations.delivery import InvitationPolicy, Letter
from callvault.identity.invitations.errors import UserNotInvitable
from callvault.identity.invitations.models import INVITE, RESET, Invitation
from callvault.identity.invitations.schemas import InvitationOut, UserCreatedOut
from callvault.identity.models import User
from callvault.identity.reauthentication import confirm


@dataclass(frozen=True, slots=True)
class LinkContext:
    """What every use case here needs besides the actor: keys to read the user's address, the
    audit log, the link policy, and the address the admin's request came to (links point
    there unless a public URL is set)."""

    keyring: Keyring
    audit: AuditLog
    policy: InvitationPolicy
    request_url: str


def add_user(
    session: Session,
    *,
    links: LinkContext,
    actor: Actor,
    email: str,
    name: str,
    role: Role,
    password: str | None,
) -> UserCreatedOut:
    """Add a user; without a password, with an invitation link to set one."""
    user = identity.add_user(
        session,
        keyring=links.keyring,
        audit=links.audit,
        actor=actor,
        email=email,
        name=name,
        role=role,
        password=password,
    )
    if password is not None:
        return UserCreatedOut(**user.model_dump())
    row = identity.get_user_row(session, actor, user.id)
    invitation = _issue(
        session,
        links=links,
        actor=actor,
        user=row,
        purpose=INVITE,
        action="invitation.create",
    )
    return UserCreatedOut(**user.model_dump(), invitation=invitation)


def resend_invitation(
    session: Session,
    *,
    links: LinkContext,
    actor: Actor,
    user_id: str,
) -> InvitationOut:
    """A new invitation link for a user who has not set a password; the old link dies."""
    user = _manageable_user(session, actor, user_id)
    if user.password_hash is not None:
        raise UserNotInvitable(
            "This user has a password already; reset it instead.", reason="has_password"
        )
    return _issue(
        session,
        links=links,
        actor=actor,
        user=user,
        purpose=INVITE,
        action="invitation.resend",
    )


def reset_password(
    session: Session,
    *,
    links: LinkContext,
    actor: Actor,
    user_id: str,
) -> InvitationOut:
    """Reset a password by link: the old password stops working and every session of the
    user is signed out now; their API tokens stay (ADR 0014)."""
    user = _manageable_user(session, actor, user_id)
    user.password_hash = None
    revoked = identity_repo.revoke_user_sessions(
        session, actor.workspace_id, user.id, now=utcnow(), reason="password_reset"
    )
    return _issue(
        session,
        links=links,
        actor=actor,
        user=user,
        purpose=RESET,
        action="user.password_reset",
        details={"sessions_revoked": revoked, "api_tokens": "kept"},
    )


def reset_password_confirmed(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy,
    links: LinkContext,
    actor: Actor,
    user_id: str,
    password: str | None,
) -> InvitationOut:
    """An admin's reset from the web app or API: whoever holds the link signs in as the
    member, so a hijacked admin session alone must not mint one; the admin's own password
    is asked again (ADR 0042, second addendum). The command line's reset (an operator on the
    machine) needs none."""
    # Who may reset whom first: a refusal there costs no password guess.
    with db.read() as s:
        _manageable_user(s, actor, user_id)
    confirm(
        db,
        keyring=keyring,
        audit=audit,
        policy=policy,
        actor=actor,
        password=password,
        denied="user.password_reset_denied",
        object_type="user",
        object_id=user_id,
    )
    with db.write() as s:
        return reset_password(s, links=links, actor=actor, user_id=user_id)


def _manageable_user(session: Session, actor: Actor, user_id: str) -> User:
    require(actor.role, actor.scopes, Permission.USERS_MANAGE)
    user = identity.get_user_row(session, actor, user_id)
    identity.check_may_manage(actor, user)
    if user.status != "active":
        raise UserNotInvitable("This user is disabled; enable them first.", reason="disabled")
    return user


def _issue(
    session: Session,
    *,
    links: LinkContext,
    actor: Actor,
    user: User,
    purpose: str,
    action: str,
    details: dict[str, object] | None = None,
) -> InvitationOut:
    now = utcnow()
    replaced = repo.revoke_pending(session, actor.workspace_id, user.id, now=now)
    token = tokens.new_link_token()
    row = Invitation(
        workspace_id=actor.workspace_id,
        user_id=user.id,
        purpose=purpose,
        selector=token.selector,
        verifier_hash=token.verifier_hash,
        created_at=now,
        expires_at=now + links.policy.ttl,
    )
    session.add(row)
    session.flush()
    out = identity.user_out(links.keyring.cipher(session, actor.workspace_id), user)
    workspace = identity_repo.workspace(session, actor.workspace_id)
    assert workspace is not None  # the actor's own
    url = links.policy.url(
        token.value, request_url=links.request_url, workspace=workspace.slug, email=out.email
    )
    letter = Letter(
        to_email=out.email, to_name=out.name, purpose=purpose, url=url, expires_at=row.expires_at
    )
    delivered = links.policy.sender.send(letter)
    links.audit.record(
        session,
        workspace_id=actor.workspace_id,
        actor=actor,
        action=action,
        object_type="user",
        object_id=user.id,
        details={
            "invitation_id": row.id,
            "purpose": purpose,
            "expires_at": row.expires_at.isoformat(),
            "links_replaced": replaced,
            "delivered": delivered,
            **(details or {}),
        },
    )
    return InvitationOut(
        id=row.id,
        user_id=user.id,
        purpose=purpose,
        expires_at=row.expires_at,
        url=None if delivered else url,
        delivered=delivered,
    )
