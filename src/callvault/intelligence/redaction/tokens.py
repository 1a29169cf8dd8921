"""Tokens with character offsets: every detector works on these, so that spans always fall on
word boundaries and a spoken expression maps back to the exact characters it came from."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letters (any script), ASCII digit runs, or one other visible character. Digits and letters are
# separate tokens ("221B" is "221" + "B"); detectors check adjacency through the offsets.
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[0-9]+|[^\s]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    low: str  # lower-cased text, what word tables are keyed on
    start: int
    end: int

    @property
    def is_digits(self) -> bool:
        return self.text.isascii() and self.text.isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_letter(self) -> bool:
        """A letter said on its own ("C", "B" in a spelling; any script)."""
        return self.is_word and len(self.text) == 1

    @property
    def is_title(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def glued(a: Token, b: Token) -> bool:
    """No whitespace between a and b ("221" "B", "4111" "-")."""
    return a.end == b.start


def words_before(tokens: list[Token], i: int, n: int) -> list[str]:
    """Lower-cased word tokens among the n tokens before index i, nearest last."""
    return [t.low for t in tokens[max(0, i - n) : i] if t.is_word]


def back_past(tokens: list[Token], first: int, skip: frozenset[str], reach: int) -> int:
    """The index of the first token before `first` that is not one of the `skip` words,
    looking back at most `reach` tokens (-1 when none is left): where a number's label sits
    past "is", "of", "the" …"""
    k = first - 1
    while k >= 0 and first - k <= reach and tokens[k].low in skip:
        k -= 1
    return k
