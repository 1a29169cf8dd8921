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
    # Signed in with a password an administrator or the installer set: until the user
    # chooses their own, only the routes that let them do so answer (web/deps.py).
    password_temporary: bool = False
    # The workspace requires two-step sign-in and this user has not turned it on: only the
    # enrolment, the profile and sign-out answer (web/deps.py, ADR 0042).
    mfa_enrolment_required: bool = False

    @classmethod
    def system(cls, workspace_id: str, *, reason: str = "system") -> Actor:
        return cls(workspace_id=workspace_id, actor_type="system", actor_id=reason, role="system")


@dataclass(frozen=True, slots=True)
class Origin:
    """Network origin of a request that has no authenticated actor yet (sign-in)."""

    ip: str | None = None
    user_agent: str | None = None
