"""An e-mail address with the recogniser's comma where the caller paused before "at"
("j tanaka seventy seven, at yahoo dot com"): the local part before the comma is hidden
with the domain. A comma before "at" with no domain after it changes nothing."""

from __future__ import annotations

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType


def _emails(text: str) -> list[str]:
    spans = detect(text, types=DEFAULT_TYPES)
    return [text[s.start : s.end] for s in spans if s.type is EntityType.EMAIL]


def test_a_pause_before_at_keeps_the_local_part_in_the_address() -> None:
    assert _emails("it's tanaka 77, at yahoo.com, thanks") == ["tanaka 77, at yahoo.com"]
    assert _emails("sure, jtanaka, at yahoo dot com") == ["jtanaka, at yahoo dot com"]


def test_numbers_before_a_comma_and_at_without_a_domain_survive() -> None:
    text = "Your order 4471, at the front desk by 5, at the latest."
    assert _emails(text) == []
    assert detect(text, types=DEFAULT_TYPES) == []
