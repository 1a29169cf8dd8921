"""intelligence: transcripts, stages, outputs, dictionary, moments, search tokens

Revision ID: intelligence_0001
Revises:
Create Date: 2026-11-30 12:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import callvault.db.base

revision: str = "intelligence_0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = ("intelligence",)
depends_on: str | Sequence[str] | None = ["recordings_0001", "voicemail_0002"]


def upgrade() -> None:
    op.create_table(
        "vi_dictionary_terms",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("term_index", sa.String(length=64), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_vi_dictionary_terms_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vi_dictionary_terms")),
    )
    with op.batch_alter_table("vi_dictionary_terms", schema=None) as batch_op:
        batch_op.create_index(
            "uq_vi_dictionary_terms_ws_term", ["workspace_id", "term_index"], unique=True
        )

    op.create_table(
        "vi_moment_definitions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("moment_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_vi_moment_definitions_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vi_moment_definitions")),
    )
    with op.batch_alter_table("vi_moment_definitions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_vi_moment_definitions_ws", ["workspace_id", "current"], unique=False
        )
        batch_op.create_index(
            "uq_vi_moment_definitions_key_version", ["moment_id", "version"], unique=True
        )

    op.create_table(
        "vi_moment_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("diff", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", callvault.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_vi_moment_runs_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vi_moment_runs")),
    )
    op.create_table(
        "vi_settings",
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("entity_types", sa.JSON(), nullable=False),
        sa.Column("audio_redaction", sa.String(length=16), nullable=False),
        sa.Column("llm_base_url", sa.String(length=512), nullable=True),
        sa.Column("llm_model", sa.String(length=128), nullable=True),
        sa.Column("llm_api_key_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("dictionary_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_vi_settings_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workspace_id", name=op.f("pk_vi_settings")),
    )
    op.create_table(
        "vi_transcripts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("source_type", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=True),
        sa.Column("voicemail_id", sa.String(length=36), nullable=True),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("model", sa.String(length=256), nullable=True),
        sa.Column("dictionary_version", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=True),
        sa.Column("utterances", sa.Integer(), nullable=True),
        sa.Column("raw_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("redacted_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("pii_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("pii_count", sa.Integer(), nullable=True),
        sa.Column("residual_pii", sa.Integer(), nullable=True),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_vi_transcripts_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["voicemail_id"],
            ["voicemail_messages.id"],
            name=op.f("fk_vi_transcripts_voicemail_id_voicemail_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_vi_transcripts_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vi_transcripts")),
    )
    with op.batch_alter_table("vi_transcripts", schema=None) as batch_op:
        batch_op.create_index("ix_vi_transcripts_call", ["call_id"], unique=False)
        batch_op.create_index("ix_vi_transcripts_voicemail", ["voicemail_id"], unique=False)
        batch_op.create_index(
            "uq_vi_transcripts_source", ["workspace_id", "source_type", "source_id"], unique=True
        )

    op.create_table(
        "vi_moment_hits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("transcript_id", sa.String(length=36), nullable=False),
        sa.Column("moment_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("utterance", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["vi_transcripts.id"],
            name=op.f("fk_vi_moment_hits_transcript_id_vi_transcripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vi_moment_hits")),
    )
    with op.batch_alter_table("vi_moment_hits", schema=None) as batch_op:
        batch_op.create_index("ix_vi_moment_hits_transcript", ["transcript_id"], unique=False)
        batch_op.create_index(
            "ix_vi_moment_hits_ws_moment", ["workspace_id", "moment_id"], unique=False
        )

    op.create_table(
        "vi_outputs",
        sa.Column("transcript_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("meta", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("created_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["vi_transcripts.id"],
            name=op.f("fk_vi_outputs_transcript_id_vi_transcripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("transcript_id", "kind", name=op.f("pk_vi_outputs")),
    )
    op.create_table(
        "vi_search_tokens",
        sa.Column("transcript_id", sa.String(length=36), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["vi_transcripts.id"],
            name=op.f("fk_vi_search_tokens_transcript_id_vi_transcripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("transcript_id", "token", name=op.f("pk_vi_search_tokens")),
    )
    with op.batch_alter_table("vi_search_tokens", schema=None) as batch_op:
        batch_op.create_index(
            "ix_vi_search_tokens_ws_token", ["workspace_id", "token"], unique=False
        )

    op.create_table(
        "vi_stages",
        sa.Column("transcript_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Double(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("updated_at", callvault.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["vi_transcripts.id"],
            name=op.f("fk_vi_stages_transcript_id_vi_transcripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("transcript_id", "stage", name=op.f("pk_vi_stages")),
    )


def downgrade() -> None:
    op.drop_table("vi_stages")
    with op.batch_alter_table("vi_search_tokens", schema=None) as batch_op:
        batch_op.drop_index("ix_vi_search_tokens_ws_token")

    op.drop_table("vi_search_tokens")
    op.drop_table("vi_outputs")
    with op.batch_alter_table("vi_moment_hits", schema=None) as batch_op:
        batch_op.drop_index("ix_vi_moment_hits_ws_moment")
        batch_op.drop_index("ix_vi_moment_hits_transcript")

    op.drop_table("vi_moment_hits")
    with op.batch_alter_table("vi_transcripts", schema=None) as batch_op:
        batch_op.drop_index("uq_vi_transcripts_source")
        batch_op.drop_index("ix_vi_transcripts_voicemail")
        batch_op.drop_index("ix_vi_transcripts_call")

    op.drop_table("vi_transcripts")
    op.drop_table("vi_settings")
    op.drop_table("vi_moment_runs")
    with op.batch_alter_table("vi_moment_definitions", schema=None) as batch_op:
        batch_op.drop_index("uq_vi_moment_definitions_key_version")
        batch_op.drop_index("ix_vi_moment_definitions_ws")

    op.drop_table("vi_moment_definitions")
    with op.batch_alter_table("vi_dictionary_terms", schema=None) as batch_op:
        batch_op.drop_index("uq_vi_dictionary_terms_ws_term")

    op.drop_table("vi_dictionary_terms")
