"""Assist-card errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import NotFound


class AssistCardNotFound(NotFound):
    code = "assist_card_not_found"
