"""Tasks asked for by naming the thing ("what I need from you is…"), announced ("you'll get a
text from us…"), delegated to a role named before the person, read after a colon, owned by a
person spoken of in the third person, and dated by a day offered as a question (stop 32, from
fourteenth-dev's written misses). Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from callvault.intelligence.notes.extractive import extractive_notes
from callvault.intelligence.notes.models import ActionItem
from callvault.intelligence.transcript import Transcript
from tests.support.noting import said_at
from tests.support.transcripts import build_transcript

MONDAY = date(2026, 3, 2)
TUESDAY = date(2026, 3, 3)
PARTIES = {"callee": "Ines Moreau", "caller": "Tobias Lindqvist"}


def _items(lines: list[tuple[str, str]]) -> list[ActionItem]:
    return list(_notes(build_transcript(lines)))


def _notes(t: Transcript) -> tuple[ActionItem, ...]:
    return extractive_notes(t, reference_date=MONDAY, parties=PARTIES).action_items


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("What we need from you is a copy of the invoice by Tuesday.",
         "send a copy of the invoice"),
        ("All I need from you is the consent form filled in by Tuesday.",
         "get the consent form filled in"),
        ("Okay. What I need from you is the two meter readings. Tuesday okay?",
         "send the two meter readings"),
    ],
)  # fmt: skip
def test_a_thing_asked_for_with_a_day_is_the_listeners_task(said: str, what: str) -> None:
    (item,) = _items([("caller", "Right, what next?"), ("callee", said)])
    assert (item.owner, item.what, item.due) == ("Tobias Lindqvist", what, TUESDAY)


@pytest.mark.parametrize(
    "said",
    [
        "What I need from you is your postcode.",  # asked for now, in the call
        "What I need from you is the account number. Is that okay?",
    ],
)
def test_a_thing_asked_for_without_a_day_is_asked_now(said: str) -> None:
    assert _items([("caller", "Right, what next?"), ("callee", said)]) == []


def test_a_contact_announced_from_us_is_the_speakers_task() -> None:
    (item,) = _items(
        [("caller", "How will I know?"), ("callee", "You'll get an email from us on Tuesday.")]
    )
    assert (item.owner, item.what, item.due) == ("Ines Moreau", "email you", TUESDAY)


def test_a_role_named_before_the_person_delegates_to_the_person() -> None:
    t = build_transcript(
        [
            ("caller", "Who checks it?"),
            ("callee", "We'll have our engineer, [PERSON], check the boiler on Tuesday."),
        ]
    )
    (item,) = _notes(t)
    assert (item.what, item.due) == ("have [PERSON] check the boiler", TUESDAY)
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_an_instruction_after_a_colon_with_a_day_is_the_listeners_task() -> None:
    (item,) = _items(
        [
            ("caller", "Anything else?"),
            ("callee", "One thing from the pharmacist: stop taking the iron tablets on Tuesday."),
        ]
    )
    assert (item.owner, item.what, item.due) == (
        "Tobias Lindqvist",
        "stop taking the iron tablets",
        TUESDAY,
    )


def test_an_instruction_after_a_colon_without_a_day_says_how() -> None:
    said = "The note says: bring your card."
    assert _items([("caller", "Anything else?"), ("callee", said)]) == []


@pytest.mark.parametrize(
    "lines",
    [
        [("callee", "[PERSON] has your file now. She'll ring you on Tuesday.")],
        [("callee", "Who collects them?"), ("caller", "[PERSON]. He'll drop the keys on Tuesday.")],
    ],
)  # fmt: skip
def test_a_person_spoken_of_or_named_alone_owns_the_pronouns_task(
    lines: list[tuple[str, str]],
) -> None:
    t = build_transcript(lines)
    (item,) = _notes(t)
    assert item.what.startswith("have [PERSON] ") and item.due == TUESDAY
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_the_listeners_name_is_not_the_pronouns_person() -> None:
    # "Thanks, [PERSON]." names the one spoken to: "she" is someone else, and nobody is guessed
    t = build_transcript([("callee", "Thanks, [PERSON]. She'll ring you on Tuesday.")])
    assert all(item.owner_said is None for item in _notes(t))


@pytest.mark.parametrize(
    ("lines", "what"),
    [
        # the recogniser's full stop for the question, in a turn of its own
        ([("caller", "Right."), ("callee", "What I need from you is the two meter readings."),
          ("callee", "Tuesday okay.")], "send the two meter readings"),
        ([("callee", "Can you send me the two meter readings?"), ("caller", "Sure, Tuesday.")],
         "send me the two meter readings"),
    ],
)  # fmt: skip
def test_a_day_offered_or_taken_in_the_next_turn_dates_the_task(
    lines: list[tuple[str, str]], what: str
) -> None:
    (item,) = _items(lines)
    assert (item.owner, item.what, item.due) == ("Tobias Lindqvist", what, TUESDAY)


def test_a_day_said_two_turns_later_dates_nothing() -> None:
    (item,) = _items(
        [
            ("callee", "Can you send me the two meter readings?"),
            ("caller", "I can, yes."),
            ("callee", "Anything else?"),
            ("caller", "Tuesday."),
        ]
    )
    assert item.due is None


def test_that_after_an_authorisation_is_the_authorisation() -> None:
    (item,) = _items(
        [
            ("caller", "What happens now?"),
            ("callee", "The plan needs a prior authorization, so I'll send that to them Tuesday."),
        ]
    )
    assert (item.owner, item.what, item.due) == (
        "Ines Moreau",
        "send the prior authorization to them",
        TUESDAY,
    )


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("I'll email you the lease tonight. It has to be signed by Tuesday.", "sign the lease"),
        ("The consent form needs to be returned by Tuesday.", "return the consent form"),
        ("We also need both passports on the portal by Tuesday.",
         "send both passports on the portal"),
    ],
)  # fmt: skip
def test_what_must_be_done_or_is_needed_by_a_day_is_the_listeners_task(
    said: str, what: str
) -> None:
    items = _items([("caller", "Okay."), ("callee", said)])
    assert ("Tobias Lindqvist", what, TUESDAY) in [(i.owner, i.what, i.due) for i in items]


@pytest.mark.parametrize(
    "said",
    [
        "We need banners for a conference on Tuesday.",  # why someone called: no deadline
        "It has to be signed, I'm afraid.",  # no day
        "We need your date of birth.",
    ],
)
def test_a_need_without_a_deadline_is_no_task(said: str) -> None:
    assert _items([("callee", "How can I help?"), ("caller", said)]) == []


def test_making_sure_of_it_again_is_the_task_agreed_to() -> None:
    (item,) = _items(
        [
            ("callee", "Can you make sure the back door is unlocked on Tuesday?"),
            ("caller", "Sure, I'll make sure it's open."),
        ]
    )
    assert (item.owner, item.what, item.due) == (
        "Tobias Lindqvist",
        "make sure the back door is unlocked",
        TUESDAY,
    )
    assert [s.utterance for s in item.evidence] == [0, 1]


def test_the_second_of_two_choices_offered_is_no_request() -> None:
    said = "Should we post the new card, or will you collect it on Tuesday?"
    assert _items([("caller", "Okay."), ("callee", said)]) == []


def test_what_may_come_to_the_listener_by_a_day_is_no_request() -> None:
    said = "If you get a letter before Tuesday, ignore it."
    assert _items([("caller", "Okay."), ("callee", said)]) == []


def test_a_condition_that_asks_for_a_thing_by_a_day_is_still_a_request() -> None:
    (item,) = _items([("caller", "Okay."), ("callee", "If you post the form by Tuesday, great.")])
    assert (item.owner, item.due) == ("Tobias Lindqvist", TUESDAY)


@pytest.mark.parametrize("said", ["Okay, I'll bring them in.", "I'll ask her."])
def test_a_task_on_a_thing_never_named_and_no_day_is_no_item(said: str) -> None:
    assert _items([("caller", "Right."), ("callee", said)]) == []


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("Okay, I'll drop them off on Tuesday.", "drop them off"),  # a day: the reader asks
        ("Fine, I'll waive it.", "waive it"),  # a decision about what was just discussed
        ("I'll call you back.", "call you back"),  # "you" is named: the listener
    ],
)
def test_a_pronoun_task_with_a_day_a_decision_or_the_listener_stays(said: str, what: str) -> None:
    (item,) = _items([("caller", "Right."), ("callee", said)])
    assert item.what == what
