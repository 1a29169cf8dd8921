"""intelligence: assist cards (sealed definitions shown to agents during live calls)

Revision ID: intelligence_0004
Revises: intelligence_0003
Create Date: 2026-12-03 13:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "intelligence_0004"
down_revision: str | Sequence[str] | None = "intelligence_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vi_assist_cards",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_vi_assist_cards_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vi_assist_cards")),
    )
    with op.batch_alter_table("vi_assist_cards", schema=None) as batch_op:
        batch_op.create_index("ix_vi_assist_cards_ws", ["workspace_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vi_assist_cards", schema=None) as batch_op:
        batch_op.drop_index("ix_vi_assist_cards_ws")
    op.drop_table("vi_assist_cards")
