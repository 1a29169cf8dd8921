"""live calls: voicemail takes in progress (recovered when their web process dies)

Revision ID: live_0003
Revises: live_0002
Create Date: 2026-12-03 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "live_0003"
down_revision: str | Sequence[str] | None = "live_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "live_voicemail_takes",
        sa.Column("object_id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("live_call_id", sa.String(length=36), nullable=False),
        sa.Column("mailbox_user_id", sa.String(length=36), nullable=False),
        sa.Column("caller_user_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workspace_id"], ["workspaces.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("object_id"),
    )
    op.create_index("ix_live_voicemail_takes_started", "live_voicemail_takes", ["started_at"])
    op.create_index("ix_live_voicemail_takes_ws", "live_voicemail_takes", ["workspace_id"])


def downgrade() -> None:
    op.drop_index("ix_live_voicemail_takes_ws", table_name="live_voicemail_takes")
    op.drop_index("ix_live_voicemail_takes_started", table_name="live_voicemail_takes")
    op.drop_table("live_voicemail_takes")
