"""Live redaction: partials and finals hide PII with the post-call detectors plus the call's
recent context, and fail closed on digit runs that cannot be judged yet."""

from __future__ import annotations

import re

from callvault.intelligence.live.decoder import spread
from callvault.intelligence.live.redactor import LiveRedactor, RedactionRules, guard_digits
from callvault.intelligence.redaction.entities import DEFAULT_TYPES


def _redactor() -> LiveRedactor:
    return LiveRedactor(RedactionRules(types=DEFAULT_TYPES, parties=["Alice Smith", "Bob Jones"]))


def test_a_card_number_read_in_pieces_never_shows_a_digit() -> None:
    r = _redactor()
    r.redact("callee", spread("Can I have the card number please?", 0, 2000), final=True)
    growing = ["My card is 4", "My card is 4111 11", "My card is 4111 1111 1111", "four one one"]
    for i, text in enumerate(growing):
        out = r.redact("caller", spread(text, 3000, 4000 + i * 1000), final=False)
        assert not re.search(r"\d", out.text), out
        assert not re.search(r"\bfour one\b", out.text), out
    final = r.redact("caller", spread("It is 4111 1111 1111 1111.", 3000, 8000), final=True)
    assert final.text == "It is [CARD_NUMBER]." and final.spans[0].type == "card_number"
    start, end = final.spans[0].start, final.spans[0].end
    assert final.text[start:end] == "[CARD_NUMBER]"


def test_an_answer_to_a_question_is_hidden_with_the_other_partys_context() -> None:
    r = _redactor()
    r.redact("callee", spread("And the security code on the back?", 0, 2000), final=True)
    out = r.redact("caller", spread("It's 737.", 2500, 3500), final=True)
    assert "737" not in out.text and out.spans, out


def test_party_names_are_hidden_and_ordinary_words_kept() -> None:
    r = _redactor()
    out = r.redact("callee", spread("Hi Alice, I waited forty minutes", 0, 2000), final=True)
    assert out.text == "Hi [PERSON], I waited forty minutes"
    assert [(s.type, out.text[s.start : s.end]) for s in out.spans] == [("person", "[PERSON]")]


def test_the_digit_guard_moves_spans_and_leaves_short_numbers() -> None:
    out = guard_digits("order 12345 for 2 cats", [], 4)
    assert out.text == "order [DIGITS] for 2 cats"
    assert [(s.start, s.end, s.type) for s in out.spans] == [(6, 14, "digits")]
