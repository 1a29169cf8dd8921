"""Action items said in ways beyond the realistic dev half (issue #11, ADR 0033): requests
as "what I'd like you to do is…", a role named in passing, "I need to… I'll do that by…", a
task named by a pronoun after the other party said it, and promises whose verb the rules do
not know, decided by the commitment head on the bundled MiniLM. Sentences written for these
tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.embedding.errors import EncoderUnavailable
from callvault.intelligence.notes.commitment import (
    CommitmentClassifier,
    CommitmentHead,
)
from tests.support.noting import MONDAY, action_items


def test_what_i_would_like_you_to_do_is_a_request_to_the_other_party() -> None:
    (item,) = action_items(
        [
            ("caller", "My internet keeps dropping out every evening."),
            ("callee", "What I'd like you to do first is restart the router tonight."),
        ]
    )
    assert item.what == "restart the router"
    assert (item.owner, item.due) == ("Tobias Lindqvist", MONDAY)


@pytest.mark.parametrize(
    "said",
    [
        "What you'll need to do is send us a scan of her passport by Friday.",
        "Thank you, what you will need to do is send us a scan of her passport by Friday.",
        "All you have to do now is send us a scan of her passport by Friday.",
    ],
)
def test_what_you_need_to_do_is_a_request_to_the_other_party(said: str) -> None:
    (item,) = action_items([("caller", "What else do you need from me?"), ("callee", said)])
    assert item.what == "send us a scan of her passport"
    assert (item.owner, item.due) == ("Tobias Lindqvist", date(2026, 3, 6))


def test_a_role_named_in_passing_is_the_agents_promise() -> None:
    (item,) = action_items(
        [("callee", "Our repairer, Clearview, will contact you within five business days.")]
    )
    assert item.what.startswith("have our repairer contact you")
    assert item.owner == "Ines Moreau"
    assert item.due == date(2026, 3, 9)


def test_a_need_then_promised_with_a_date_is_a_task() -> None:
    (item,) = action_items(
        [
            (
                "caller",
                "Our finance person changed, I need to update the billing contact, "
                "I'll do that in the portal before the end of the month.",
            )
        ]
    )
    assert item.what == "update the billing contact"
    assert (item.owner, item.due) == ("Tobias Lindqvist", date(2026, 3, 31))


def test_a_need_without_a_promise_is_still_no_task() -> None:
    assert action_items([("caller", "I need to update the billing contact at some point.")]) == []


def test_a_pronoun_task_is_named_as_the_other_party_said_it() -> None:
    (item,) = action_items(
        [
            ("callee", "You can book a hotel and submit the receipt to us for a refund."),
            ("caller", "Okay, I'll submit it when I'm back."),
        ]
    )
    assert item.what == "submit the receipt to us for a refund"
    assert item.owner == "Tobias Lindqvist"
    # both the words it is named by and the promise are its evidence
    assert [e.utterance for e in item.evidence] == [0, 1]


def test_a_range_of_days_restated_as_a_day_is_that_day() -> None:
    (item,) = action_items(
        [
            (
                "callee",
                "I'll refund the duplicate charge, it should be back in 3 to 5 business days, "
                "so by Friday at the latest.",
            )
        ]
    )
    assert item.due == date(2026, 3, 6)


def test_an_unknown_verb_is_a_task_only_when_the_head_reads_a_promise(
    head: CommitmentClassifier,
) -> None:
    lines = [
        ("callee", "I'll be honest with you, that fee should never have been charged."),
        ("callee", "I'll knock the late fee off your next bill."),
    ]
    (item,) = action_items(lines, head)
    assert item.what == "knock the late fee off your next bill"
    assert item.owner == "Ines Moreau"
    assert action_items(lines) == []  # without the head, only verbs the rules know


def test_the_head_separates_promises_from_in_call_talk(head: CommitmentClassifier) -> None:
    yes = head.commitments(
        [
            "We'll courier the documents over tomorrow.",
            "Could you scribble down the meter number and text it to us tonight?",
        ]
    )
    no = head.commitments(["I'll wait while you look.", "Can you hear me okay?"])
    assert yes == [True, True] and no == [False, False]


def test_the_head_refuses_an_encoder_it_was_not_fitted_on(head: CommitmentClassifier) -> None:
    other = CommitmentHead("local:bigger", head.head.weights, head.head.bias)
    with pytest.raises(EncoderUnavailable, match="fitted on 'local:bigger'"):
        CommitmentClassifier(head.encoder, other)


def test_an_instruction_with_a_deadline_is_the_listeners_task() -> None:
    (item,) = action_items(
        [
            ("caller", "I'm moving abroad, so I want to close the locker rental."),
            ("callee", "Okay. Just hand back the locker key to reception by Friday."),
            ("callee", "Reply to the email we sent you with your new address."),
            ("callee", "Put it in the blue box by the front desk."),
        ]
    )
    assert item.what == "hand back the locker key to reception"
    assert (item.owner, item.due) == ("Tobias Lindqvist", date(2026, 3, 6))


@pytest.mark.parametrize(
    ("said", "what"),
    [
        # Announced requests whose verb the rules do not know (stop 27, ninth-dev): the head
        # decides them as it decides "can you…".
        ("What you'll need to do is empty the shelf above the sink before Wednesday.",
         "empty the shelf above the sink"),
        ("You'll need to take the booster seats out before Wednesday.",
         "take the booster seats out"),
    ],
)  # fmt: skip
def test_an_announced_request_with_an_unknown_verb_goes_to_the_head(
    head: CommitmentClassifier, said: str, what: str
) -> None:
    lines = [("caller", "Anything I should do first?"), ("callee", said)]
    assert action_items(lines) == []  # the rules alone do not know the verb
    (item,) = action_items(lines, head)
    assert (item.what, item.owner, item.due) == (what, "Tobias Lindqvist", date(2026, 3, 4))


def test_an_announced_request_to_do_nothing_is_no_task(head: CommitmentClassifier) -> None:
    assert action_items([("callee", "What you need to do is relax and wait.")], head) == []


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("Our tutor, [PERSON], will ring you tomorrow to say hello.",
         "have our tutor ring you to say hello"),
        ("[PERSON] will ring you tomorrow.", "have [PERSON] ring you"),
    ],
)  # fmt: skip
def test_a_redacted_name_or_a_tutor_promising_is_the_agents_side(said: str, what: str) -> None:
    (item,) = action_items([("caller", "Sounds good."), ("callee", said)])
    assert (item.what, item.owner, item.due) == (what, "Ines Moreau", date(2026, 3, 3))
    assert item.owner_said is not None  # the admin sees the name behind the placeholder


def test_a_roles_promise_with_an_unknown_verb_goes_to_the_head(head: CommitmentClassifier) -> None:
    said = "Our foreman, [PERSON], will tarp the roof tomorrow afternoon."
    lines = [("caller", "Water is coming through the ceiling."), ("callee", said)]
    assert action_items(lines) == []
    (item,) = action_items(lines, head)
    assert (item.what, item.owner, item.due) == (
        "have our foreman tarp the roof",
        "Ines Moreau",
        date(2026, 3, 3),
    )
    assert item.owner_said is not None  # the foreman's name, behind the placeholder


@pytest.mark.parametrize(
    "said",
    ["Our foreman will be on holiday next week.", "My colleague, [PERSON], will love the view."],
)
def test_a_role_being_somewhere_or_feeling_is_no_task(
    head: CommitmentClassifier, said: str
) -> None:
    assert action_items([("caller", said)], head) == []


def test_what_a_promise_makes_possible_is_no_second_task(head: CommitmentClassifier) -> None:
    said = "I'll email you a return label today, so the driver can take the table away."
    (item,) = action_items([("caller", "It arrived broken."), ("callee", said)], head)
    assert item.what == "email you a return label"


@pytest.mark.parametrize(
    ("said", "what", "day"),
    [
        ("Today's full. [PERSON], our foreman, can tarp it tomorrow afternoon.", "tarp it", 3),
        ("[PERSON] on our dispatch desk can book the truck for the 11th.", "book the truck", 11),
        ("Our technician can come Thursday.", "come", 5),
    ],
)
def test_a_role_that_can_do_it_on_a_date_is_a_slot_the_agent_booked(
    said: str, what: str, day: int
) -> None:
    (item,) = action_items([("caller", "When can someone come out?"), ("callee", said)])
    assert what in item.what
    assert (item.owner, item.due) == ("Ines Moreau", date(2026, 3, day))


@pytest.mark.parametrize(
    "said",
    [
        "So the driver can take the table away.",
        "The driver can take it away once you have paid by Friday.",
        "Can our technician come Thursday?",
    ],
)
def test_what_a_role_can_do_without_its_own_date_is_no_task(said: str) -> None:
    assert action_items([("callee", said)]) == []
