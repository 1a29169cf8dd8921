"""Extractive notes on scripted calls: summary, action items with owners and dates, topics."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.models import ActionItem, Notes
from callvault.intelligence.transcript import Transcript
from tests.support.transcripts import build_transcript
from tests.unit.intelligence.notes.calls import BILLING_CALL, SUPPORT_CALL

WEDNESDAY = date(2025, 3, 12)
# The call's parties: the agent (a user) answered, the customer (a contact) called.
PARTIES = {"callee": "Priya Raman", "caller": "Daniel Brooks"}


def _notes(
    lines: list[tuple[str, str]],
    terms: tuple[str, ...] = (),
    parties: dict[str, str] | None = PARTIES,
    people: tuple[str, ...] = (),
) -> tuple[Transcript, Notes]:
    transcript = build_transcript(lines)
    return transcript, extractive_notes(
        transcript,
        reference_date=WEDNESDAY,
        dictionary_terms=terms,
        parties=parties,
        people=people,
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
    assert (refund.owner, refund.when, refund.due) == ("Priya Raman", "today", WEDNESDAY)
    assert refund.party == "callee"
    assert refund.what == "raise a refund for the duplicate payment"

    confirm = _item(notes, "email me a confirmation")
    assert confirm.owner == "Priya Raman"  # "can you…" asked by the caller: the agent's task
    assert confirm.when is None

    send = _item(notes, "send you the confirmation email")
    assert (send.owner, send.when, send.due) == ("Priya Raman", "by Friday", date(2025, 3, 14))
    assert transcript.span_text(send.evidence[0]) == (
        "I will send you the confirmation email by Friday"
    )

    check = _item(notes, "check with billing why")
    assert check.what.endswith("and get back to you")
    assert check.owner == "Priya Raman"
    # Owners are people, never the speaker labels.
    assert {a.owner for a in notes.action_items} <= {"Priya Raman", "Daniel Brooks"}

    # Every item points at text that really says it.
    for item in notes.action_items:
        assert item.evidence
        for span in item.evidence:
            assert item.what.split()[0].lower() in transcript.span_text(span).lower()


def test_support_call_owners_named_people_and_relative_dates() -> None:
    _, notes = _notes(SUPPORT_CALL)
    engineer = _item(notes, "send an engineer")
    assert (engineer.owner, engineer.when, engineer.due) == (
        "Priya Raman",
        "on Tuesday",
        date(2025, 3, 18),
    )

    move = _item(notes, "move the router away")
    assert move.owner == "Daniel Brooks"  # asked of the caller by the agent

    tonight = _item(notes, "move the router")
    assert (tonight.owner, tonight.when, tonight.due) == ("Daniel Brooks", "tonight", WEDNESDAY)

    review = _item(notes, "review the line errors")
    assert (review.owner, review.when, review.due) == ("Sam", "next week", date(2025, 3, 21))

    text_me = _item(notes, "text me the engineer's arrival window")
    assert text_me.owner == "Priya Raman"

    # "The engineer will call you…" said by the agent: the agent's promise (issue #11: owners
    # are the people on the call), the role kept in the task.
    call = _item(notes, "have the engineer call you thirty minutes before arrival")
    assert (call.owner, call.party) == ("Priya Raman", "callee")


def test_summary_is_short_in_call_order_and_evidenced() -> None:
    transcript, notes = _notes(BILLING_CALL)
    assert 3 <= len(notes.summary) <= 5
    positions = [(line.evidence[0].utterance, line.evidence[0].start) for line in notes.summary]
    assert positions == sorted(positions)
    for line in notes.summary:
        (span,) = line.evidence
        speaker = transcript.utterances[span.utterance].speaker
        assert line.text == f"{PARTIES[speaker]}: {transcript.span_text(span)}"
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


def test_summary_states_the_reason_and_the_outcome() -> None:
    transcript, notes = _notes(BILLING_CALL)
    kinds = [line.kind for line in notes.summary]
    assert kinds[0] == "reason" and kinds[-1] == "outcome", kinds
    reason = transcript.span_text(notes.summary[0].evidence[0])
    assert "charged twice" in reason
    outcome = transcript.span_text(notes.summary[-1].evidence[0]).lower()
    assert "refund" in outcome or "send you" in outcome or "get back to you" in outcome


HELD_SHIPMENT = [
    ("callee", "Thanks for calling Acme Logistics, this is Priya speaking."),
    ("caller", "Hi, my shipment has not arrived and the tracking page says it is held."),
    ("callee", "I can look into that. Can I take your social security number for security?"),
    ("caller", "Sure, it is [SSN]."),
    ("callee", "Thanks, so that was [SSN], and your date of birth is [DATE_OF_BIRTH]."),
    ("callee", "I can see the parcel is held at the depot because of an unpaid customs fee."),
    ("callee", "I have waived the customs fee and released the parcel from the depot."),
    ("caller", "Great, when will it get here?"),
    ("callee", "It will be delivered on Friday, and Express will send you a tracking text."),
    ("caller", "Thanks, that is really helpful."),
]


def test_placeholder_sentences_are_never_summary_lines_and_owners_are_people() -> None:
    transcript, notes = _notes(HELD_SHIPMENT)
    for line in notes.summary:
        assert "[" not in line.text, line.text
    kinds = {line.kind: transcript.span_text(line.evidence[0]) for line in notes.summary}
    assert "shipment has not arrived" in kinds["reason"]
    assert "waived" in kinds["outcome"] or "delivered on Friday" in kinds["outcome"]
    owners = {a.owner for a in notes.action_items}
    assert "Express" not in owners  # a capitalised word is not a person
    assert not owners & {"caller", "callee"}


def test_named_owner_must_be_known_or_introduced() -> None:
    lines = [
        ("callee", "Sam will review the account tomorrow."),
        ("callee", "Express will send the parcel on Monday."),
        ("callee", "Tobias from the billing team will call you back."),
    ]
    _, unknown = _notes(lines)
    assert [a.owner for a in unknown.action_items] == ["Tobias"]
    _, known = _notes(lines, people=("Sam Okafor",))
    assert sorted(a.owner or "" for a in known.action_items) == ["Sam", "Tobias"]


def test_without_parties_owner_is_unnamed_but_the_party_is_kept() -> None:
    _, notes = _notes(BILLING_CALL, parties=None)
    refund = _item(notes, "raise a refund")
    assert (refund.owner, refund.party) == (None, "callee")


def test_a_request_on_a_one_party_source_has_no_owner_and_does_not_fail() -> None:
    # A voicemail: the caller asks the mailbox owner, who is not on the recording.
    _, notes = _notes(
        [("caller", "Hi, this is about my order. Can you call me back by Friday please?")],
        parties=None,
    )
    item = _item(notes, "call me back")
    assert item.owner is None and item.due == date(2025, 3, 14)
