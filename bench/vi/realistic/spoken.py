"""Reading text the way a listener would, for scoring: number words and written digits both
become digit runs ("oh nine twenty-eight", "09/28" and "0 9 2 8" all give "0928"), spelled
letters become letter runs ("G O N Z", "G-O-N-Z"), other words stay words. The script's
words and the product's output go through the same reader, so a PII item is judged by what
a reader of the redacted transcript could still recover, whatever form the recogniser wrote.

Written for this evaluation only: it shares nothing with the product's redaction code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}  # fmt: skip
ORD_TEENS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
ORD_TENS = {"twentieth": 20, "thirtieth": 30}
ZEROS = {"oh", "o"}
REPEAT = {"double": 2, "triple": 3}
JOINERS = {"slash", "dash", "hyphen"}  # spoken separators inside one number
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}  # fmt: skip

# Words that identify nobody: they are never keys of a PII item.
GENERIC = {
    "the", "of", "and", "is", "it", "its", "my", "that", "thats", "s", "miss", "mr", "mrs", "ms",
    "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "court", "ct",
    "boulevard", "blvd", "way", "place", "apartment", "apt", "unit", "suite", "floor", "number",
    "dot", "at", "com", "net", "org", "gmail", "outlook", "yahoo", "hotmail", "underscore",
    "west", "east", "north", "south", "first", "name", "last",
    "expires", "code", "dollars", "dollar", "cents",
}  # fmt: skip

_TOKEN = re.compile(r"[a-z]+|\d+")
_ORD_SUFFIX = re.compile(r"(\d)(st|nd|rd|th)\b")


@dataclass
class Reading:
    """Digit runs, letter runs and words of a text, in order."""

    digits: list[str] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """(token, glued): glued when the token touches a digit token without a space (so the
    'qt' of 'QT7R4K' reads as letters, not a word)."""
    text = _ORD_SUFFIX.sub(r"\1", text.lower().replace("'", ""))
    out: list[tuple[str, bool]] = []
    for chunk in text.split():
        parts = _TOKEN.findall(chunk)
        mixed = any(p.isdigit() for p in parts) and any(p.isalpha() for p in parts)
        out.extend((p, mixed) for p in parts)
    return out


def _number_at(toks: list[str], i: int) -> tuple[str, int] | None:
    """The digits of the number phrase starting at toks[i] and the index after it."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if t.isdigit():
        return t, i + 1
    if t in REPEAT and (nxt in UNITS or nxt in ZEROS or (nxt.isdigit() and len(nxt) == 1)):
        d = "0" if nxt in ZEROS else (nxt if nxt.isdigit() else str(UNITS[nxt]))
        return d * REPEAT[t], i + 2
    if t in ORD_UNITS:
        return str(ORD_UNITS[t]), i + 1
    if t in ORD_TEENS:
        return str(ORD_TEENS[t]), i + 1
    if t in ORD_TENS:
        return str(ORD_TENS[t]), i + 1
    value: int | None = None
    j = i
    if t in TENS:
        value, j = TENS[t], i + 1
        if nxt in UNITS and nxt != "zero":
            value, j = value + UNITS[nxt], i + 2
        elif nxt in ORD_UNITS:
            return str(value + ORD_UNITS[nxt]), i + 2
    elif t in TEENS:
        value, j = TEENS[t], i + 1
    elif t in UNITS:
        value, j = UNITS[t], i + 1
    if value is None:
        return None
    # "four hundred (and) twelve", "sixteen hundred", "one thousand two hundred"
    for scale_word, scale in (("hundred", 100), ("thousand", 1000)):
        if j < len(toks) and toks[j] == scale_word:
            value *= scale
            j += 1
            k = j + 1 if j < len(toks) and toks[j] == "and" else j
            rest = _number_at(toks, k) if k < len(toks) else None
            if rest is not None and rest[0].isdigit() and int(rest[0]) < scale:
                value += int(rest[0])
                j = rest[1]
    return str(value), j


def read(text: str) -> Reading:
    """Digit runs (number words and digits, spoken separators and punctuation joined), letter
    runs (two or more single letters in a row) and words (everything else)."""
    toks = _tokens(text)
    words = [t for t, _ in toks]
    out = Reading()
    run = ""
    letters = ""

    def close_letters() -> None:
        nonlocal letters
        if len(letters) >= 2:
            out.letters.append(letters)
        letters = ""

    i = 0
    while i < len(words):
        t = words[i]
        glued = toks[i][1]
        num = _number_at(words, i)
        near_number = bool(run) or (i + 1 < len(words) and _number_at(words, i + 1) is not None)
        if num is not None:
            run += num[0]
            i = num[1]
            continue
        if t in ZEROS and near_number:
            run += "0"
            i += 1
            continue
        if t in REPEAT and len(nxt_word := words[i + 1] if i + 1 < len(words) else "") == 1:
            letters += nxt_word * REPEAT[t]  # "F E double R E I R A"
            i += 2
            continue
        if t == "and" and run.endswith("00") and i + 1 < len(words):
            rest = _number_at(words, i + 1)  # "300 and 12" is 312, as "three hundred and twelve"
            if rest is not None and rest[0].isdigit() and int(rest[0]) < 100:
                run = run[:-2] + f"{int(rest[0]):02d}"
                i = rest[1]
                continue
        if t in JOINERS and run:
            i += 1
            continue
        if (
            t.isalpha()
            and (len(t) == 1 or (glued and len(t) <= 3))
            and _is_letter(words, i, letters)
        ):
            letters += t  # a spelled letter does not break a digit run ("B H X 447")
            i += 1
            continue
        if run:
            out.digits.append(run)
            run = ""
        close_letters()
        out.words.append(t)
        i += 1
    if run:
        out.digits.append(run)
    close_letters()
    return out


def _is_letter(words: list[str], i: int, letters: str) -> bool:
    """'a' and 'i' are words unless they sit among other spelled letters."""
    if words[i] not in {"a", "i"}:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return bool(letters) or (len(nxt) == 1 and nxt.isalpha())


def _common_run(a: str, b: str) -> int:
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return int(m.size)


@dataclass(frozen=True)
class Keys:
    """What identifies an item: digit groups, spelled-letter strings, identifying words."""

    digits: tuple[str, ...]
    letters: tuple[str, ...]
    words: tuple[str, ...]

    @staticmethod
    def of(words: str, *, numbers_only: bool = False, months_only: bool = False) -> Keys:
        """months_only: of the words, only month names identify (an item whose value is its
        digits and letters: the aside a speaker makes inside a card number, "sorry, bad light
        in here", identifies nobody)."""
        r = read(words)
        ids = (
            ()
            if numbers_only
            else tuple(
                w
                for w in r.words
                if w not in GENERIC
                and w not in {"and", "or"}
                and len(w) >= 2
                and (not months_only or w in MONTHS)
            )
        )
        digits = list(r.digits)
        if len(digits) > 1:  # "forty-two dollars and fifty cents" may come out as "$42.50"
            digits.append("".join(digits))
        return Keys(tuple(digits), () if numbers_only else tuple(r.letters), ids)

    def empty(self) -> bool:
        return not (self.digits or self.letters or self.words)


def digit_found(group: str, runs: list[str]) -> bool:
    """Short groups (1-2 digits) must appear as a whole run; longer ones share 3+ digits in a
    row with some run (a recogniser that drifts one digit still leaks the rest)."""
    if len(group) <= 2:
        return group in runs
    return any(_common_run(group, r) >= 3 for r in runs)


def word_found(key: str, words: list[str]) -> bool:  # words: a reading's words and letters
    """A name word is recognisable when written the same or nearly (one letter off in a long
    name), or glued into a longer token ("dkowalski")."""
    for w in words:
        if w == key:
            return True
        if (
            len(key) >= 4
            and len(w) >= 3
            and (key in w or SequenceMatcher(None, key, w).ratio() >= 0.8)
        ):
            return True
    return False


def letters_found(key: str, r: Reading) -> bool:
    need = min(3, len(key))
    return any(_common_run(key, s) >= need for s in r.letters) or word_found(key, r.words)


def found(keys: Keys, text: str) -> list[str]:
    """Which keys of an item a reader can still recover from text (empty: none)."""
    r = read(text)
    hits = [f"digits {g}" for g in keys.digits if digit_found(g, r.digits)]
    hits += [f"letters {s}" for s in keys.letters if letters_found(s, r)]
    hits += [f"word {w}" for w in keys.words if word_found(w, r.words + r.letters)]
    return hits
