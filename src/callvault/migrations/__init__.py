"""Alembic migration scripts. Each domain owns a branch (revision ids prefixed by domain)."""
