"""A workspace's people as governance reads them (consent subjects, training scrubbing, the
locks consent changes take): plain values, never ORM rows, so that governance depends on
what identity chooses to expose rather than on its tables (ADR 0012). No access checks
here: callers are use cases that made their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.crypto.keyring import Keyring
from callvault.identity.models import Group, User, Workspace


@dataclass(frozen=True, slots=True)
class Identifiers:
    """What identifies a workspace and its people, decrypted (keep in memory only)."""

    workspace_name: str | None = None
    workspace_slug: str | None = None
    people: list[tuple[str, str]] = field(default_factory=list)  # (name, email)


def has_user(session: Session, *, workspace_id: str, user_id: str) -> bool:
    found = session.scalar(
        select(User.id).where(User.id == user_id, User.workspace_id == workspace_id)
    )
    return found is not None


def has_group(session: Session, *, workspace_id: str, group_id: str) -> bool:
    found = session.scalar(
        select(Group.id).where(Group.id == group_id, Group.workspace_id == workspace_id)
    )
    return found is not None


def identifiers(session: Session, *, keyring: Keyring, workspace_id: str) -> Identifiers:
    """The workspace's name and slug and every user's name and email."""
    cipher = keyring.cipher(session, workspace_id)
    ws = session.get(Workspace, workspace_id)
    people = [
        (
            cipher.open_text(user.name_sealed, kind="user", object_id=user.id, field="name"),
            cipher.open_text(user.email_sealed, kind="user", object_id=user.id, field="email"),
        )
        for user in session.scalars(select(User).where(User.workspace_id == workspace_id))
    ]
    if ws is None:
        return Identifiers(people=people)
    name = cipher.open_text(ws.name_sealed, kind="workspace", object_id=ws.id, field="name")
    return Identifiers(workspace_name=name, workspace_slug=ws.slug, people=people)


def lock_workspace(session: Session, workspace_id: str) -> None:
    """Lock the workspace's row FOR UPDATE until the transaction ends."""
    session.execute(select(Workspace.id).where(Workspace.id == workspace_id).with_for_update())


def share_lock_workspaces(session: Session, workspace_ids: Sequence[str] | None) -> list[str]:
    """Share-lock these workspaces' rows (all when None) until the transaction ends; their
    ids, sorted."""
    stmt = select(Workspace.id).order_by(Workspace.id).with_for_update(read=True)
    if workspace_ids is not None:
        stmt = stmt.where(Workspace.id.in_(list(workspace_ids)))
    return list(session.scalars(stmt).all())
