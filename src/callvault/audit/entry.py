"""One audit entry as a value: what `AuditLog.record` appends in the caller's transaction
and what `record_read` hands to the process's group-commit writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from callvault.core.context import Actor


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
    def of(
        cls,
        *,
        workspace_id: str,
        action: str,
        actor: Actor | None = None,
        actor_type: str | None = None,
        actor_id: str | None = None,
        object_type: str | None = None,
        object_id: str | None = None,
        ip: str | None = None,
        user_agent: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """An actor, when given, names who acted and from where (explicit ip/agent win)."""
        if actor is not None:
            actor_type, actor_id = actor.actor_type, actor.actor_id
            ip = ip or actor.ip
            user_agent = user_agent or actor.user_agent
        return cls(
            workspace_id=workspace_id,
            action=action,
            actor_type=actor_type or "system",
            actor_id=actor_id or "system",
            object_type=object_type,
            object_id=object_id,
            ip=ip,
            user_agent=user_agent,
            details=details or {},
        )
