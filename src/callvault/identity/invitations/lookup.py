"""Opening a link: the one way both checking and accepting find what a token is for.
Unauthenticated by nature, so the link is the credential: it is checked in constant time,
and every attempt with a genuine but spent or expired link is audited (a link used twice
may have leaked), whichever step it came to. Both steps share this so that they refuse
alike: the check answers nothing the accept did not already tell a guesser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from callvault.audit.service import AuditLog
from callvault.core.clock import utcnow
from callvault.core.context import Origin
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.identity.invitations import repository as repo
from callvault.identity.invitations import tokens
from callvault.identity.invitations.errors import InvitationExpired, InvitationInvalid
from callvault.identity.schemas import UserOut
from callvault.identity.service import user_out

INVALID = "This link is not valid: it was used already, replaced by a newer one, or mistyped."
EXPIRED = "This link has expired; ask an admin for a new one."

# Which request met the link, for the audit entry of a refusal.
Step = Literal["check", "accept"]


@dataclass(frozen=True, slots=True)
class OpenLink:
    """A genuine, unspent, unexpired link of an active user, as it stood when read."""

    invitation_id: str
    workspace_id: str
    workspace_slug: str
    workspace_name: str
    purpose: str  # INVITE or RESET
    expires_at: datetime
    user: UserOut


def open_link(
    db: Database, *, keyring: Keyring, audit: AuditLog, token: str, origin: Origin, step: Step
) -> OpenLink:
    """The live link the token names; InvitationInvalid or InvitationExpired otherwise."""
    link = tokens.parse(token)
    if link is None:
        raise InvitationInvalid(INVALID)
    now = utcnow()
    with db.read() as s:
        row = repo.by_selector(s, link.selector)
        if row is None or not tokens.verifier_matches(link, row.verifier_hash):
            raise InvitationInvalid(INVALID)  # without the secret it is noise: not audited
        spent = "used" if row.used_at else "replaced" if row.revoked_at else None
        expired = row.expires_at <= now
        user = identity_repo.user(s, row.workspace_id, row.user_id)
        workspace = identity_repo.workspace(s, row.workspace_id)
        live = user is not None and user.status == "active" and workspace is not None
        if not (spent or expired) and live:
            assert user is not None and workspace is not None  # for mypy: `live` says so
            cipher = keyring.cipher(s, row.workspace_id)
            return OpenLink(
                invitation_id=row.id,
                workspace_id=row.workspace_id,
                workspace_slug=workspace.slug,
                workspace_name=cipher.open_text(
                    workspace.name_sealed, kind="workspace", object_id=workspace.id, field="name"
                ),
                purpose=row.purpose,
                expires_at=row.expires_at,
                user=user_out(cipher, user),
            )
        invitation_id, workspace_id, user_id = row.id, row.workspace_id, row.user_id
    reason = spent or ("expired" if expired else "user_disabled")
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
            details={"invitation_id": invitation_id, "reason": reason, "step": step},
        )
    if expired and not spent:
        raise InvitationExpired(EXPIRED)
    raise InvitationInvalid(INVALID)
