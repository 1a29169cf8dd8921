"""People named in passing whose names no list holds: a capitalised word English hardly uses,
where people are named. Places, brands and company names are rare words too and must stay.
Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect, redact
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from callvault.intelligence.redaction.unlisted import RARE
from callvault.intelligence.wordcounts import rarer_than
from tests.support.redacting import redacted_text

TYPES = frozenset(EntityType)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'll ask Anjali in accounts to send it over.", "Anjali"),
        ("Haruto will ring you on Monday.", "Haruto"),
        ("Okay. Thanks, Siobhan.", "Siobhan"),
        ("Our surveyor, Radoslaw Nowicki, comes at nine.", "Radoslaw Nowicki"),
        ("The lease is in the name of Oluwaseun Adeyemi.", "Oluwaseun Adeyemi"),
        ("Oluwaseun Adeyemi, yes.", "Oluwaseun Adeyemi"),
        ("Tavita, our foreman, has the keys.", "Tavita"),
        ("Priyanka in our warehouse can ship them Monday.", "Priyanka"),
        ("Lakshmi can open it for you.", "Lakshmi"),
        ("Can you copy Ngozi on that email?", "Ngozi"),
        ("My neighbour said Thanh still has the parcel.", "Thanh"),
        ("Hi, it's Ngozi, about the container.", "Ngozi"),
        ("Our farrier Arferia comes on Tuesday.", "Arferia"),
        # negated as often as not (stop 36, eighteenth-dev)
        ("Mizrahi can't come Thursday, so it's the tenth.", "Mizrahi"),
        ("Then Mizrahi won't call you.", "Mizrahi"),
    ],
)
def test_a_rare_name_where_people_are_named_is_hidden(text: str, name: str) -> None:
    out = redacted_text(text)
    assert name not in out
    assert "[PERSON]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We fly out of Dublin on the fourth.",
        "You can pay by Zelle or by card.",
        "The boat is at Harborview Marina, berth twelve.",
        "It's on Bellbrook Road, by the school.",
        "The Quayside branch opens at nine.",
        "Dublin is lovely in the spring.",
        "I'll drive over to Newark tomorrow.",
        # A rare word opening a sentence may be a misheard word or a company's name: only a
        # verb of saying or a promise after it makes it a person there.
        "Shibbing takes about five weeks.",
        "Quellmark Norvane of Bay Street has it.",
        "My brother in Dublin has the certificate.",
        "I have Gmail on my phone.",
        "But it's Dublin, so.",
        "Arbid can you repeat that?",  # "Sorry, can you…" misheard
        "Tariq, your teller I need.",  # "Thank you, what I need" misheard
    ],
)
def test_places_and_brands_stay(text: str) -> None:
    assert redacted_text(text) == text


def test_names_stay_when_person_redaction_is_off() -> None:
    text = "Haruto will ring you on Monday."
    assert redact(text, detect(text, types=DEFAULT_TYPES)) == text


def test_the_word_counts_ship_with_the_product() -> None:
    # Without the counts the rule is silently blind: the package must be installed.
    assert rarer_than("anjali", RARE)
    assert not rarer_than("refund", RARE)
    assert not rarer_than("okay", RARE)


def test_a_partys_unusual_name_misheard_with_another_first_letter_is_hidden() -> None:
    text = "Right, so Ingozi, the container is held."
    out = redact(text, detect(text, types=TYPES, parties=["Ngozi Eze", "Haruto Sakamoto"]))
    assert "Ingozi" not in out
    # An everyday word as close to the name stays: "Nozzle" is English.
    text = "Right, so Nozzle, the container is held."
    assert redact(text, detect(text, types=TYPES, parties=["Ngozi Eze"])) == text


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel will arrive on Friday.",  # an article: a thing, people take none
        "We'd like a Brompton for the shop floor.",
        "Even the John Deere dealer in Grand Island is out.",  # a brand's dealer
        "Then Blake Island, Port Madison, for the dinner.",  # a place
        "Kestrel will arrive on Friday.",  # a modal opening the sentence: things arrive too
        "Cray can deep clean five at once.",
        "Kestrel won't arrive until Friday.",
    ],
)
def test_things_and_places_that_look_like_names_stay(text: str) -> None:
    assert redacted_text(text) == text
