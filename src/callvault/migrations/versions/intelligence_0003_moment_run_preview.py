"""intelligence: moment runs may be previews (dry runs) that change no tag

Revision ID: intelligence_0003
Revises: intelligence_0002
Create Date: 2026-12-03 10:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "intelligence_0003"
down_revision: str | Sequence[str] | None = "intelligence_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("vi_moment_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("dry_run", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("vi_moment_runs", schema=None) as batch_op:
        batch_op.drop_column("dry_run")
