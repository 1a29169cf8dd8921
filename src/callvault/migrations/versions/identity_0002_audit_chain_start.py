"""Audit chains can be pruned from the front: the head row signs where the chain starts.

Revision ID: identity_0002
Revises: identity_0001
Create Date: 2026-11-30 15:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "identity_0002"
down_revision: str | Sequence[str] | None = "identity_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64


def upgrade() -> None:
    with op.batch_alter_table("audit_heads", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("start_seq", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("start_hash", sa.String(length=64), server_default=GENESIS, nullable=False)
        )
        batch_op.add_column(sa.Column("start_mac", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_heads", schema=None) as batch_op:
        batch_op.drop_column("start_mac")
        batch_op.drop_column("start_hash")
        batch_op.drop_column("start_seq")
