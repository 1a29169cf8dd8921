"""`kept.numbers`: every number run of a call and why the redaction leaves it on purpose (its
label, or the business stating it), None for what it hid or no rule names; a repeat of a kept
number is kept for the same reason."""

from __future__ import annotations

from callvault.intelligence.redaction.kept import numbers
from callvault.intelligence.transcript import Span, Transcript
from tests.support.spoken_turns import turns


def _transcript(*said: tuple[str, int, str]) -> Transcript:
    return turns(*said, duration_ms=60_000)


def _why(t: Transcript, hidden: list[Span], business: set[str]) -> list[tuple[str, str | None]]:
    return [
        (t.utterances[n.utterance].text[n.start : n.end], n.kept)
        for n in numbers(t.utterances, hidden, business)
    ]


def test_labels_units_and_the_business_keep_numbers_and_repeats_keep_their_reason() -> None:
    t = _transcript(
        ("callee", 0, "Your claim number is 4471 2093 and the fee is 40 dollars."),
        ("caller", 6_000, "Okay, 4471 2093, got it."),
        ("callee", 10_000, "Our direct line is 617 555 0182 if you need us."),
        ("caller", 15_000, "Thanks, and mine is 8812 4406 then."),
    )
    assert _why(t, [], {"callee"}) == [
        ("4471 2093", "labelled"),  # named as a claim's
        ("40", "labelled"),  # an amount
        ("4471 2093", "labelled"),  # the customer repeating it: the same number
        ("617 555 0182", "business"),  # the business's own line
        ("8812 4406", None),  # named by nothing: left by default, not on purpose
    ]


def test_a_hidden_run_is_not_kept_and_no_business_side_states_nothing() -> None:
    t = _transcript(("callee", 0, "Our direct line is 617 555 0182 if you need us."))
    line = t.utterances[0].text
    at = line.index("617 555 0182")
    hidden = [Span(0, at, at + len("617 555 0182"))]
    assert _why(t, hidden, {"callee"}) == [("617 555 0182", None)]
    assert _why(t, [], set()) == [("617 555 0182", None)]
