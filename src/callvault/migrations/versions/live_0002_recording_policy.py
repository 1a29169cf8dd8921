"""live calls: recording policies and the consent ledger

Revision ID: live_0002
Revises: live_0001
Create Date: 2026-12-03 13:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "live_0002"
down_revision: str | Sequence[str] | None = "live_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "live_recording_policies",
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("scope_id", sa.String(length=36), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workspace_id"], ["workspaces.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workspace_id", "scope", "scope_id"),
    )
    op.create_table(
        "live_consent_ledger",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=False),
        sa.Column("live_call_id", sa.String(length=36), nullable=False),
        sa.Column("recording_id", sa.String(length=36), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("leg_id", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=8), nullable=False),
        sa.Column("announcement_id", sa.String(length=64), nullable=False),
        sa.Column("policy", sa.String(length=16), nullable=False),
        sa.Column("told_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workspace_id"], ["workspaces.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_live_consent_ledger_ws_call", "live_consent_ledger", ["workspace_id", "call_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_live_consent_ledger_ws_call", table_name="live_consent_ledger")
    op.drop_table("live_consent_ledger")
    op.drop_table("live_recording_policies")
