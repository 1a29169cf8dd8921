"""Retention errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import InvalidInput


class InvalidPolicy(InvalidInput):
    """A malformed policy: unknown type, not a whole number, outside the allowed range."""

    code = "invalid_retention_policy"


class PolicyConflict(InvalidInput):
    """A derived type kept longer than the data it is deleted with."""

    code = "retention_conflict"
