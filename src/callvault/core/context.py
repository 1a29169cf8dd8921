"""Who is acting, in which workspace, from where: passed explicitly to every service."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Actor:
    workspace_id: str
    actor_type: str  # "user", "api_token", "system"
    actor_id: str
    role: str
    user_id: str | None = None
    session_id: str | None = None
    token_id: str | None = None
    scopes: frozenset[str] | None = None  # None: all the role allows; API tokens narrow it
    ip: str | None = None
    user_agent: str | None = None
    group_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def system(cls, workspace_id: str, *, reason: str = "system") -> Actor:
        return cls(workspace_id=workspace_id, actor_type="system", actor_id=reason, role="system")


@dataclass(frozen=True, slots=True)
class Origin:
    """Network origin of a request that has no authenticated actor yet (sign-in)."""

    ip: str | None = None
    user_agent: str | None = None
