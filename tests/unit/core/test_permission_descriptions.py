"""Every permission is described once, for the token page and the OpenAPI schema."""

from __future__ import annotations

from callvault.core.permission_descriptions import DESCRIPTIONS
from callvault.core.permissions import Permission


def test_every_permission_has_a_short_description() -> None:
    assert set(DESCRIPTIONS) == set(Permission)
    for permission, text in DESCRIPTIONS.items():
        # One line beside a checkbox: a sentence, not a paragraph, and not the name again.
        assert text.endswith(".") and 10 <= len(text) <= 90, permission
        assert permission.value not in text, permission
