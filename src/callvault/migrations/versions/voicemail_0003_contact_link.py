"""voicemail: index on the caller's contact id (re-linking when contacts change)

Revision ID: voicemail_0003
Revises: voicemail_0002
Create Date: 2026-12-08 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "voicemail_0003"
down_revision: str | Sequence[str] | None = "voicemail_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("voicemail_messages", schema=None) as batch_op:
        batch_op.create_index("ix_voicemail_messages_contact", ["caller_contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("voicemail_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_voicemail_messages_contact")
