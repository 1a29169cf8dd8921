"""One audit entry as a value: what `AuditLog.record` appends in the caller's transaction
and what `record_read` hands to the process's group-commit writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Required, TypedDict, Unpack

from callvault.core.context import Actor


class EntryArgs(TypedDict, total=False):
    """What a caller says about an entry: `AuditEntry.of` and `AuditLog.record` take these."""

    workspace_id: Required[str]
    action: Required[str]
    actor: Actor | None
    actor_type: str | None
    actor_id: str | None
    object_type: str | None
    object_id: str | None
    ip: str | None
    user_agent: str | None
    details: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    workspace_id: str
    action: str
    actor_type: str = "system"
    actor_id: str = "system"
    object_type: str | None = None
    object_id: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, **args: Unpack[EntryArgs]) -> AuditEntry:
        """An actor, when given, names who acted and from where (explicit ip/agent win)."""
        actor = args.get("actor")
        actor_type, actor_id = args.get("actor_type"), args.get("actor_id")
        ip, user_agent = args.get("ip"), args.get("user_agent")
        if actor is not None:
            actor_type, actor_id = actor.actor_type, actor.actor_id
            ip = ip or actor.ip
            user_agent = user_agent or actor.user_agent
        return cls(
            workspace_id=args["workspace_id"],
            action=args["action"],
            actor_type=actor_type or "system",
            actor_id=actor_id or "system",
            object_type=args.get("object_type"),
            object_id=args.get("object_id"),
            ip=ip,
            user_agent=user_agent,
            details=args.get("details") or {},
        )
