"""Accepting a link: whoever holds it sets the user's password, once, before it expires.
The link is opened as a check opens it (lookup.py: constant-time comparison, refusals
audited); it is then used at most once, even by two requests at the same moment."""

from __future__ import annotations

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Origin
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import passwords
from callvault.identity import repository as identity_repo
from callvault.identity.invitations import repository as repo
from callvault.identity.invitations.errors import InvitationInvalid
from callvault.identity.invitations.lookup import INVALID, open_link


def accept_invitation(
    db: Database, *, keyring: Keyring, audit: AuditLog, token: str, password: str, origin: Origin
) -> None:
    """Set the password the link was issued for; the user then signs in as usual."""
    link = open_link(db, keyring=keyring, audit=audit, token=token, origin=origin, step="accept")
    profile = link.user
    passwords.check_policy(password, context_words=(profile.email.split("@")[0], profile.name))
    # Argon2 outside the transaction, as at sign-in: it must not hold SQLite's write lock.
    new_hash = passwords.hash_password(password)
    with db.write() as s:
        if not repo.mark_used(s, link.invitation_id, now=utcnow()):
            raise InvitationInvalid(INVALID)  # another request used it a moment ago
        user = identity_repo.user(s, link.workspace_id, profile.id)
        assert user is not None
        user.password_hash, user.password_changed_at = new_hash, utcnow()
        user.password_temporary = False  # chosen by the user, through their own link
        identity_repo.revoke_user_sessions(
            s, link.workspace_id, profile.id, now=utcnow(), reason="password_reset"
        )
        audit.record(
            s,
            workspace_id=link.workspace_id,
            actor_type="user",
            actor_id=profile.id,
            action="invitation.accept",
            object_type="user",
            object_id=profile.id,
            ip=origin.ip,
            user_agent=origin.user_agent,
            details={"invitation_id": link.invitation_id, "purpose": link.purpose},
        )
