"""sso: SAML 2.0 beside OpenID Connect (protocol and SAML columns, spent assertion IDs)

Revision ID: sso_0002
Revises: sso_0001
Create Date: 2026-12-07 14:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "sso_0002"
down_revision: str | Sequence[str] | None = "sso_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added columns only (no table rebuild on SQLite): existing rows are OpenID Connect.
    op.add_column(
        "sso_configs",
        sa.Column("protocol", sa.String(length=8), server_default="oidc", nullable=False),
    )
    op.add_column("sso_configs", sa.Column("saml_sso_url", sa.String(length=1024), nullable=True))
    op.add_column("sso_configs", sa.Column("saml_certificates", sa.Text(), nullable=True))
    op.add_column(
        "sso_configs", sa.Column("saml_email_attribute", sa.String(length=255), nullable=True)
    )
    op.add_column(
        "sso_logins",
        sa.Column("protocol", sa.String(length=8), server_default="oidc", nullable=False),
    )
    op.create_table(
        "sso_saml_assertions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("expires_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_sso_saml_assertions_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_sso_saml_assertions")),
    )
    op.create_index(
        op.f("ix_sso_saml_assertions_expires_at"), "sso_saml_assertions", ["expires_at"]
    )
    op.create_index(
        op.f("ix_sso_saml_assertions_workspace_id"), "sso_saml_assertions", ["workspace_id"]
    )


def downgrade() -> None:
    op.drop_table("sso_saml_assertions")
    with op.batch_alter_table("sso_logins") as batch:
        batch.drop_column("protocol")
    with op.batch_alter_table("sso_configs") as batch:
        batch.drop_column("saml_email_attribute")
        batch.drop_column("saml_certificates")
        batch.drop_column("saml_sso_url")
        batch.drop_column("protocol")
