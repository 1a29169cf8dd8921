"""Ordinary call-centre sentences with numbers in them are not PII."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect


@pytest.mark.parametrize(
    "text",
    [
        "My order number is 583920114456, it hasn't arrived.",
        "The order number is five eight three nine two oh one one four four five six.",
        "That comes to $25.99 with tax.",
        "It was twenty five ninety nine, I think.",
        "Can we talk at four thirty tomorrow?",
        "See you at 4:30.",
        "Maybe two or three boxes, I'm not sure.",
        "I ordered 12 but only 11 came.",
        "The delivery was on March 14th.",
        "We've been customers since 2019.",
        "Press one for billing, then two.",
        "Extension 4412 is the support desk.",
        "The case number is 0392137658.",
        "It's about 1500 units per month.",
        "Oh, oh, I see.",
        "Back in two thousand and nineteen we had the same problem.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert detect(text) == []
