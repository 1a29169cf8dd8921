"""IBANs, written ("GB82 WEST 1234 5698 7654 32") or spelled out ("G B eight two W E S T one
two three four…"). Characters are gathered token by token from a country code until the
country's IBAN length is reached exactly; only a mod-97 pass makes it an IBAN, which keeps the
permissive gathering (short words as letters, number words as digits) precise."""

from __future__ import annotations

import re

from callvault.intelligence.redaction.checksums import IBAN_LENGTHS, iban_ok
from callvault.intelligence.redaction.context import Cue, cues_before
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import NUMBER_WORDS, REPEAT, UNITS, digit_group
from callvault.intelligence.redaction.tokens import Token, glued, tokenize

_LETTER_NAMES = {
    "bee": "B", "see": "C", "sea": "C", "dee": "D", "eff": "F", "gee": "G", "aitch": "H",
    "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q",
    "queue": "Q", "ar": "R", "are": "R", "ess": "S", "tee": "T", "you": "U", "vee": "V",
    "ex": "X", "why": "Y", "zed": "Z", "zee": "Z",
}  # fmt: skip
_SKIP = frozenset({"-", ",", ".", "/"})


def _piece(tokens: list[Token], i: int, loose: bool) -> tuple[str, int] | None:
    """The IBAN characters token i contributes: (characters, last token index)."""
    t = tokens[i]
    if t.is_digits:
        return t.text, i
    if not t.is_word or not t.text.isascii():
        return None
    if t.low == "double" and i + 1 < len(tokens) and tokens[i + 1].low in ("you", "u"):
        return "W", i + 1
    if t.low in NUMBER_WORDS or t.low in REPEAT:
        group = digit_group(tokens, i)
        if group is not None:
            return group
    if len(t.text) == 1:
        return t.text.upper(), i
    if t.low in _LETTER_NAMES and loose:
        return _LETTER_NAMES[t.low], i
    if len(t.text) <= 4 and (loose or not t.text.islower()):
        return t.text.upper(), i
    return None


def _country(tokens: list[Token], i: int, loose: bool) -> tuple[str, int] | None:
    t = tokens[i]
    if len(t.text) == 2 and t.text.isalpha() and (t.text.isupper() or loose):
        return t.text.upper(), i
    if (
        len(t.text) == 1
        and i + 1 < len(tokens)
        and len(tokens[i + 1].text) == 1
        and t.text.isalpha()
        and tokens[i + 1].text.isalpha()
        and (t.text.isupper() or loose)
    ):
        return (t.text + tokens[i + 1].text).upper(), i + 1
    return None


LENIENT_MIN_DIGITS = 12
_GLUED_COUNTRY = re.compile(r"[A-Z]{2}\d{2}")
UNCUED_MIN_DIGITS = 16
GLUED_BANK_MIN_DIGITS = 8  # the two check digits and six of the account's


def ibans(tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    i = 0
    while i < len(tokens):
        end = _iban_at(tokens, i)
        if end is None:
            end = _garbled_iban_at(tokens, i)
        if end is None:
            i += 1
            continue
        out.append(PiiSpan(EntityType.BANK_ACCOUNT, tokens[i].start, tokens[end].end))
        i = end + 1
    return out


def _iban_at(tokens: list[Token], i: int) -> int | None:
    if not tokens[i].is_word or len(tokens[i].text) > 2:
        return None
    loose = Cue.BANK in cues_before(tokens, i)
    country = _country(tokens, i, loose)
    if country is None or country[0] not in IBAN_LENGTHS:
        return None
    want = IBAN_LENGTHS[country[0]]
    code, j = country[0], country[1] + 1
    # The check digits must follow the country code, or this is just a two-letter word.
    if j >= len(tokens) or not (
        tokens[j].is_digits or tokens[j].low in UNITS or tokens[j].low.endswith("ty")
    ):
        return None
    last = country[1]
    letter_o: list[int] = []  # positions of a spoken "O": the letter or a zero
    while j < len(tokens) and len(code) < want:
        if tokens[j].text in _SKIP:
            j += 1
            continue
        piece = _piece(tokens, j, loose)
        if piece is None:
            break
        if tokens[j].text in ("O", "o") and piece[0] == "0":
            letter_o.append(len(code))
        code += piece[0]
        last = j = piece[1]
        j += 1
    if len(code) != want:
        return None
    return last if any(iban_ok(c) for c in _o_readings(code, letter_o)) else None


def _o_readings(code: str, positions: list[int]) -> list[str]:
    """The code with each spoken "O" read as a zero or as the letter ("R A B O" is a bank
    code, "one O five" a number): every combination, for a handful of them."""
    readings = [code]
    for p in positions[:4]:
        readings += [r[:p] + "O" + r[p + 1 :] for r in readings]
    return readings


def _garbled_iban_at(tokens: list[Token], i: int) -> int | None:
    """A country-code-led run of digits that the recogniser garbled (digits dropped, merged,
    regrouped: the length or check digits disagree) is still the account when a bank cue
    comes before it ("my IBAN is", at least 12 digits), or, without a cue, when it is an
    upper-case IBAN country code followed by at least 16 digits ("FR -37 -4009 …"), or by
    two check digits, a bank code in capitals and 10 more ("GB 47 -BARC 204 1558 734196",
    a digit dropped): hiding a misheard account number is the safe side."""
    t = tokens[i]
    digits = 0
    if _GLUED_COUNTRY.fullmatch(t.text) and t.text[:2] in IBAN_LENGTHS:
        digits = 2  # "IE64": the country code and its check digits written as one word
    # One or two letters (a country code, or what is left of it: "E3397…") lead the digits.
    elif not (t.is_word and len(t.text) <= 2 and t.text.isalpha()):
        return None
    cued = Cue.BANK in cues_before(tokens, i)[:1]
    if not digits and not cued and not (t.text.isupper() and t.text in IBAN_LENGTHS):
        return None
    j, last, bank = i + 1, None, False
    while j < len(tokens):
        if tokens[j].text in _SKIP or (digits == 2 and not bank and tokens[j].low == "the"):
            j += 1  # "IE64, the OFI 9058…": "BOFI" heard as "the OFI"
            continue
        if not tokens[j].is_digits:
            if bank or not _bank_code(tokens, j, digits):
                break
            bank = True  # "GB 47 BARC 204…": the bank's four letters after the check digits
            j += 1
            continue
        digits += len(tokens[j].text)
        last = j
        j += 1
    wanted = LENIENT_MIN_DIGITS if cued or bank else UNCUED_MIN_DIGITS
    if bank and _check_digits_glued(tokens, i):
        # "NL91 ABN 417 1643 4" (fifteenth-dev, digits dropped): a country code glued to its
        # check digits and a bank code in capitals are an IBAN's own shape
        wanted = GLUED_BANK_MIN_DIGITS
    return last if last is not None and digits >= wanted else None


def _check_digits_glued(tokens: list[Token], i: int) -> bool:
    """The country code at token i is written together with its two check digits ("NL91"),
    one token or two glued ones."""
    if _GLUED_COUNTRY.fullmatch(tokens[i].text):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.is_digits
        and len(nxt.text) == 2
        and tokens[i].text.isupper()
        and glued(tokens[i], nxt)
    )


def _bank_code(tokens: list[Token], j: int, digits: int) -> bool:
    """Four capital letters right after a country code's two check digits: the bank code
    that leads the account in many countries' IBANs (GB, IE, NL: "NWBK", "AIBK", "RABO")."""
    t = tokens[j]
    return digits == 2 and len(t.text) in (3, 4) and t.text.isalpha() and t.text.isupper()


# Spans whose digits may be the rest of an IBAN the checksum could not confirm.
_NUMBER_TYPES = frozenset(
    {
        EntityType.CARD_NUMBER,
        EntityType.CARD_EXPIRY,
        EntityType.BANK_ACCOUNT,
        EntityType.ROUTING_NUMBER,
        EntityType.MEMBER_ID,
    }
)


def with_country_code(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """Spans of digits said right after the two letters of an IBAN country ("A T 61 1904 302
    …", "a T 611904" read back) start at the letters. A recogniser that drops one digit leaves
    no IBAN a checksum accepts, so the digits are found as a card or an account number and
    the country code stayed readable; with the letters it is hidden with them."""
    if not any(s.type in _NUMBER_TYPES for s in spans):
        return spans
    tokens = tokenize(text)
    starts = {t.start: k for k, t in enumerate(tokens)}
    out = []
    for s in spans:
        k = starts.get(s.start)
        if s.type in _NUMBER_TYPES and k is not None and tokens[k].is_digits:
            s = PiiSpan(s.type, _letters_before(tokens, k, s.start), s.end)
        out.append(s)
    return out


def _letters_before(tokens: list[Token], k: int, start: int) -> int:
    """Where the country code before token k starts ("AT" or "A T"), or `start` if none."""
    if k >= 1 and len(tokens[k - 1].text) == 2 and tokens[k - 1].text.isupper():
        pair, first = [tokens[k - 1]], k - 1
    elif k >= 2 and all(len(t.text) == 1 and t.is_word for t in tokens[k - 2 : k]):
        pair, first = tokens[k - 2 : k], k - 2
    else:
        return start
    code = "".join(t.text for t in pair)
    # Written as letters, not a word: at least one capital ("a T"), and a country of IBANs.
    if code.upper() not in IBAN_LENGTHS or code.islower():
        return start
    return tokens[first].start
