"""A third person's promise said by pronoun in more ways (stop 36, from the written dev
halves' misses): reported ("[PERSON] said she'll…", "he said he'd…"), owed ("she needs to
sign it"), after a name in apposition to any role ("our accounting clerk, [PERSON]"), with a
verb only the commitment head knows ("he'll evaluate them"), and being there on a day ("will
be by Tuesday afternoon", "will be home Tuesday to let them in"). Sentences written for these
tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.commitment import CommitmentClassifier
from tests.support.noting import action_items, said_at
from tests.support.transcripts import build_transcript

TUESDAY, WEDNESDAY, FRIDAY = date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 6)  # after MONDAY


def test_what_a_named_person_said_they_will_do_is_their_task() -> None:
    t = build_transcript(
        [
            ("callee", "Who teaches him?"),
            ("caller", "Ms. [PERSON] said she'll check his size at Wednesday's lesson."),
        ]
    )
    (item,) = action_items(t)
    # the day stays in the task where it names the thing ("Wednesday's lesson")
    assert item.what == "have [PERSON] check his size at Wednesday's lesson"
    assert item.due == WEDNESDAY
    assert item.owner == "Tobias Lindqvist"  # the customer's side said it
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_he_would_is_a_promise_only_when_reported() -> None:
    named = "Our neighbour, [PERSON], shares the front walk with us."
    reported = build_transcript(
        [("caller", f"{named} He said he'd call you tomorrow to get on the same route.")]
    )
    (item,) = action_items(reported)
    assert (item.what, item.due) == ("have [PERSON] call you to get on the same route", TUESDAY)
    assert said_at(reported, item.owner_said) == "[PERSON]"  # named in apposition, no known role
    wished = build_transcript([("caller", f"{named} He'd call you tomorrow if he could.")])
    assert action_items(wished) == []


def test_what_a_named_person_needs_to_do_is_theirs() -> None:
    (_, item) = action_items(
        [
            (
                "callee",
                "I'll send Dr. [PERSON]'s office the order form tonight. "
                "She needs to sign and return it before Friday.",
            )
        ]
    )
    assert (item.what, item.due) == ("have [PERSON] sign and return it", FRIDAY)


def test_a_name_in_apposition_to_a_role_the_list_lacks_is_the_pronouns_person() -> None:
    t = build_transcript(
        [("callee", "Our accounting clerk, [PERSON], does refunds. She'll mail yours by Friday.")]
    )
    (item,) = action_items(t)
    assert (item.what, item.due) == ("have [PERSON] mail yours", FRIDAY)
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_a_verb_the_rules_do_not_know_is_the_heads_to_decide(head: CommitmentClassifier) -> None:
    said = [
        (
            "callee",
            "Our engineer, [PERSON], is in tomorrow. "
            "He'll evaluate the drives and phone you by Tuesday.",
        )
    ]
    assert action_items(said) == []  # the rules alone know no "evaluate"
    (item,) = action_items(said, head)
    assert (item.what, item.due) == ("have [PERSON] evaluate the drives and phone you", TUESDAY)


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("Your crew lead, [PERSON], will be by Tuesday afternoon to put in the stakes.",
         "have your crew lead come to put in the stakes"),
        ("I'm at work, but my roommate, [PERSON], will be home Tuesday to let them in.",
         "have my roommate be home to let them in"),
    ],
)  # fmt: skip
def test_being_there_on_a_day_is_the_task(said: str, what: str) -> None:
    (item,) = action_items([("callee", "What happens next?"), ("caller", said)])
    assert (item.what, item.due) == (what, TUESDAY)
