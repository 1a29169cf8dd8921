"""The account number that follows a hidden routing number is hidden too, when the question
for it was lost (from the fresh set: "I'd need the numbers at the bottom of a check" came out
as "I need the number next month to the market")."""

from __future__ import annotations

from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def test_the_long_number_after_a_routing_number_is_the_account() -> None:
    out = redacted_texts(
        ("callee", 0, "I need the number next month to the market."),
        ("caller", 3000, "Sure, routing is 074000311"),
        ("callee", 6000, "they are counted because"),
        ("caller", 8000, "815 06 4429 08 42426."),
    )
    assert out[1] == "Sure, routing is [ROUTING_NUMBER]"
    assert out[3] == "[BANK_ACCOUNT]."


def test_amounts_short_numbers_the_other_party_and_later_talk_are_left() -> None:
    out = redacted_texts(
        ("callee", 0, "I need the number next month to the market."),
        ("caller", 3000, "Sure, routing is 074000311"),
        ("caller", 6000, "That is 1200000 dollars for the house, in 12 months."),
        ("callee", 9000, "Your order is 5512881."),
        ("caller", 40_000, "My reference was 77301244."),
    )
    assert out[2] == "That is 1200000 dollars for the house, in 12 months."
    assert out[3] == "Your order is 5512881."
    assert out[4] == "My reference was 77301244."
