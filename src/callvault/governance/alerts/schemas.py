"""Alert output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel


class EvidenceOut(BaseModel):
    seq: int
    """The entry's sequence number in the workspace's audit chain."""
    id: str
    """The audit entry's id."""


class AuditLinkOut(BaseModel):
    """`GET /audit` filters that show the evidence (with the alert's time span)."""

    action: str | None = None
    actor_id: str | None = None
    object_id: str | None = None
    since: datetime
    until: datetime


class AlertOut(BaseModel):
    id: str
    rule: str
    """A stable code: `repeated_denials`, `sign_in_attack`, `password_spraying`,
    `mass_access`, `mfa_requirement_lifted`, `sso_changed`, `factor_reset`,
    `password_reset`, `privileged_role_granted`, `admin_token_created`, `closure_started`,
    `keys_rotated`, `audit_chain_tampered`."""
    severity: Literal["info", "warning", "critical"]
    status: Literal["open", "acknowledged"]
    summary: str
    """What happened, in one sentence (ids, never names or addresses)."""
    subject_type: str
    """`actor` (user or token id), `account` (user id), `address` (keyed hash of a network
    address), `object` (the changed object's id) or `chain` (the audit log)."""
    subject: str
    first_at: datetime
    last_at: datetime
    count: int
    """Audit entries behind it so far (a continuing attack adds to it)."""
    evidence: list[EvidenceOut]
    """The entries it rests on, oldest first (the first 500)."""
    audit_link: AuditLinkOut
    acknowledged_by: str | None
    acknowledged_at: datetime | None


class AlertPageOut(BaseModel):
    alerts: list[AlertOut]
    next_cursor: str | None = None
    open_count: int
    """Open alerts of the workspace, whatever the filters (the navigation's badge)."""
