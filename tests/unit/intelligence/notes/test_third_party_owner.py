"""The person a role's task belongs to when their name was said and redacted ("our engineer,
[PERSON], will come"): the item points at the placeholder, and the name behind it is found
through the redaction that put it there (shown only to raw readers: service.notes). Sentences
written for these tests, apart from any evaluation set."""

from __future__ import annotations

from datetime import date

from callvault.intelligence.notes.owners import name_behind
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Span
from tests.support.noting import action_items, said_at
from tests.support.transcripts import build_transcript


def test_a_placeholder_beside_the_role_is_where_the_owner_was_named() -> None:
    t = build_transcript(
        [("caller", "The boiler is dead."), ("callee", "Our engineer [PERSON] will come Friday.")]
    )
    (item,) = action_items(t)
    assert item.what == "have our engineer come"
    assert item.owner == "Ines Moreau"  # the side that booked it, for those without raw access
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_the_name_said_first_and_the_name_cut_off_by_a_full_stop_count_too() -> None:
    first = build_transcript([("callee", "[PERSON], our electrician, comes tomorrow.")])
    cut = build_transcript([("callee", "Ticket 44. [PERSON]. Our electrician comes tomorrow.")])
    for t in (first, cut):
        (item,) = action_items(t)
        assert said_at(t, item.owner_said) == "[PERSON]"


def test_a_role_with_no_name_has_no_owner_placeholder() -> None:
    (item,) = action_items(build_transcript([("callee", "An inspector will visit on Friday.")]))
    assert item.owner_said is None


def test_the_name_behind_the_placeholder_is_the_raw_words_redacted() -> None:
    raw = build_transcript(
        [
            ("caller", "The boiler is dead again."),
            ("callee", "Our engineer, Sarah Collins, will come tomorrow morning."),
        ]
    )
    redaction = redact_transcript(raw, types=frozenset(EntityType))
    (item,) = action_items(redaction.transcript)
    assert item.owner_said is not None
    found = [f.as_json() for f in redaction.found]
    assert name_behind(item.owner_said, found, raw) == "Sarah Collins"


def test_no_person_redaction_there_no_name() -> None:
    raw = build_transcript([("callee", "Our engineer will call on 0161 496 0000.")])
    phone = {
        "type": "phone",
        "raw": {"utterance": 0, "start": 27, "end": 40},
        "redacted": {"utterance": 0, "start": 27, "end": 34},
    }
    assert name_behind(Span(0, 27, 34), [phone], raw) is None
    assert name_behind(Span(0, 0, 3), [], raw) is None


def test_a_name_from_a_team_points_at_the_name() -> None:
    t = build_transcript([("callee", "[PERSON] from our claims team will call you Thursday.")])
    (item,) = action_items(t)
    assert item.what == "have our claims team call you"
    assert said_at(t, item.owner_said) == "[PERSON]"


def test_a_named_colleague_the_speaker_delegates_to_owns_the_task() -> None:
    for said in (
        "I'll get Priya in the lab to ring you Monday about that.",
        "I'll have Priya ring you Monday about that.",
        "We'll ask Priya to ring you on Monday.",
    ):
        t = build_transcript([("callee", said), ("caller", "Great, thanks.")])
        (item,) = action_items(t)
        assert (item.owner, item.what) == ("Priya", "ring you about that") or (
            item.owner == "Priya" and item.what == "ring you"
        ), said
        assert item.due == date(2026, 3, 9)


def test_a_redacted_colleague_points_at_the_placeholder() -> None:
    t = build_transcript([("callee", "I'll get [PERSON] in the lab to ring you Monday.")])
    (item,) = action_items(t)
    assert (item.owner, item.what) == ("Ines Moreau", "have [PERSON] ring you")
    assert said_at(t, item.owner_said) == "[PERSON]"
