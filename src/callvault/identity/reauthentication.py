"""The acting user's password, asked again before a change that a hijacked session alone must
not make (ADR 0042, second addendum; ADR 0043, addendum): lifting the two-step requirement,
resetting a member's factor, pointing single sign-on somewhere, closing the workspace."""

from __future__ import annotations

from callvault.audit.service import AuditLog
from callvault.core.context import Actor
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity.auth import AuthPolicy, confirm_password
from callvault.identity.errors import ReauthenticationFailed


def confirm(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    policy: AuthPolicy | None,
    actor: Actor,
    password: str | None,
    denied: str,
    object_type: str,
    object_id: str,
) -> None:
    """Check the acting user's password, throttled as every re-authentication is
    (auth.confirm_password: the sign-in throttle's per-user and per-address budgets). A
    wrong or missing one is audited as `denied` (in its own transaction: the refused change
    writes nothing) and answers 403 reauthentication_failed."""
    try:
        if password is None:  # no guess spent: nothing was guessed
            raise ReauthenticationFailed(
                "Confirm this with your password (`password`).", field="password"
            )
        confirm_password(
            db, keyring=keyring, actor=actor, password=password, policy=policy, audit=audit
        )
    except ReauthenticationFailed:
        with db.write() as s:
            audit.record(
                s,
                workspace_id=actor.workspace_id,
                actor=actor,
                action=denied,
                object_type=object_type,
                object_id=object_id,
                details={"reason": "reauthentication_failed"},
            )
        raise
