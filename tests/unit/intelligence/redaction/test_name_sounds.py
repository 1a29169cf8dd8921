"""A party's name as the recogniser spelled its first sound ("Chloe" written "Klo",
"Catherine" "Katherine", "Philip" "Filip") is still the party's name (issue 11: "Thanks,
Klo" was left in a holdout-dev call); everyday words and other names are not."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.common_names import sounds_like
from callvault.intelligence.redaction.entities import DEFAULT_TYPES
from tests.unit.intelligence.redaction.conversation_call import transcript


@pytest.mark.parametrize(
    ("written", "name"),
    [("Klo", "Chloe"), ("Katherine", "Catherine"), ("Filip", "Philip"), ("Kristen", "Christen")],
)
def test_the_first_sound_spelled_another_way_is_the_name(written: str, name: str) -> None:
    assert sounds_like(written, name)


@pytest.mark.parametrize(
    ("written", "name"),
    [("Chloe", "Chloe"), ("Coffee", "Kofi"), ("Close", "Chloe"), ("Carl", "Chloe")],
)
def test_the_name_itself_and_other_words_are_not_taken(written: str, name: str) -> None:
    assert not sounds_like(written, name)


def test_a_party_thanked_by_a_misspelled_name_is_hidden() -> None:
    turns = (
        ("callee", 0, "Thanks for calling Skyline, this is Chloe."),
        ("caller", 3000, "Thanks, Klo. You really saved my evening."),
    )
    red = redact_transcript(
        transcript(turns), types=DEFAULT_TYPES, parties=("Raymond Becker", "Chloe Martin")
    )
    assert [u.text for u in red.transcript.utterances][1] == (
        "Thanks, [PERSON]. You really saved my evening."
    )
