"""Group membership history (joins and leaves), for consent as it was at a past moment.

Revision ID: identity_0003
Revises: identity_0002
Create Date: 2026-11-30 15:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "identity_0003"
down_revision: str | Sequence[str] | None = "identity_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_membership_changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("joined", sa.Boolean(), nullable=False),
        sa.Column("changed_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_group_membership_changes_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_group_membership_changes")),
    )
    with op.batch_alter_table("group_membership_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_group_membership_changes_ws_at", ["workspace_id", "changed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("group_membership_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_group_membership_changes_ws_at")
    op.drop_table("group_membership_changes")
