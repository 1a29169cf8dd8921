"""sso: OpenID Connect sign-in (per-workspace provider, sign-ins in flight, subject links)

Revision ID: sso_0001
Revises:
Depends on: mfa_0001
Create Date: 2026-12-10 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "sso_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("sso",)
depends_on: str | Sequence[str] | None = "mfa_0001"


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "sso_configs",
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("issuer", sa.String(length=512), nullable=False),
        sa.Column("client_id", sa.String(length=255), nullable=False),
        sa.Column("secret_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("allowed_domains", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        _fk("sso_configs", "workspace_id", "workspaces"),
        sa.PrimaryKeyConstraint("workspace_id", name=op.f("pk_sso_configs")),
    )
    op.create_table(
        "sso_logins",
        sa.Column("state_hash", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("binding_hash", sa.String(length=64), nullable=False),
        sa.Column("nonce_hash", sa.String(length=64), nullable=False),
        sa.Column("verifier_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("redirect_uri", sa.String(length=512), nullable=False),
        sa.Column("expires_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        _fk("sso_logins", "workspace_id", "workspaces"),
        sa.PrimaryKeyConstraint("state_hash", name=op.f("pk_sso_logins")),
    )
    op.create_index(op.f("ix_sso_logins_expires_at"), "sso_logins", ["expires_at"])
    op.create_index(op.f("ix_sso_logins_workspace_id"), "sso_logins", ["workspace_id"])
    op.create_table(
        "sso_identities",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("issuer", sa.String(length=512), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("linked_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        _fk("sso_identities", "user_id", "users"),
        _fk("sso_identities", "workspace_id", "workspaces"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_sso_identities")),
        sa.UniqueConstraint(
            "workspace_id",
            "issuer",
            "subject",
            name=op.f("uq_sso_identities_workspace_id_issuer_subject"),
        ),
    )
    op.create_index(op.f("ix_sso_identities_workspace_id"), "sso_identities", ["workspace_id"])


def downgrade() -> None:
    op.drop_table("sso_identities")
    op.drop_table("sso_logins")
    op.drop_table("sso_configs")
