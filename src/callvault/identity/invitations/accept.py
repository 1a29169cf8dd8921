"""Accepting a link: whoever holds it sets the user's password, once, before it expires.
Unauthenticated by nature, so the link is the credential: it is checked in constant time,
used at most once (even by two requests at the same moment), and every attempt with a
genuine but spent or expired link is audited (a link used twice may have leaked)."""

from __future__ import annotations

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Origin
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import passwords
from callvault.identity import repository as identity_repo
from callvault.identity.invitations import repository as repo
from callvault.identity.invitations import tokens
from callvault.identity.invitations.errors import InvitationExpired, InvitationInvalid
from callvault.identity.service import user_out

_INVALID = "This link is not valid: it was used already, replaced by a newer one, or mistyped."


def accept_invitation(
    db: Database, *, keyring: Keyring, audit: AuditLog, token: str, password: str, origin: Origin
) -> None:
    """Set the password the link was issued for; the user then signs in as usual."""
    link = tokens.parse(token)
    if link is None:
        raise InvitationInvalid(_INVALID)
    now = utcnow()
    with db.read() as s:
        row = repo.by_selector(s, link.selector)
        if row is None or not tokens.verifier_matches(link, row.verifier_hash):
            raise InvitationInvalid(_INVALID)
        invitation_id, workspace_id, user_id = row.id, row.workspace_id, row.user_id
        purpose = row.purpose
        spent = "used" if row.used_at else "replaced" if row.revoked_at else None
        expired = row.expires_at <= now
        user = identity_repo.user(s, workspace_id, user_id)
        active = user is not None and user.status == "active"
        profile = user_out(keyring.cipher(s, workspace_id), user) if user and active else None
    if spent or expired or profile is None:
        _record_refusal(
            db,
            audit=audit,
            origin=origin,
            workspace_id=workspace_id,
            user_id=user_id,
            invitation_id=invitation_id,
            reason=spent or ("expired" if expired else "user_disabled"),
        )
        if expired and not spent:
            raise InvitationExpired("This link has expired; ask an admin for a new one.")
        raise InvitationInvalid(_INVALID)
    passwords.check_policy(password, context_words=(profile.email.split("@")[0], profile.name))
    # Argon2 outside the transaction, as at sign-in: it must not hold SQLite's write lock.
    new_hash = passwords.hash_password(password)
    with db.write() as s:
        if not repo.mark_used(s, invitation_id, now=utcnow()):
            raise InvitationInvalid(_INVALID)  # another request used it a moment ago
        user = identity_repo.user(s, workspace_id, user_id)
        assert user is not None
        user.password_hash, user.password_changed_at = new_hash, utcnow()
        user.password_temporary = False  # chosen by the user, through their own link
        identity_repo.revoke_user_sessions(
            s, workspace_id, user_id, now=utcnow(), reason="password_reset"
        )
        audit.record(
            s,
            workspace_id=workspace_id,
            actor_type="user",
            actor_id=user_id,
            action="invitation.accept",
            object_type="user",
            object_id=user_id,
            ip=origin.ip,
            user_agent=origin.user_agent,
            details={"invitation_id": invitation_id, "purpose": purpose},
        )


def _record_refusal(
    db: Database,
    *,
    audit: AuditLog,
    origin: Origin,
    workspace_id: str,
    user_id: str,
    invitation_id: str,
    reason: str,
) -> None:
    with db.write() as s:
        audit.record(
            s,
            workspace_id=workspace_id,
            actor_type="anonymous",
            actor_id="-",
            action="invitation.expired_use" if reason == "expired" else "invitation.invalid_use",
            object_type="user",
            object_id=user_id,
            ip=origin.ip,
            user_agent=origin.user_agent,
            details={"invitation_id": invitation_id, "reason": reason},
        )
