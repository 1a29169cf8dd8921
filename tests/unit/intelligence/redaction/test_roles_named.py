"""People a business sends or puts on the case, named after their role the way relatives are
named after theirs ("our driver, Dimitri Volkov, will drop them off"): hidden as people, the
role word kept (stop 25; seventh-dev left such a name in the text and the leak check, whose
Census lists lack it, did not flag it)."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType

TYPES = DEFAULT_TYPES | {EntityType.PERSON}


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, types=TYPES) if s.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("And our driver, Dimitri Volkov, will drop them at the venue Friday.", "Dimitri Volkov"),
        ("Your technician Priya Nair comes Tuesday.", "Priya Nair"),
        ("my accountant Oluwaseun said to call you", "Oluwaseun"),
    ],
)
def test_a_name_after_an_owned_role_is_a_person(said: str, name: str) -> None:
    assert _people(said) == [name]


@pytest.mark.parametrize(
    "said",
    [
        "Our driver, Friday morning, is fully booked.",  # a day is no name
        "Our driver will call ahead.",
        "I spoke to your manager, and he said no.",
    ],
)
def test_a_role_without_a_name_after_it_hides_nothing(said: str) -> None:
    assert _people(said) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role with one word before it (stop 33, fifteenth-dev)
        ("When it comes in, our vault manager, Chidi Eze, will check it.", "Chidi Eze"),
        ("Our new manager, Priya Shah, will ring you.", "Priya Shah"),
        # a name someone goes by
        ("His name's on the form, but everyone calls him Leo.", "Leo"),
        ("She goes by Jo, actually.", "Jo"),
        # the role, then "is" or "will be" and a given name or a rare word
        ("Our driver is Desmond and he always calls ahead.", "Desmond"),
        ("Your tutor will be Anika this term.", "Anika"),
    ],
)
def test_qualified_roles_and_names_gone_by_are_people(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "I will call him Monday.",
        "Can you call her Mum for me?",
        "Our head office will ring.",
        "My husband is Travelling this week.",  # a capitalised everyday word after "is"
        "Our driver is Late again.",
    ],
)
def test_days_relations_and_offices_are_no_people(text: str) -> None:
    assert _people(text) == []
