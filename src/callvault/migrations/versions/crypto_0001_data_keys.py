"""crypto: wrapped data keys

Revision ID: crypto_0001
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "crypto_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("crypto",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "data_keys",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kek_version", sa.Integer(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", callvault.db.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'decrypt_only')", name=op.f("ck_data_keys_status")
        ),
        sa.CheckConstraint(
            "version >= 1 AND kek_version >= 1", name=op.f("ck_data_keys_versions_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_keys")),
        sa.UniqueConstraint(
            "workspace_id",
            "purpose",
            "version",
            name=op.f("uq_data_keys_workspace_id_purpose_version"),
        ),
    )


def downgrade() -> None:
    op.drop_table("data_keys")
