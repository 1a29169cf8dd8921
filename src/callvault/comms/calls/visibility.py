"""Whose calls an actor may see: a member their own, a supervisor also their teams' members',
an admin (or owner) the whole workspace's; an auditor none (the audit log only)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows, require
from callvault.identity import service as identity


@dataclass(frozen=True, slots=True)
class Visibility:
    """user_ids is None for the whole workspace; otherwise calls with one of these users on."""

    user_ids: frozenset[str] | None

    @property
    def everything(self) -> bool:
        return self.user_ids is None

    def may_see(self, participant_ids: set[str] | frozenset[str]) -> bool:
        return self.user_ids is None or bool(self.user_ids & participant_ids)


def visibility(session: Session, actor: Actor) -> Visibility:
    """The calls the actor may read; PermissionDenied when it may read none."""
    require(actor.role, actor.scopes, Permission.CALLS_READ)
    if allows(actor.role, Permission.CALLS_READ_ALL, actor.scopes):
        return Visibility(None)
    own = {actor.user_id} if actor.user_id else set()
    if allows(actor.role, Permission.CALLS_READ_TEAM, actor.scopes):
        own |= identity.supervised_user_ids(session, actor=actor)
    return Visibility(frozenset(own))
