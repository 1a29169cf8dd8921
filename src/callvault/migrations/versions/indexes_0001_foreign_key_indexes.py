"""Indexes that lead with each foreign key column not yet covered: deleting a parent row
(a call, a user, a conversation) looks its children up by that column, which without an
index is a scan of the whole child table per deleted row.

Revision ID: indexes_0001
Revises:
Create Date: 2026-11-30 15:45:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "indexes_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("indexes",)
# Only the latest of each chain (intelligence_0001 already depends on recordings and
# voicemail): alembic trips over a dependency listed next to one that implies it.
depends_on: str | Sequence[str] | None = ("intelligence_0001", "chat_0001", "contacts_0001")

INDEXES = (
    ("recordings", "call_id"),
    ("chat_messages", "conversation_id"),
    ("chat_messages", "sender_id"),
    ("contacts", "owner_id"),
    ("voicemail_messages", "user_id"),
    ("voicemail_greetings", "user_id"),
    ("vi_moment_runs", "workspace_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
