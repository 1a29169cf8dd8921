"""Checking a link before using it: the set-password page asks on load, so a dead link is
told at once (not after a password typed twice), and a live one says whose account it is
and in which workspace (the user is then signed in to it, ADR 0014 addendum).

It reads only: the link stays usable. A refusal is audited as accept audits one (the page
no longer offers a dead link to accept, so this is where a leaked, spent link shows); a
live check is not, as it changes nothing and the acceptance that follows is audited."""

from __future__ import annotations

from callvault.audit.service import AuditLog
from callvault.core.context import Origin
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity.invitations.lookup import open_link
from callvault.identity.invitations.schemas import InvitationCheckOut


def check_invitation(
    db: Database, *, keyring: Keyring, audit: AuditLog, token: str, origin: Origin
) -> InvitationCheckOut:
    link = open_link(db, keyring=keyring, audit=audit, token=token, origin=origin, step="check")
    return InvitationCheckOut(
        purpose=link.purpose,
        workspace=link.workspace_slug,
        workspace_name=link.workspace_name,
        email=link.user.email,
        expires_at=link.expires_at,
    )
