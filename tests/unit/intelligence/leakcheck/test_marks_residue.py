"""A few digits or a code's capitals left right beside something redacted are the piece of
it the redaction did not reach (stop 37: "So D -E [PHONE]." kept an IBAN's country code,
"XWH [PHONE]" a member id's letters, and the check flagged neither); a number kept for its
label, the words "I" and "A", and digits away from any placeholder are no such piece.
Sentences written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.marks import marks, residue_beside_hidden
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
