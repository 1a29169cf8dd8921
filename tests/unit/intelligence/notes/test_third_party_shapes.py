"""More ways a task is given to someone who is not on the line (stop 29, from the written
dev halves' misses): the name with its role in commas or its team, a role with a word before
it, "I'll get [PERSON], our head chef, to…", "he'll…" after a role named the person, a
request for the other party's partner; and days said relative to the booked visit. Sentences
written for these tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.commitment import CommitmentClassifier
from callvault.intelligence.notes.dates import find_when, resolve_due
from callvault.intelligence.transcript import Span
from tests.support.noting import MONDAY, action_items, said_at
from tests.support.transcripts import build_transcript


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("[PERSON], our paralegal, will ring you Tuesday to confirm.",
         "have [PERSON] ring you to confirm"),
        ("[PERSON], a financial counselor, will call you by Tuesday.", "have [PERSON] call you"),
        ("If it changes, your account manager, [PERSON], will email you Tuesday.",
         "have your account manager email you"),
        ("I'll get [PERSON], our head chef, to call you Tuesday about the allergies.",
         "have [PERSON] call you about the allergies"),
        ("[PERSON] on our dispatch desk will book the truck for Tuesday.",
         "have [PERSON] book the truck"),
    ],
)  # fmt: skip
def test_a_named_third_party_with_a_role_or_team_owns_the_task(said: str, what: str) -> None:
    t = build_transcript([("caller", "What happens next?"), ("callee", said)])
    (item,) = action_items(t)
    assert (item.what, item.due) == (what, date(2026, 3, 3))
    assert said_at(t, item.owner_said) == "[PERSON]"  # the name behind it, for raw readers


def test_the_customers_family_member_named_in_commas_owns_the_task() -> None:
    t = build_transcript(
        [
            ("callee", "Who brings him in?"),
            ("caller", "My son, [PERSON], will drop him off Tuesday."),
        ]
    )
    (item,) = action_items(t)
    assert (item.owner, item.what, item.due) == (
        "Tobias Lindqvist",  # the customer's side; an admin reads the name behind it
        "have my son drop him off",
        date(2026, 3, 3),
    )
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_he_will_after_a_role_named_the_person_is_that_persons_task() -> None:
    t = build_transcript(
        [
            ("callee", "Your crew lead will be [PERSON]."),
            ("caller", "Okay."),
            ("callee", "He'll call you the day before."),
        ]
    )
    (item,) = action_items(t)
    assert (item.what, item.when, item.due) == ("have [PERSON] call you", "the day before", None)
    assert item.owner == "Ines Moreau"  # the side that sends him
    assert item.owner_said == Span(
        0, len("Your crew lead will be "), len("Your crew lead will be [PERSON]")
    )


@pytest.mark.parametrize(
    "before",
    [
        "Thanks, [PERSON].",  # a name with no role: perhaps the caller, so nobody is guessed
        "Our crew is great.",  # a role with no name
    ],
)
def test_he_will_with_nobody_named_by_a_role_in_reach_is_no_item(before: str) -> None:
    t = build_transcript([("callee", before), ("callee", "He'll call you Tuesday.")])
    assert action_items(t) == []


def test_a_request_for_the_other_partys_partner_is_the_partners_task() -> None:
    t = build_transcript(
        [("callee", "Could your partner [PERSON] call me Monday?"), ("caller", "Sure.")]
    )
    (item,) = action_items(t)
    assert (item.what, item.owner) == ("have [PERSON] call me", "Tobias Lindqvist")
    assert said_at(t, item.owner_said) == "[PERSON]"


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("Can you pop the varifocals back to us by Friday?", "pop the varifocals back to us"),
        ("Please clear the space around the boiler by Friday.",
         "clear the space around the boiler"),
    ],
)  # fmt: skip
def test_errands_asked_of_the_customer(said: str, what: str) -> None:
    (item,) = action_items(build_transcript([("callee", said), ("caller", "Will do.")]))
    assert (item.what, item.owner, item.due) == (what, "Tobias Lindqvist", date(2026, 3, 6))


def test_popping_someone_on_hold_is_no_task() -> None:
    t = build_transcript([("callee", "Can I pop you on hold for a second?"), ("caller", "Sure.")])
    assert action_items(t) == []


def test_a_day_relative_to_the_visit_is_when_not_a_date() -> None:
    m = find_when("I'll text you a reminder the evening before.")
    assert m is not None and m.group() == "the evening before"
    assert resolve_due(m.group(), MONDAY) is None
    assert find_when("I sent it the day before yesterday.") is None
    # a plain day said with it is the deadline
    (item,) = action_items(
        build_transcript([("callee", "We'll text you the slot the day before, so Wednesday.")])
    )
    assert (item.what, item.due) == ("text you the slot the day before", date(2026, 3, 4))


@pytest.mark.parametrize(
    ("said", "what", "due"),
    [
        ("And expect a call from Doctor [PERSON] first thing Monday about the X-ray.",
         "have [PERSON] call you about the X-ray", date(2026, 3, 9)),
        ("You'll get an email from [PERSON] by Friday with the quote.",
         "have [PERSON] email you with the quote", date(2026, 3, 6)),
        ("[PERSON], one of our assessors, will phone you by Wednesday to go through it.",
         "have [PERSON] phone you to go through it", date(2026, 3, 4)),
    ],
)  # fmt: skip
def test_a_contact_announced_from_a_named_person_is_their_task(
    said: str, what: str, due: date
) -> None:
    t = build_transcript([("caller", "Thanks."), ("callee", said)])
    (item,) = action_items(t)
    assert (item.what, item.owner, item.due) == (what, "Ines Moreau", due)
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_a_redacted_person_who_needs_to_do_something_by_a_day_owns_it() -> None:
    t = build_transcript(
        [("callee", "[PERSON] needs to sign it and send it back by Tuesday."), ("caller", "Ok.")]
    )
    (item,) = action_items(t)
    assert (item.what, item.due) == ("sign it and send it back", date(2026, 3, 3))
    assert item.owner is None  # neither party: the name behind the placeholder, for raw readers
    assert said_at(t, item.owner_said) == "[PERSON]"
    # without a day it is a remark about them, not a task
    assert action_items(build_transcript([("callee", "[PERSON] needs to sign it first.")])) == []


def test_the_rules_reading_of_having_a_named_person_do_it_beats_the_heads(
    head: CommitmentClassifier,
) -> None:
    t = build_transcript(
        [("callee", "I'm going to have [PERSON] in compliance approve it on Monday morning.")]
    )
    (item,) = action_items(t, head)
    assert item.what == "have [PERSON] approve it"
    assert said_at(t, item.owner_said) == "[PERSON]"


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("I'll text you the upload link in the next ten minutes.", "in the next ten minutes"),
        ("I'll send it in five minutes.", "in five minutes"),
        ("Please unplug the opener right after we hang up.", "right after we hang up"),
    ],
)
def test_minutes_and_hanging_up_are_today(said: str, when: str) -> None:
    (item,) = action_items(build_transcript([("callee", said), ("caller", "Okay.")]))
    assert (item.when, item.due) == (when, MONDAY)
    assert not item.what.endswith("right")


@pytest.mark.parametrize(
    "said",
    [
        "I'll get [PERSON], our.",
        "Shall we call it a day on the quote by Friday? I'll call it a day.",
    ],
)
def test_a_person_asked_for_without_a_task_and_an_idiom_are_no_items(said: str) -> None:
    assert action_items(build_transcript([("callee", said)])) == []


def test_a_pronoun_after_a_title_or_a_fiance_named_is_that_persons_task() -> None:
    t = build_transcript(
        [
            ("caller", "Okay."),
            ("callee", "Dr. [PERSON] wants to go over the results. She'll call you Thursday."),
            ("caller", "My fiancé [PERSON] has the form, he'll forward it to you tomorrow."),
        ]
    )
    doctor, fiance = action_items(t)
    assert (doctor.what, doctor.owner, doctor.due) == (
        "have [PERSON] call you", "Ines Moreau", date(2026, 3, 5)
    )  # fmt: skip
    assert said_at(t, doctor.owner_said) == "[PERSON]" and doctor.owner_said.utterance == 1
    assert (fiance.what, fiance.party) == ("have [PERSON] forward the form to you", "caller")
    assert fiance.owner_said is not None and fiance.owner_said.utterance == 2
