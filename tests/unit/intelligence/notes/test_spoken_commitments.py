"""Commitments as they come out of a phone line (issue #11): a third party booked by name or
by a redaction placeholder ("a technician [PERSON] will come Wednesday", "[PERSON], our
plumber, comes tomorrow morning"), a change said while it is made ("I'm adding a credit…"),
an instruction after a condition ("if it drops again, restart the router"), and what is done
there and then ("I'll note that on the ticket"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.models import ActionItem
from tests.support.noting import action_items


def _said(lines: list[tuple[str, str]], item: ActionItem) -> str:
    """The words an item's evidence points at, joined."""
    return " ".join(lines[s.utterance][1][s.start : s.end] for s in item.evidence)


def test_role_with_a_placeholder_name_and_no_commas_is_a_visit_the_agent_owes() -> None:
    lines = [
        ("caller", "The line keeps dropping."),
        ("callee", "A technician [PERSON] will come Thursday."),
    ]
    (item,) = action_items(lines)
    assert item.what == "have a technician come"
    assert (item.owner, item.party) == ("Ines Moreau", "callee")
    assert (item.when, item.due) == ("Thursday", date(2026, 3, 5))
    assert "technician [PERSON] will come" in _said(lines, item)


def test_name_first_then_role_in_commas_with_a_date_is_a_booked_visit() -> None:
    lines = [("callee", "[PERSON], our locksmith, comes tomorrow morning.")]
    (item,) = action_items(lines)
    assert item.what == "have our locksmith come"
    assert item.owner == "Ines Moreau"
    assert item.due == date(2026, 3, 3)
    assert all(s.utterance == 0 for s in item.evidence)


def test_name_first_without_a_date_is_no_visit() -> None:
    assert action_items([("callee", "[PERSON], our locksmith, comes highly recommended.")]) == []


def test_a_change_said_while_it_is_made_is_written_as_the_task() -> None:
    lines = [
        ("caller", "I'm paying for a service I'm not getting."),
        ("callee", "You're right. I'm adding a credit of $25 to your next bill."),
    ]
    (item,) = action_items(lines)
    assert item.what == "add a credit of $25 to your next bill"
    assert (item.owner, item.party) == ("Ines Moreau", "callee")
    assert "adding a credit" in _said(lines, item)


def test_in_call_progress_is_no_task() -> None:
    assert (
        action_items([("callee", "I'm running a line test now. I'm checking your account.")]) == []
    )


def test_an_instruction_after_a_condition_is_the_listeners_task() -> None:
    lines = [
        ("caller", "It drops most evenings."),
        ("callee", "If it drops again before Friday, reboot the modem."),
    ]
    (item,) = action_items(lines)
    assert item.what == "reboot the modem"
    assert (item.owner, item.party) == ("Tobias Lindqvist", "caller")


def test_a_condition_that_is_a_polite_request_is_read_once() -> None:
    items = action_items(
        [("caller", "Hello."), ("callee", "If you could, email the signed form to us today.")]
    )
    assert [i.what for i in items] == ["email the signed form to us"]


def test_noting_something_down_during_the_call_is_no_task() -> None:
    assert action_items([("callee", "I'll note that on the ticket.")]) == []


def test_a_pronoun_instruction_with_a_deadline_takes_the_thing_promised_just_before() -> None:
    lines = [
        ("callee", "I'll email you the direct debit form today."),
        ("caller", "Okay."),
        ("callee", "Return it within five business days."),
    ]
    mine, theirs = action_items(lines)
    assert (mine.what, mine.owner) == ("email you the direct debit form", "Ines Moreau")
    assert theirs.what == "return the direct debit form"
    assert (theirs.owner, theirs.party) == ("Tobias Lindqvist", "caller")
    assert theirs.due == date(2026, 3, 9)
    # both the promise that named the form and the instruction are its evidence
    assert {s.utterance for s in theirs.evidence} == {0, 2}


def test_a_pronoun_instruction_without_a_deadline_is_how_not_what() -> None:
    lines = [
        ("callee", "I'll email you the direct debit form today."),
        ("callee", "Send it to the address on the letter."),
    ]
    assert [i.what for i in action_items(lines)] == ["email you the direct debit form"]


def test_a_time_window_after_the_day_is_not_part_of_the_task() -> None:
    said = "Our courier [PERSON] will bring the parcel tomorrow between two and four."
    lines = [("callee", said)]
    (item,) = action_items(lines)
    assert item.what == "have our courier bring the parcel"
    assert (item.when, item.due) == ("tomorrow", date(2026, 3, 3))
    # the evidence still covers what was said, window included
    assert _said(lines, item).endswith("between two and four")


def test_moving_the_booking_while_talking_is_no_task_but_its_confirmation_is() -> None:
    lines = [
        ("callee", "I can move it to 5:40."),
        ("caller", "Great."),
        ("callee", "I'll email the new confirmation in the next hour."),
    ]
    (item,) = action_items(lines)
    assert item.what == "email the new confirmation"
    assert item.evidence[0].utterance == 2


def test_a_line_cut_after_and_leaves_no_dangling_and_in_the_task() -> None:
    (item,) = action_items([("callee", "I'll email the hotel voucher right away and")])
    assert item.what == "email the hotel voucher"
    assert item.when == "right away"


def test_a_request_agreed_to_with_how_it_is_left_is_one_item() -> None:
    lines = [
        ("callee", "Can you leave it unlocked on the day?"),
        ("caller", "Sure, I'll leave it unlocked."),
    ]
    (item,) = action_items(lines)
    # "on the day" is when (the visit's day), not part of the task
    assert (item.owner, item.what, item.when) == (
        "Tobias Lindqvist",
        "leave it unlocked",
        "on the day",
    )
    assert item.due is None
    assert [e.utterance for e in item.evidence] == [0, 1]


def test_a_new_request_right_after_an_agreed_one_is_its_own_item() -> None:
    lines = [
        ("callee", "Can you leave it unlocked on the day?"),
        ("caller", "Sure, I'll leave it unlocked."),
        ("callee", "Can you sign it and send it back before you fly?"),
    ]
    items = action_items(lines)
    assert [i.what for i in items] == ["leave it unlocked", "sign it and send it back"]
