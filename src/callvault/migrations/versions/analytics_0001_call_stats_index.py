"""analytics: covering index for the usage dashboard's aggregates over the call log

Revision ID: analytics_0001
Revises:
Create Date: 2026-12-03 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "analytics_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("analytics",)
depends_on: str | Sequence[str] | None = ("calls_0002",)

COLUMNS = [
    "workspace_id",
    "started_at",
    "direction",
    "disposition",
    "duration_seconds",
    "talk_seconds",
    "caller_user_id",
    "callee_user_id",
    "id",
]


def upgrade() -> None:
    op.create_index("ix_calls_ws_started_stats", "calls", COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_calls_ws_started_stats", table_name="calls")
