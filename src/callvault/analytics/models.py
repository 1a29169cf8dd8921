"""Analytics owns no table; it adds one covering index to the call log's table so the
dashboard's aggregates are read from the index alone (migration analytics_0001).

Every column the dashboard's aggregates read is in it, after the range's
leading (workspace_id, started_at): SQLite and PostgreSQL scan the range of the index and
never visit the table's rows."""

from __future__ import annotations

from sqlalchemy import Index

from callvault.comms.calls.models import Call

CALL_STATS_INDEX = Index(
    "ix_calls_ws_started_stats",
    Call.workspace_id,
    Call.started_at,
    Call.direction,
    Call.disposition,
    Call.duration_seconds,
    Call.talk_seconds,
    Call.caller_user_id,  # who took part: scope and busiest users
    Call.callee_user_id,
    Call.id,  # what transcripts are joined on
)
