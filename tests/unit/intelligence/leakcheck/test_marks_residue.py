"""A few digits or a code's capitals left right beside something redacted are the piece of
it the redaction did not reach (stop 37: "So D -E [PHONE]." kept an IBAN's country code,
"XWH [PHONE]" a member id's letters, and the check flagged neither; stop 39: "[PHONE] -Hania,"
a name, "Calde -Suka [ADDRESS]" a street); a number kept for its label, the words "I" and
"A", everyday words and digits away from any placeholder are no such piece.
Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.marks import marks, rare_beside_hidden, residue_beside_hidden
from callvault.intelligence.leakcheck.words import Heard


def _words(*texts: str) -> list[Heard]:
    return [
        Heard(t, t.lower().strip(".,;:!?"), i * 400, i * 400 + 300, 0, i, i + 1)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("said", "kind", "key"),
    [
        (("So", "D", "-E", "[PHONE]."), "letters", "e"),
        (("XWH", "[PHONE],", "thanks"), "letters", "xwh"),
        (("It's", "[CARD_EXPIRY]", "28."), "digits", "28"),
    ],
)
def test_a_piece_beside_a_placeholder_is_marked(said: tuple[str, ...], kind: str, key: str) -> None:
    found = residue_beside_hidden(_words(*said))
    assert (kind, key) in {(m.kind, m.key) for m in found}
    assert any(m.kind == kind for m in marks(_words(*said), []))


def test_an_amount_beside_a_placeholder_is_kept() -> None:
    (mark,) = residue_beside_hidden(_words("[BANK_ACCOUNT],", "30", "euros", "back."))
    assert mark.kept


@pytest.mark.parametrize(
    "said",
    [("Yes", "I", "[PHONE]"), ("A", "[PERSON]", "said"), ("It's", "28", "degrees", "[PHONE]")],
)
def test_words_and_far_digits_are_no_piece(said: tuple[str, ...]) -> None:
    assert residue_beside_hidden(_words(*said)) == []


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (("So", "that's", "[PHONE]", "-Hania,", "and", "the", "best", "number."), "name"),
        (("It's", "[ADDRESS]", "-Burlington,", "yes."), "address"),
        (("Calde", "-Suka", "[ADDRESS],", "and", "a", "mobile."), "address"),
    ],
)
def test_a_rare_word_beside_a_placeholder_is_what_the_redaction_missed(
    said: tuple[str, ...], kind: str
) -> None:
    assert kind in [m.kind for m in rare_beside_hidden(_words(*said))]
    assert kind in [m.kind for m in marks(_words(*said), [])]


@pytest.mark.parametrize(
    "said",
    [
        ("[PERSON].", "Thanks", "for", "calling."),  # an everyday word
        ("[PHONE],", "Doctor", "Mills", "said."),  # a title before a name, not the name
        ("Bristol", "is", "lovely", "[ADDRESS]"),  # not right before the hidden address
    ],
)
def test_other_words_beside_a_placeholder_are_not(said: tuple[str, ...]) -> None:
    assert rare_beside_hidden(_words(*said)) == []
