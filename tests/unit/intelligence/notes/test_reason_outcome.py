"""The summary's reason and outcome lines on phone calls as a recogniser gives them (issue
#11): the caller's reason even when the greeting is timed after it or the reason is short,
the caller's first substantive sentence when nothing says "I need", and what was done on the
call before what will be done after it. Calls written for these tests."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.models import NoteLine
from tests.support.transcripts import build_transcript


def _lines(lines: list[tuple[str, str]]) -> dict[str, str]:
    notes = extractive_notes(build_transcript(lines), reference_date=date(2026, 3, 2))
    by_kind: dict[str, NoteLine] = {line.kind: line for line in notes.summary}
    return {kind: line.text for kind, line in by_kind.items()}


def test_a_short_reason_from_the_caller_after_a_misplaced_greeting() -> None:
    lines = _lines(
        [
            ("caller", "Hi, I'm calling about a shipment that's been stuck for a week."),
            ("callee", "Northline Freight customer service, Graham speaking, how can I help?"),
            ("callee", "It looks like the commercial invoice was missing from the paperwork."),
            ("caller", "Nobody told me anything about an invoice or the customs paperwork."),
            ("callee", "I have released the shipment and it will be delivered on Wednesday."),
        ]
    )
    assert "shipment that's been stuck" in lines["reason"]
    assert lines["reason"].startswith("caller:")


def test_the_reason_is_the_callers_first_substantive_sentence_when_none_says_why() -> None:
    lines = _lines(
        [
            ("callee", "Parkside Lettings, Lucy speaking."),
            ("caller", "Hi Lucy, it's Ben from flat three."),
            ("caller", "Radiators upstairs stay stone cold every single evening lately."),
            ("callee", "Right, a plumber will come round on Thursday morning to bleed them."),
            ("caller", "Thursday morning suits me, thanks very much for sorting that."),
        ]
    )
    assert "Radiators upstairs stay stone cold" in lines["reason"]


def test_the_outcome_is_what_was_done_before_a_later_promise() -> None:
    lines = _lines(
        [
            ("caller", "A stone cracked my windscreen on the motorway this morning."),
            ("callee", "Sorry to hear that, let me find your policy details."),
            ("callee", "I've opened a windscreen claim for you, reference C L nine oh."),
            ("callee", "I'll send the claim form by email today, along with the repairer list."),
            ("caller", "Brilliant, thanks for the quick help with the windscreen."),
        ]
    )
    assert "opened a windscreen claim" in lines["outcome"]
