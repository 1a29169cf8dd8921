"""mfa: two-step sign-in (TOTP factors, recovery codes, sign-in challenges), the users' flag
and the workspaces' requirement

Revision ID: mfa_0001
Revises:
Depends on: identity_0004
Create Date: 2026-12-04 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "mfa_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("mfa",)
depends_on: str | Sequence[str] | None = "identity_0004"


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("mfa_enabled", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("workspaces") as batch:
        batch.add_column(
            sa.Column("mfa_required", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "mfa_factors",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("secret_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("pending_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_step", sa.Integer(), nullable=True),
        _fk("mfa_factors", "user_id", "users"),
        _fk("mfa_factors", "workspace_id", "workspaces"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_mfa_factors")),
    )
    op.create_index(op.f("ix_mfa_factors_workspace_id"), "mfa_factors", ["workspace_id"])
    op.create_table(
        "mfa_recovery_codes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        _fk("mfa_recovery_codes", "user_id", "users"),
        _fk("mfa_recovery_codes", "workspace_id", "workspaces"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mfa_recovery_codes")),
        sa.UniqueConstraint(
            "user_id", "code_hash", name=op.f("uq_mfa_recovery_codes_user_id_code_hash")
        ),
    )
    op.create_index(op.f("ix_mfa_recovery_codes_user_id"), "mfa_recovery_codes", ["user_id"])
    op.create_index(
        op.f("ix_mfa_recovery_codes_workspace_id"), "mfa_recovery_codes", ["workspace_id"]
    )
    op.create_table(
        "mfa_challenges",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("device_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("expires_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        _fk("mfa_challenges", "user_id", "users"),
        _fk("mfa_challenges", "workspace_id", "workspaces"),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_mfa_challenges")),
    )
    for column in ("expires_at", "user_id", "workspace_id"):
        op.create_index(op.f(f"ix_mfa_challenges_{column}"), "mfa_challenges", [column])


def downgrade() -> None:
    op.drop_table("mfa_challenges")
    op.drop_table("mfa_recovery_codes")
    op.drop_table("mfa_factors")
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_column("mfa_required")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("mfa_enabled")
