"""closure: workspace closure requests and receipts

Revision ID: closure_0001
Revises:
Depends on: identity_0001 (the closure receipts need no foreign key)
Create Date: 2026-11-30 12:16:44.011008
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "closure_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("closure",)
depends_on: str | Sequence[str] | None = "identity_0001"


def upgrade() -> None:
    op.create_table(
        "workspace_closures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("active_key", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("slug_hash", sa.String(length=64), nullable=False),
        sa.Column("requested_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("due_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("keys_destroyed_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'shredding', 'purging', 'closed', 'cancelled')",
            name=op.f("ck_workspace_closures_status"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_closures")),
        sa.UniqueConstraint("active_key", name=op.f("uq_workspace_closures_active_key")),
    )
    with op.batch_alter_table("workspace_closures", schema=None) as batch_op:
        batch_op.create_index(
            "ix_workspace_closures_status_due", ["status", "due_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workspace_closures_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("workspace_closures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workspace_closures_workspace_id"))
        batch_op.drop_index("ix_workspace_closures_status_due")

    op.drop_table("workspace_closures")
