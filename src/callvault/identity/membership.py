"""Group membership over time: every join and leave is recorded, so the groups a user was in
at a past moment can be answered (consent's `as_of` is decided by the groups of that time).

The past is rebuilt backwards from today's `group_members`: the changes made after the
moment are undone, newest first. Memberships older than the history (or written without it)
therefore count as having always existed, which is the most restrictive reading for consent
(a group's opt-out applies to them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.core.clock import utcnow
from callvault.identity.models import GroupMember, GroupMembershipChange


def record(
    session: Session, workspace_id: str, group_id: str, user_id: str, *, joined: bool
) -> None:
    """Record a join or a leave, in the transaction that makes it."""
    session.add(
        GroupMembershipChange(
            workspace_id=workspace_id,
            group_id=group_id,
            user_id=user_id,
            joined=joined,
            changed_at=utcnow(),
        )
    )


def groups_at(session: Session, workspace_id: str, as_of: datetime) -> dict[str, set[str]]:
    """user id -> the groups they were in at as_of."""
    groups: dict[str, set[str]] = {}
    for user_id, group_id in session.execute(
        select(GroupMember.user_id, GroupMember.group_id).where(
            GroupMember.workspace_id == workspace_id
        )
    ):
        groups.setdefault(user_id, set()).add(group_id)
    later = session.execute(
        select(
            GroupMembershipChange.user_id,
            GroupMembershipChange.group_id,
            GroupMembershipChange.joined,
        )
        .where(
            GroupMembershipChange.workspace_id == workspace_id,
            GroupMembershipChange.changed_at > as_of,
        )
        .order_by(GroupMembershipChange.seq.desc())
    )
    for user_id, group_id, joined in later:
        if joined:  # joined after the moment: was not a member then
            groups.get(user_id, set()).discard(group_id)
        else:  # left after the moment: was a member then
            groups.setdefault(user_id, set()).add(group_id)
    return {u: g for u, g in groups.items() if g}
