"""voicemail: idempotency keys of deliveries

Revision ID: voicemail_0002
Revises: voicemail_0001
Create Date: 2026-11-29 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "voicemail_0002"
down_revision: str | Sequence[str] | None = "voicemail_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "voicemail_deliveries",
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("mailbox_id", sa.String(length=36), nullable=False),
        sa.Column("key_index", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("content_index", sa.String(length=64), nullable=True),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_voicemail_deliveries_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "workspace_id", "mailbox_id", "key_index", name=op.f("pk_voicemail_deliveries")
        ),
    )
    with op.batch_alter_table("voicemail_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_voicemail_deliveries_ws_message", ["workspace_id", "message_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("voicemail_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_voicemail_deliveries_ws_message")
    op.drop_table("voicemail_deliveries")
