"""Tasks asked of someone on the other party's side and days said before (stop 38, from the
written twenty-first-dev half's misses): "Could she fill in the forms before Tuesday?" is the
task of the person "she" stands for; "Can he mail it, or fax it?" asks which; a task ending
in "then" is due on the day said just before; the same person's later "pick them up on
Friday" dates their earlier "get the keys"; "I'll text her tonight" answers "could you let
[PERSON] know". Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.commitment import CommitmentClassifier
from tests.support.noting import PARTIES, action_items, said_at
from tests.support.transcripts import build_transcript

TUESDAY, THURSDAY, FRIDAY = (date(2026, 3, d) for d in (3, 5, 6))  # after MONDAY


def test_a_task_asked_of_a_named_relative_is_theirs() -> None:
    t = build_transcript(
        [
            ("caller", "My son, [PERSON], handles my paperwork now."),
            ("callee", "Great. Could he also send the tax form before Thursday?"),
            ("caller", "He will, he's very organised."),
        ]
    )
    (item,) = action_items(t)
    assert (item.what, item.due) == ("have [PERSON] send the tax form", THURSDAY)
    assert said_at(t, item.owner_said) == "[PERSON]"
    assert item.owner == PARTIES["caller"]  # the side that was asked


def test_a_task_asked_of_someone_never_named_is_the_listeners() -> None:
    t = build_transcript(
        [
            ("callee", "We still need the signed lease. Could she return it by Friday?"),
            ("caller", "Sure."),
        ]
    )
    (item,) = action_items(t)
    assert item.owner == PARTIES["caller"]
    assert item.due == FRIDAY


def test_a_choice_of_two_ways_is_no_task() -> None:
    t = build_transcript(
        [
            ("caller", "My neighbour, [PERSON], has the spare key."),
            ("callee", "Can she post it, or drop it at the office?"),
            ("caller", "Probably post it."),
        ]
    )
    assert [i.what for i in action_items(t)] == []


def test_then_is_the_day_said_just_before() -> None:
    t = build_transcript(
        [
            ("callee", "Could someone check the serial number on the boiler?"),
            ("caller", "My husband, [PERSON], is home on Thursday. He'll check it then."),
        ]
    )
    (item,) = action_items(t)
    assert (item.due, item.when) == (THURSDAY, "on Thursday")
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_the_same_persons_later_dated_task_on_it_dates_the_first() -> None:
    t = build_transcript(
        [
            ("caller", "My daughter, [PERSON], will get the parcel for me."),
            ("callee", "Could she pick it up from the depot on Tuesday?"),
            ("caller", "Yes, she finishes early."),
        ]
    )
    (item,) = action_items(t)
    assert item.due == TUESDAY
    assert "parcel" in item.what


def test_telling_someone_answered_with_another_verb_is_one_task(
    head: CommitmentClassifier,
) -> None:
    # "let … know" is a verb the rules do not list: the commitment head reads the request
    t = build_transcript(
        [
            ("callee", "The roofer comes Thursday. Could you let [PERSON] know by Tuesday?"),
            ("caller", "I'll ring him tonight."),
        ]
    )
    items = [i for i in action_items(t, head) if i.owner == PARTIES["caller"]]
    assert [(i.what, i.due) for i in items] == [("let [PERSON] know", TUESDAY)]


def test_then_reaches_past_the_other_partys_reply() -> None:
    t = build_transcript(
        [
            ("callee", "I can book Thursday at ten with [PERSON], our fitter."),
            ("caller", "Oh good, that's quick."),
            ("callee", "He'll measure the window and order the blind then."),
        ]
    )
    items = [i for i in action_items(t) if "measure" in i.what]
    assert [i.due for i in items] == [THURSDAY]
