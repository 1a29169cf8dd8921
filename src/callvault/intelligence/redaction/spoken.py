"""Numbers as a recogniser writes them, turned into digit strings that keep their origin.

A *number run* is a maximal stretch of digit groups and number words ("4111 1111", "four one
one one", "forty one eleven", "double five", "oh one hundred", "nineteen eighty five"), with the
separators people and recognisers put between groups (space, dash, dot, comma, brackets). Every
group becomes a `Chunk` of digits that remembers its characters, so a digit window found by a
detector maps back to whole words: spans never cut a number word in half."""

from __future__ import annotations

from dataclasses import dataclass

from callvault.intelligence.redaction.tokens import Token, glued

UNITS = {
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
REPEAT = {"double": 2, "triple": 3}
# "triple 38", "double 50", "triple 42081": the repeated digit and what follows it, up to the
# rest of a phone number's local part (sixteenth-dev: "715, triple 42081" was left)
_REPEATED_WITH_REST = 7
# "oh" and "o" are zeros only next to other numbers; alone they are an interjection or a letter.
_WEAK_ZERO = frozenset({"oh", "o"})
SEPARATORS = frozenset({"-", ".", ",", "(", ")"})
_AMOUNT_AFTER = frozenset(
    ["dollars", "dollar", "euros", "euro", "pounds", "quid", "bucks", "cents", "pence", "percent"]
)
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS)


@dataclass(frozen=True, slots=True)
class Chunk:
    digits: str
    start: int  # characters [start, end) of the words or digits it was read from
    end: int
    first: int  # token indices [first, last]
    last: int


@dataclass(frozen=True, slots=True)
class NumberRun:
    chunks: tuple[Chunk, ...]
    plus: bool  # preceded by "+" or "plus" (an international phone number)

    @property
    def digits(self) -> str:
        return "".join(c.digits for c in self.chunks)

    @property
    def first(self) -> int:
        return self.chunks[0].first

    @property
    def last(self) -> int:
        return self.chunks[-1].last


def _small(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A number below 100 in words at token i: (value, index of its last token)."""
    w = tokens[i].low
    if w in TEENS:
        return TEENS[w], i
    if w in UNITS and w not in _WEAK_ZERO and w != "zero":
        return UNITS[w], i
    if w in TENS:
        j = i + 1
        if j < len(tokens) and tokens[j].text == "-" and glued(tokens[i], tokens[j]):
            j += 1
        # "forty one" is 41; "forty oh" is not 40 (the "oh" is the next group's zero).
        if j < len(tokens) and UNITS.get(tokens[j].low, 0) > 0:
            return TENS[w] + UNITS[tokens[j].low], j
        return TENS[w], i
    return None


def _cardinal(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A number in words at token i, as digits: "sixteen hundred" is 1600, "two thousand and
    five" 2005; plain "forty one" is 41. Returns (digits, last token index)."""
    small = _small(tokens, i)
    if small is None:
        return None
    value, last = small
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].low == "hundred" and value < 100:
        value, last = value * 100, nxt
        rest = _and_below(tokens, last + 1, 100)
        if rest is not None:
            value, last = value + rest[0], rest[1]
    elif nxt < len(tokens) and tokens[nxt].low == "thousand" and value < 100:
        value, last = value * 1000, nxt
        rest = _and_below(tokens, last + 1, 1000)
        if rest is not None:
            value, last = value + rest[0], rest[1]
    return str(value), last


def _and_below(tokens: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The "[and] twelve" or "[and] three hundred five" completing a hundred or thousand."""
    if i < len(tokens) and tokens[i].low == "and":
        i += 1
    if i >= len(tokens):
        return None
    small = _small(tokens, i)
    if small is None:
        return None
    value, last = small
    if limit > 100 and last + 1 < len(tokens) and tokens[last + 1].low == "hundred":
        value, last = value * 100, last + 1
        rest = _and_below(tokens, last + 1, 100)
        if rest is not None:
            value, last = value + rest[0], rest[1]
    return (value, last) if value < limit else None


def digit_group(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """One digit group starting at token i: (digits, last token index)."""
    t = tokens[i]
    if t.is_digits:
        return t.text, i
    w = t.low
    if w in REPEAT and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.low in UNITS:
            return str(UNITS[nxt.low]) * REPEAT[w], i + 1
        if nxt.is_digits and len(nxt.text) <= _REPEATED_WITH_REST:
            # "triple 38": the recogniser glued "three eight" after "triple" (3338), as
            # "double 50" is "double five oh" (550).
            return nxt.text[0] * REPEAT[w] + nxt.text[1:], i + 1
        return None
    if w in UNITS and (w in _WEAK_ZERO or w == "zero"):
        return "0", i
    if w == "hundred":  # "oh one hundred" is read by _cardinal; a bare "hundred" is 100
        return "100", i
    return _cardinal(tokens, i)


def _starts_group(tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    if t.is_digits or t.low in NUMBER_WORDS or t.low == "zero":
        return t.low not in _WEAK_ZERO or _next_is_number(tokens, i)
    return (
        t.low in REPEAT
        and i + 1 < len(tokens)
        and (
            tokens[i + 1].low in UNITS
            or (tokens[i + 1].is_digits and len(tokens[i + 1].text) <= _REPEATED_WITH_REST)
        )
    )


def _next_is_number(tokens: list[Token], i: int) -> bool:
    j = i + 1
    while j < len(tokens) and tokens[j].text in SEPARATORS and j - i < 3:
        j += 1
    return j < len(tokens) and (
        tokens[j].is_digits or tokens[j].low in NUMBER_WORDS or tokens[j].low in REPEAT
    )


def number_runs(tokens: list[Token]) -> list[NumberRun]:
    """Every number run in the text, left to right."""
    runs: list[NumberRun] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _starts_group(tokens, i):
            i += 1
            continue
        plus = i > 0 and (tokens[i - 1].text == "+" or tokens[i - 1].low == "plus")
        chunks: list[Chunk] = []
        separated = False  # a separator came before this group
        while i < n:
            group = digit_group(tokens, i)
            if group is None:
                break
            digits, last = group
            if separated and _amount_after(tokens, last):
                # "…335 5 04, 30 euros back" (nineteenth-dev: the refund's amount was hidden
                # with the IBAN read back before it): an amount of its own, its run next
                break
            chunks.append(Chunk(digits, tokens[i].start, tokens[last].end, i, last))
            i = last + 1
            j = i
            while j < n and tokens[j].text in SEPARATORS and j - i < 2:
                j += 1
            separated = j > i
            # "oh" continues a run whatever follows ("five oh" ends a phone number).
            if j < n and (_starts_group(tokens, j) or tokens[j].low in _WEAK_ZERO):
                i = j
            else:
                break
        if chunks:
            runs.append(NumberRun(tuple(chunks), plus))
        else:
            i += 1
    return runs


def _amount_after(tokens: list[Token], last: int) -> bool:
    """A currency or percent right after the group ending at token `last`."""
    return last + 1 < len(tokens) and tokens[last + 1].low in _AMOUNT_AFTER


def small_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A number written as digits or words at token i (days, house numbers): (value, last)."""
    if tokens[i].is_digits:
        return int(tokens[i].text[:9]), i
    got = _cardinal(tokens, i)
    return (int(got[0]), got[1]) if got else None


def digits_between(tokens: list[Token], start: int, end: int) -> str:
    """The spoken and written digits of the tokens inside [start, end) of their text (a
    span's), as one run: "four one, 11" -> "4111"."""
    inside = [t for t in tokens if start <= t.start and t.end <= end]
    return "".join(r.digits for r in number_runs(inside))
