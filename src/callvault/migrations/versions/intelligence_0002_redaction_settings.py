"""intelligence: fail-closed digits and party-name redaction settings; new PII types on

Revision ID: intelligence_0002
Revises: intelligence_0001
Create Date: 2026-12-03 07:00:00.000000

The PII types added with them (card expiry and security code, routing number, member id) are
switched on for every existing workspace: nobody had the chance to choose them, and the safe
default is to hide them (a workspace that wants them shown switches them off).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "intelligence_0002"
down_revision: str | Sequence[str] | None = "intelligence_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TYPES = ("card_expiry", "card_security_code", "routing_number", "member_id")


def upgrade() -> None:
    with op.batch_alter_table("vi_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("fail_closed_digits", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("redact_party_names", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT workspace_id, entity_types FROM vi_settings")).all()
    for workspace_id, stored in rows:
        types = json.loads(stored) if isinstance(stored, str) else list(stored or [])
        merged = sorted(set(types) | set(NEW_TYPES))
        conn.execute(
            sa.text("UPDATE vi_settings SET entity_types = :t WHERE workspace_id = :w").bindparams(
                sa.bindparam("t", type_=sa.JSON())
            ),
            {"t": merged, "w": workspace_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("vi_settings", schema=None) as batch_op:
        batch_op.drop_column("redact_party_names")
        batch_op.drop_column("fail_closed_digits")
