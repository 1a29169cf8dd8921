"""What the speaker's side delivers, said as the listener receiving it (stop 38, from
twenty-first-dev on recognised speech): "You'll have a decision by Friday" is the speaker's
task; "you'll have it by Wednesday" answers "can you send it back by Wednesday?". Only a thing
sent, and only with a day. Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

from tests.support.noting import PARTIES, action_items

WEDNESDAY, FRIDAY = date(2026, 3, 4), date(2026, 3, 6)  # after MONDAY


def test_a_thing_the_listener_will_have_by_a_day_is_the_speakers_task() -> None:
    (item,) = action_items(
        [("callee", "Our underwriter has it now. You'll have an answer by Friday.")]
    )
    assert (item.what, item.owner, item.due) == ("get you an answer", PARTIES["callee"], FRIDAY)


def test_you_will_have_it_answers_the_request_it_agrees_to() -> None:
    items = action_items(
        [
            ("callee", "We need the signed lease. Can you post it back by Wednesday?"),
            ("caller", "Sure, you'll have it by Wednesday."),
        ]
    )
    assert [(i.owner, i.due) for i in items] == [(PARTIES["caller"], WEDNESDAY)]


def test_no_day_or_no_thing_sent_is_no_task() -> None:
    assert action_items([("callee", "You'll have a decision soon, I hope.")]) == []
    assert action_items([("callee", "You'll have the garden to yourself on Friday.")]) == []
