"""The customer-visible report on AI use of a workspace's calls."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from callvault.governance.consent.schemas import LevelOut


class UseOut(BaseModel):
    eligible: bool
    reasons: list[str]  # why not: not_recorded, residual_pii, sensitive, opted_out:user:<id>...


class ExportedOut(BaseModel):
    export_id: str
    exported_at: datetime
    items: int
    consent_seq: int  # the consent ledger entry it was checked under (see the history)


class SampledOut(BaseModel):
    sample_id: str
    sampled_at: datetime
    snippets: int
    consent_seq: int


class ReportCallOut(BaseModel):
    call_id: str
    started_at: datetime
    training: UseOut
    review: UseOut
    exported: list[ExportedOut]
    sampled: list[SampledOut]


class ReportCallsOut(BaseModel):
    items: list[ReportCallOut]
    next_cursor: str | None = None


class ReportOut(BaseModel):
    workspace_consent: LevelOut
    consent_seq: int
    calls: int
    eligible_for_training: int
    eligible_for_review: int
    exported_calls: int
    exported_items: int
    sampled_calls: int
    sampled_snippets: int
