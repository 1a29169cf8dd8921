"""Digit sequences written as ordinary digits. Whisper writes digits said one by one as
hyphen-linked tokens ("4-2-7" comes out as the words " 4", "-2", "-7"), as lone digits
(" 1 1 1 1") or, after a prompt, as words ("one, two, three"); each form becomes one digit
word per group said ("427", "1111", "123"), keeping the time range of the words it joins.
Hyphen-linked groups ("5454-5454") stay separate groups ("5454 5454"), and a hyphen left in
front of digits ("-0928") goes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from callvault.intelligence.transcript import Word

_CONTINUATION = re.compile(r"^-(\d+)(\W*)$")  # "-2", "-28."
_LAST_GROUP = re.compile(r"(?:^|\D)(\d+)$")  # the digits a word ends in, if it ends in digits
_TRAILING = re.compile(r"\D$")
_LONE_DIGIT = re.compile(r"^\d$")
_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_SPELLED = re.compile(r"^([A-Za-z]+)([,.]?)$")
MIN_SPELLED_RUN = 3  # "one, two" is a list of two things; three digit words in a row a number


def ordinary_digits(words: Sequence[Word]) -> list[Word]:
    """words with hyphen-linked, lone and spelled digit runs joined into digit words."""
    return _join_lone(_join_spelled(_join_hyphenated(list(words))))


def _merge(run: Sequence[Word], body: str, tail: str) -> Word:
    first = run[0].text
    lead = first[: len(first) - len(first.lstrip())]
    probability = min(w.probability for w in run)
    return Word(lead + body + tail, run[0].start_ms, run[-1].end_ms, probability)


def _join_hyphenated(words: list[Word]) -> list[Word]:
    out: list[Word] = []
    singles = False  # whether out[-1] ends in a group of digits said one by one
    for w in words:
        m = _CONTINUATION.match(w.text.strip())
        if m is None:
            out.append(w)
            last = _LAST_GROUP.search(w.text.strip())
            singles = last is not None and len(last.group(1)) == 1
            continue
        if out and singles and len(m.group(1)) == 1 and not _TRAILING.search(out[-1].text):
            # "4-2-7": digits said one by one are one group
            prev = out[-1].text.strip()
            out[-1] = _merge([out[-1], w], prev + m.group(1), m.group(2))
        else:
            # "5454-5454" or a stray "-0928": its own group
            out.append(Word(" " + m.group(1) + m.group(2), w.start_ms, w.end_ms, w.probability))
            singles = len(m.group(1)) == 1
        singles = singles and not m.group(2)  # "-3," closes the group
    return out


def _join_lone(words: list[Word]) -> list[Word]:
    """Lone digits with nothing between them are one group (" 1 1 1 1" -> " 1111")."""
    out: list[Word] = []
    run: list[Word] = []

    def flush() -> None:
        if len(run) > 1:
            out.append(_merge(run, "".join(w.text.strip() for w in run), ""))
        else:
            out.extend(run)
        run.clear()

    for w in words:
        body = w.text.strip()
        if _LONE_DIGIT.match(body):
            run.append(w)
            continue
        tail = body[1:]
        if body[:1].isdigit() and tail and not any(ch.isalnum() for ch in tail) and run:
            run.append(w)  # the last digit of the group carries the punctuation
            out.append(_merge(run, "".join(x.text.strip()[0] for x in run), tail))
            run.clear()
            continue
        flush()
        out.append(w)
    flush()
    return out


def _join_spelled(words: list[Word]) -> list[Word]:
    """Three or more digit words in a row ("one, two, three, four") -> "1234"."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _spelled_digit(words[j], first=j == i) is not None:
            j += 1
            if _punctuation(words[j - 1]) == ".":
                break  # a sentence end closes the number
        if j - i >= MIN_SPELLED_RUN:
            run = words[i:j]
            body = "".join(_spelled_digit(w, first=False) or "" for w in run)
            out.append(_merge(run, body, _punctuation(run[-1])))
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def _spelled_digit(word: Word, *, first: bool) -> str | None:
    m = _SPELLED.match(word.text.strip())
    if m is None:
        return None
    name = m.group(1).lower()
    if first and name == "oh":
        return None  # "Oh, one thing" is an interjection, not a zero
    return _DIGIT_WORDS.get(name)


def _punctuation(word: Word) -> str:
    m = _SPELLED.match(word.text.strip())
    return m.group(2) if m else ""
