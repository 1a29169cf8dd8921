"""An id read back with one of its letters misheard and its letters split from its digits
("KRT 441 8206" heard back as "GRT 441 7206"): two letters in a row and three digits in a
row in common with the hidden original make it the same id. Numbers that share only digits,
or only letters, survive."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_an_id_read_back_with_a_letter_misheard_is_hidden() -> None:
    red = redacted_texts(
        ("caller", 0, "Oh, and I have a new card now, remember IDKRT441 820 6?"),
        ("callee", 5000, "Let me repeat that, GRT 441 7206."),
    )
    assert "441 820" not in red[0]
    assert "GRT" not in red[1] and "441" not in red[1]


def test_other_codes_after_an_id_survive() -> None:
    red = redacted_texts(
        ("caller", 0, "Oh, and I have a new card now, remember IDKRT441 820 6?"),
        ("callee", 5000, "Thanks. Your order went out on UPS 5521 903, flight AA 441 lands at 6."),
    )
    assert red[1] == "Thanks. Your order went out on UPS 5521 903, flight AA 441 lands at 6."
