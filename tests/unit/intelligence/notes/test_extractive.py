"""Extractive notes on scripted calls: summary, action items with owners and dates, topics."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.models import ActionItem, Notes
from callvault.intelligence.transcript import Transcript
from tests.support.transcripts import build_transcript
from tests.unit.intelligence.notes.calls import BILLING_CALL, SUPPORT_CALL

WEDNESDAY = date(2025, 3, 12)


def _notes(lines: list[tuple[str, str]], terms: tuple[str, ...] = ()) -> tuple[Transcript, Notes]:
    transcript = build_transcript(lines)
    return transcript, extractive_notes(
        transcript, reference_date=WEDNESDAY, dictionary_terms=terms
    )


def _item(notes: Notes, what_starts: str) -> ActionItem:
    matches = [a for a in notes.action_items if a.what.startswith(what_starts)]
    if len(matches) > 1:
        matches = [a for a in matches if a.what == what_starts]
    assert len(matches) == 1, [a.what for a in notes.action_items]
    return matches[0]


def test_billing_call_action_items() -> None:
    transcript, notes = _notes(BILLING_CALL)
    assert notes.source == "extractive"
    assert notes.degraded_reason is None

    refund = _item(notes, "raise a refund")
    assert (refund.owner, refund.when, refund.due) == ("callee", "today", WEDNESDAY)
    assert refund.what == "raise a refund for the duplicate payment"

    confirm = _item(notes, "email me a confirmation")
    assert confirm.owner == "callee"  # "can you…" asked by the caller: the agent's task
    assert confirm.when is None

    send = _item(notes, "send you the confirmation email")
    assert (send.owner, send.when, send.due) == ("callee", "by Friday", date(2025, 3, 14))
    assert transcript.span_text(send.evidence[0]) == (
        "I will send you the confirmation email by Friday"
    )

    check = _item(notes, "check with billing why")
    assert check.what.endswith("and get back to you")
    assert check.owner == "callee"

    # Every item points at text that really says it.
    for item in notes.action_items:
        assert item.evidence
        for span in item.evidence:
            assert item.what.split()[0].lower() in transcript.span_text(span).lower()


def test_support_call_owners_named_people_and_relative_dates() -> None:
    _, notes = _notes(SUPPORT_CALL)
    engineer = _item(notes, "send an engineer")
    assert (engineer.owner, engineer.when, engineer.due) == (
        "callee",
        "on Tuesday",
        date(2025, 3, 18),
    )

    move = _item(notes, "move the router away")
    assert move.owner == "caller"  # asked of the caller by the agent

    tonight = _item(notes, "move the router")
    assert (tonight.owner, tonight.when, tonight.due) == ("caller", "tonight", WEDNESDAY)

    review = _item(notes, "review the line errors")
    assert (review.owner, review.when, review.due) == ("Sam", "next week", date(2025, 3, 21))

    text_me = _item(notes, "text me the engineer's arrival window")
    assert text_me.owner == "callee"

    call = _item(notes, "call you thirty minutes before arrival")
    assert call.owner == "The engineer"


def test_summary_is_short_in_call_order_and_evidenced() -> None:
    transcript, notes = _notes(BILLING_CALL)
    assert 3 <= len(notes.summary) <= 5
    positions = [(line.evidence[0].utterance, line.evidence[0].start) for line in notes.summary]
    assert positions == sorted(positions)
    for line in notes.summary:
        (span,) = line.evidence
        speaker = transcript.utterances[span.utterance].speaker
        assert line.text == f"{speaker}: {transcript.span_text(span)}"
    joined = " ".join(line.text for line in notes.summary).lower()
    assert "charged twice" in joined or "refund" in joined
    assert "have a great day" not in joined  # the script never summarises a call


def test_topics_include_dictionary_terms_and_keyphrases() -> None:
    transcript, notes = _notes(BILLING_CALL, terms=("Northwind", "direct debit", "Smart Meter"))
    terms = {t.term: t for t in notes.topics}
    assert terms["direct debit"].mentions == 2
    assert terms["Northwind"].mentions == 1
    assert "Smart Meter" not in terms  # never said
    assert [transcript.span_text(s).lower() for s in terms["direct debit"].evidence] == [
        "direct debit",
        "direct debit",
    ]
    keyphrases = [t.term for t in notes.topics if t.term not in {"Northwind", "direct debit"}]
    assert "refund" in keyphrases or "duplicate payment" in keyphrases
    for topic in notes.topics:
        assert topic.mentions == len(topic.evidence)


def test_no_commitments_no_items() -> None:
    _, notes = _notes(
        [
            ("callee", "Thanks for calling, how can I help?"),
            ("caller", "I'll be honest, I'd like to know my balance."),
            ("callee", "Let me just check that for you. I'll put you on hold for a moment."),
            ("callee", "Your balance is twelve pounds."),
        ]
    )
    assert notes.action_items == ()


def test_empty_transcript() -> None:
    _, notes = _notes([])
    assert (notes.summary, notes.action_items, notes.topics) == ((), (), ())
