"""A word left between two hidden pieces of an address is part of it (stop 33, eleventh-dev:
"[ADDRESS], headingly [ADDRESS]." kept the district and the check did not flag it); words
English uses all the time between two addresses are not. Sentences written for these tests,
apart from any evaluation set."""

from __future__ import annotations

from callvault.intelligence.leakcheck.marks import between_addresses, marks
from callvault.intelligence.leakcheck.words import Heard


def _words(*texts: str) -> list[Heard]:
    return [
        Heard(t, t.lower().strip(".,;:!?"), i * 400, i * 400 + 300, 0, i, i + 1)
        for i, t in enumerate(texts)
    ]


def test_a_district_between_two_hidden_address_pieces_is_marked() -> None:
    (mark,) = between_addresses(_words("[ADDRESS],", "headingly", "[ADDRESS]."))
    assert (mark.kind, mark.key) == ("address", "headingly")
    assert any(
        m.kind == "address" for m in marks(_words("[ADDRESS],", "headingly", "[ADDRESS]."), [])
    )


def test_and_between_two_addresses_is_no_mark() -> None:
    assert between_addresses(_words("[ADDRESS]", "and", "[ADDRESS].")) == []


def test_a_word_beside_only_one_address_is_no_mark() -> None:
    assert between_addresses(_words("Near", "headingly", "[ADDRESS].")) == []
