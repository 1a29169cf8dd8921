"""intelligence: the hide_flagged setting (hide what the leak check flags)

Revision ID: intelligence_0005
Revises: intelligence_0004
Create Date: 2026-12-07 21:30:00.000000

On for every existing workspace, as for new ones (ADR 0019): hiding is the safe side, and a
workspace that would rather keep numbers such as order numbers visible switches it off.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "intelligence_0005"
down_revision: str | Sequence[str] | None = "intelligence_0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Batch mode rebuilds the table on SQLite; env.py runs it with foreign keys off (ADR 0044).
    with op.batch_alter_table("vi_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hide_flagged", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("vi_settings", schema=None) as batch_op:
        batch_op.drop_column("hide_flagged")
