"""Stop 25 (seventh-dev, ADR 0036): an e-mail whose local part is spelled letter by letter
is hidden whole, however many letters and whichever of them ("I", "a") is also a word; and
an IBAN the recogniser dropped a digit of is still hidden from its country code when its
bank code in capitals follows the check digits."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.detect import detect
from tests.unit.intelligence.redaction.conversation_call import redacted_texts


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.type.value, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    ("said", "email"),
    [
        # The recogniser writes spelled letters with a dash glued to the next one.
        ("C -F -I -T -Z 84 at gmail.com.", "C -F -I -T -Z 84 at gmail.com"),
        ("It's C F I T Z 84 at gmail dot com", "C F I T Z 84 at gmail dot com"),
        ("my email is a b smith at gmail dot com", "a b smith at gmail dot com"),
        ("yes it's M A R K 7 at yahoo dot com", "M A R K 7 at yahoo dot com"),
    ],
)
def test_a_spelled_local_part_is_hidden_whole(said: str, email: str) -> None:
    assert ("email", email) in _found(said)


@pytest.mark.parametrize("said", ["Is it I at gmail dot com?", "so I at work dot com"])
def test_a_lone_pronoun_is_not_spelled(said: str) -> None:
    assert not [t for t, _ in _found(said) if t == "email"]


@pytest.mark.parametrize(
    "said",
    [
        "GB 47 -BARC 204 1558 734196.",  # "2004" heard as "204": no checksum holds
        "He texted it to me. GB 47 -BARC 204 1558 734196.",
        "IE 62 AIBK 9306 1548 2071",
        # the country code written with its check digits, digits dropped (stop 33)
        "NL91 ABN 417 1643 4",
        "It's NL91 ABNA 0417 1643.",
    ],
)
def test_a_garbled_iban_with_its_bank_code_is_hidden_from_the_country_code(said: str) -> None:
    found = _found(said)
    assert found and found[0][0] == "bank_account"
    assert found[0][1].startswith(("GB 47", "IE 62", "NL91")) and found[0][1][-1:].isdigit()


@pytest.mark.parametrize(
    "said",
    [
        "The code is AB 12 WXYZ 5 and 6.",  # too few digits after the letters
        "We sold 24 ABCD units",  # no country code
        "Order GB 47 BARC on the shelf",  # no account digits at all
        "NL91 ABN 417",  # the check digits glued on, but too few digits after the bank code
        "NL 91 ABN 417 1643 4",  # apart, not glued: the twelve digits a bank code needs
    ],
)
def test_letters_and_digits_that_are_no_iban_stay(said: str) -> None:
    assert not [t for t, _ in _found(said) if t == "bank_account"]


def test_an_iban_whose_country_and_check_digits_were_written_as_one_word() -> None:
    # "IE64, BOFI 9058…" heard as "IE64, the OFI 9058 3317 2046 15": no checksum can pass.
    red = redacted_texts(
        ("caller", 0, "IE64, the OFI 9058 3317 2046 15."),
        ("callee", 5000, "Let me repeat that. 331, heaven, 24615."),
    )
    assert not any(ch.isdigit() for ch in red[0])
    assert "331" not in red[1] and "24615" not in red[1]


def test_country_letters_heard_apart_from_the_spelled_bank_code_go_with_the_number() -> None:
    # "GB82 BARC 2004 1573 8816 02" heard as "GP -A 2 -B -A -R -C 2004 1573 8816 02" (stop 29)
    red = redacted_texts(("caller", 0, "My bank, please, GP -A 2 -B -A -R -C 2004 1573 8816 02."))
    assert red[0].startswith("My bank, please, [")
    assert "GP" not in red[0] and "-R" not in red[0]
    # a word before the letters names them: "order AB 12 …" keeps its number
    kept = "The order, AB 12 -3 4471 2200 is shipped."
    assert redacted_texts(("caller", 0, kept))[0] == kept
