"""voicemail: greetings and messages (audio in the encrypted blob store)

Revision ID: voicemail_0001
Revises:
Create Date: 2026-11-22 12:51:13.659484
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "voicemail_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("voicemail",)
depends_on: str | Sequence[str] | None = "identity_0001"


def upgrade() -> None:
    op.create_table(
        "voicemail_greetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("container", sa.String(length=32), nullable=True),
        sa.Column("codec", sa.String(length=32), nullable=True),
        sa.Column("media_type", sa.String(length=32), nullable=True),
        sa.Column("sample_rate", sa.Integer(), nullable=True),
        sa.Column("channels", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_voicemail_greetings_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_voicemail_greetings_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voicemail_greetings")),
    )
    with op.batch_alter_table("voicemail_greetings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_voicemail_greetings_state_created", ["state", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_voicemail_greetings_ws_user", ["workspace_id", "user_id"], unique=False
        )

    op.create_table(
        "voicemail_messages",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("caller_user_id", sa.String(length=36), nullable=True),
        sa.Column("caller_contact_id", sa.String(length=36), nullable=True),
        sa.Column("caller_number_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("caller_number_index", sa.String(length=64), nullable=True),
        sa.Column("received_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("read_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("container", sa.String(length=32), nullable=True),
        sa.Column("codec", sa.String(length=32), nullable=True),
        sa.Column("media_type", sa.String(length=32), nullable=True),
        sa.Column("sample_rate", sa.Integer(), nullable=True),
        sa.Column("channels", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=True),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_voicemail_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_voicemail_messages_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voicemail_messages")),
    )
    with op.batch_alter_table("voicemail_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_voicemail_messages_state_created", ["state", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_voicemail_messages_ws_number", ["workspace_id", "caller_number_index"], unique=False
        )
        batch_op.create_index(
            "ix_voicemail_messages_ws_user_received",
            ["workspace_id", "user_id", "received_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("voicemail_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_voicemail_messages_ws_user_received")
        batch_op.drop_index("ix_voicemail_messages_ws_number")
        batch_op.drop_index("ix_voicemail_messages_state_created")

    op.drop_table("voicemail_messages")
    with op.batch_alter_table("voicemail_greetings", schema=None) as batch_op:
        batch_op.drop_index("ix_voicemail_greetings_ws_user")
        batch_op.drop_index("ix_voicemail_greetings_state_created")

    op.drop_table("voicemail_greetings")
