"""Numbers, letters and dates said the way a caller says them and a recogniser writes them:
digit by digit with "oh", in pairs ("forty one eleven"), with "double"/"triple", or mixed with
digits. Used by the PII corpus for its spoken variants."""

from __future__ import annotations

import random

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "_",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def below_100(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def cardinal(n: int) -> str:
    """0-9999 in words, the way numbers are said in addresses ("sixteen hundred")."""
    if n < 100:
        return below_100(n)
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " " + below_100(rest))
    if n % 100 == 0 and n < 10000 and n % 1000 != 0:
        return below_100(n // 100) + " hundred"
    if n < 10000 and n // 100 >= 10 and n % 100 != 0 and n // 100 % 10 != 0:
        return below_100(n // 100) + " " + pair(n % 100)  # "twelve thirty four"
    thousands, rest = divmod(n, 1000)
    words = below_100(thousands) + " thousand"
    return words + ("" if rest == 0 else " " + cardinal(rest))


def ordinal(n: int) -> str:
    if n <= 20:
        return ORDINALS[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORDINALS[n % 10]


def pair(n: int) -> str:
    """Two digits said together: 7 is "oh seven"."""
    return "oh " + UNITS[n] if n < 10 else below_100(n)


def year(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000])
    return below_100(y // 100) + " " + pair(y % 100)


def _digit(ch: str, zero: str) -> str:
    return zero if ch == "0" else UNITS[int(ch)]


def digit_words(group: str, zero: str, repeats: bool) -> str:
    """A digit group word by word; with `repeats`, "double five" and "triple one"."""
    out: list[str] = []
    i = 0
    while i < len(group):
        j = i
        while j < len(group) and group[j] == group[i]:
            j += 1
        run = j - i
        if repeats and run in (2, 3):
            out.append(("double " if run == 2 else "triple ") + _digit(group[i], zero))
        else:
            out.extend(_digit(group[i], zero) for _ in range(run))
        i = j
    return " ".join(out)


def pairs(group: str, zero: str) -> str:
    """A group said in pairs where it splits evenly ("forty one eleven"), else digit by digit;
    a group ending "00" may end in "hundred" ("oh one hundred")."""
    if len(group) == 4 and group[2:] == "00" and group[1] != "0":
        head = (_digit(group[0], zero) + " ") if group[0] == "0" else ""
        return (
            head
            + (UNITS[int(group[1])] if group[0] == "0" else below_100(int(group[:2])))
            + (" hundred")
        )
    if len(group) % 2 or group[0] == "0":
        return digit_words(group, zero, repeats=False)
    return " ".join(pair(int(group[k : k + 2])) for k in range(0, len(group), 2))


def say_digits(groups: list[str], rng: random.Random) -> str:
    """Digit groups the way a caller says them, in one of several styles."""
    zero = rng.choice(["oh", "zero"])
    style = rng.choice(["words", "words", "repeats", "pairs", "mixed"])
    sep = rng.choice([" ", ", "])
    said: list[str] = []
    for k, g in enumerate(groups):
        if style == "words":
            said.append(digit_words(g, zero, repeats=False))
        elif style == "repeats":
            said.append(digit_words(g, zero, repeats=True))
        elif style == "pairs":
            said.append(pairs(g, zero))
        else:
            said.append(g if k % 2 else digit_words(g, zero, repeats=False))
    return sep.join(said)


def spell(chars: str) -> str:
    """Letters and digits of a code said one by one ("G B eight two W E S T")."""
    return " ".join(UNITS[int(c)] if c.isdigit() else c for c in chars)
