"""Which identity changes void a cached actor (ADR 0017): after they commit, the workspace's
epoch is bumped in every process (callvault.epochs.commit_watch), so the very next request
of a signed-out, revoked, disabled, deleted or re-roled user is resolved afresh."""

from __future__ import annotations

from callvault.epochs.commit_watch import Watched
from callvault.identity.models import ApiToken, DeviceSession, Group, GroupMember, User, Workspace

_TOKEN_FIELDS = frozenset({"revoked_at", "expires_at", "user_id", "workspace_id", "token_hash"})

WATCHED: tuple[Watched, ...] = (
    # Sign-out, revoke (one session, all of a user's on password change or reset, disable,
    # offboarding). New sessions void nothing; "last seen" is bookkeeping.
    Watched(DeviceSession.__tablename__, columns=_TOKEN_FIELDS | {"revoked_reason"}, inserts=False),
    Watched(ApiToken.__tablename__, columns=_TOKEN_FIELDS | {"scopes"}, inserts=False),
    # Role change, disable, delete (which also deletes the user's sessions and memberships);
    # a new name or email, a temporary password replaced (the cached profiles of GET /me,
    # profile_cache.py).
    Watched(
        User.__tablename__,
        columns=frozenset(
            {
                "role",
                "status",
                "workspace_id",
                "name_sealed",
                "email_sealed",
                "password_temporary",
                "mfa_enabled",
            }
        ),
        inserts=False,
    ),
    # The groups a user is in are part of the actor.
    Watched(GroupMember.__tablename__),
    # Deleting a group deletes its memberships in the database (ON DELETE CASCADE).
    Watched(Group.__tablename__, columns=frozenset(), inserts=False),
    # Closing (owners only), closed (nobody), deleted; two-step sign-in required.
    Watched(
        Workspace.__tablename__,
        scope_column="id",
        columns=frozenset({"status", "mfa_required"}),
        inserts=False,
    ),
)
