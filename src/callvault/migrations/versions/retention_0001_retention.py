"""Retention policies per workspace and data type, and the sweep's run log.

Revision ID: retention_0001
Revises:
Create Date: 2026-11-30 12:16:24.372248
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "retention_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("retention",)
depends_on: str | Sequence[str] | None = "identity_0001"  # workspaces


def upgrade() -> None:
    op.create_table(
        "retention_sweep_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("purged", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_sweep_runs")),
    )
    with op.batch_alter_table("retention_sweep_runs", schema=None) as batch_op:
        batch_op.create_index("ix_retention_sweep_runs_started", ["started_at"], unique=False)

    op.create_table(
        "retention_policies",
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("data_type", sa.String(length=32), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_retention_policies_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workspace_id", "data_type", name=op.f("pk_retention_policies")),
    )


def downgrade() -> None:
    op.drop_table("retention_policies")
    with op.batch_alter_table("retention_sweep_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_retention_sweep_runs_started")

    op.drop_table("retention_sweep_runs")
