"""calls: indexes on the parties' contact ids (contact filter, re-linking when contacts change)

Revision ID: calls_0002
Revises: calls_0001
Create Date: 2026-12-08 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "calls_0002"
down_revision: str | Sequence[str] | None = "calls_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        # The contact id alone (ids are unique across workspaces): an index led by the
        # workspace would be one more candidate for SQLite to walk a workspace by.
        batch_op.create_index("ix_calls_caller_contact", ["caller_contact_id"], unique=False)
        batch_op.create_index("ix_calls_callee_contact", ["callee_contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index("ix_calls_callee_contact")
        batch_op.drop_index("ix_calls_caller_contact")
