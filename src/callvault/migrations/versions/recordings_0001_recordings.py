"""recordings: call recordings (audio in the encrypted blob store)

Revision ID: recordings_0001
Revises:
Create Date: 2026-11-22 12:45:11.737458
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "recordings_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("recordings",)
depends_on: str | Sequence[str] | None = "calls_0001"


def upgrade() -> None:
    op.create_table(
        "recordings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=True),
        sa.Column("channel_map", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("container", sa.String(length=32), nullable=True),
        sa.Column("codec", sa.String(length=32), nullable=True),
        sa.Column("media_type", sa.String(length=32), nullable=True),
        sa.Column("sample_rate", sa.Integer(), nullable=True),
        sa.Column("channels", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.Column("uploaded_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ready_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_recordings_call_id_calls")
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_recordings_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recordings")),
    )
    with op.batch_alter_table("recordings", schema=None) as batch_op:
        batch_op.create_index("ix_recordings_state_created", ["state", "created_at"], unique=False)
        batch_op.create_index("ix_recordings_ws_call", ["workspace_id", "call_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("recordings", schema=None) as batch_op:
        batch_op.drop_index("ix_recordings_ws_call")
        batch_op.drop_index("ix_recordings_state_created")
    op.drop_table("recordings")
