"""socket_tickets: short-lived, single-use tickets that open a WebSocket for a browser session

Revision ID: socket_tickets_0001
Revises:
Depends on: identity_0003
Create Date: 2026-12-03 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "socket_tickets_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("socket_tickets",)
depends_on: str | Sequence[str] | None = "identity_0003"


def upgrade() -> None:
    op.create_table(
        "socket_tickets",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("expires_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["device_sessions.id"],
            name=op.f("fk_socket_tickets_session_id_device_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_socket_tickets_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_socket_tickets")),
    )
    with op.batch_alter_table("socket_tickets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_socket_tickets_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_socket_tickets_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_socket_tickets_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("socket_tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_socket_tickets_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_socket_tickets_session_id"))
        batch_op.drop_index(batch_op.f("ix_socket_tickets_expires_at"))
    op.drop_table("socket_tickets")
