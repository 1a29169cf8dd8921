"""Member, policy and subscriber ids: letters and digits said after "member id", "policy
number", "subscriber id", "enrollment id", "donor number" (context.ID_OWNERS): "XJ4 5521
889", "W as in William one two three…", "M R seven seven four…". Ids mix letters and
digits, so they are read as a *code run*: digits, number words, single letters, short
capitalised letter groups, and the "as in" spelling aids, up to the first other word. A code
run needs four digits to be an id: "policy is the gold plan" is not one."""

from __future__ import annotations

from callvault.intelligence.redaction.context import ID_OWNERS
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import NUMBER_WORDS, REPEAT
from callvault.intelligence.redaction.tokens import Token

_LABELS = frozenset({"id", "number", "no", "#", "ids", "numbers"})
_SKIP = frozenset({"is", "it's", "its", "it", ":", ",", "my", "the", "that's", "uh", "um", "er"})
_INSIDE = frozenset({"that's", "is", "it's", "then", "and"})
WINDOW = 6
MAX_TOKENS = 40


def _code_token(t: Token) -> bool:
    if t.is_digits or t.low in NUMBER_WORDS or t.low in REPEAT or t.low == "zero":
        return True
    if t.text in ("-", ".", ","):
        return True
    return t.is_word and (len(t.text) == 1 or (len(t.text) <= 3 and t.text.isupper()))


def code_run(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(last token, digit-ish count) of the code run starting at token i, if one starts."""
    n = len(tokens)
    j, last, count = i, None, 0
    while j < n and j - i < MAX_TOKENS:
        t = tokens[j]
        if _code_token(t):
            if t.text not in ("-", ".", ","):
                last = j
                count += len(t.text) if t.is_digits else 1
            j += 1
            continue
        # "G B H, that's four four seven": a short word between two parts of the id.
        if t.low in _INSIDE and last is not None and j + 1 < n and _code_token(tokens[j + 1]):
            j += 1
            continue
        # "W as in William": the spelling aid belongs to the id.
        if t.low == "as" and j + 2 < n and tokens[j + 1].low == "in" and tokens[j + 2].is_word:
            last = j + 2
            j += 3
            continue
        break
    return (last, count) if last is not None else None


def digits_in(tokens: list[Token], i: int, last: int) -> int:
    return sum(
        len(t.text) if t.is_digits else 1
        for t in tokens[i : last + 1]
        if t.is_digits or t.low in NUMBER_WORDS
    )


def member_ids(tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    n = len(tokens)
    k = 0
    while k < n:
        t = tokens[k]
        # "member id", "policy number"; "member is" when the recogniser lost the "ID".
        labelled = t.low in ID_OWNERS and k + 1 < n and tokens[k + 1].low in _LABELS | {"is"}
        if not labelled and _glued_label(tokens, k):
            got = code_run(tokens, k + 1)
            if got is not None and digits_in(tokens, k + 1, got[0]) >= 4:
                out.append(PiiSpan(EntityType.MEMBER_ID, t.start, tokens[got[0]].end))
                k = got[0] + 1
                continue
        if not labelled:
            k += 1
            continue
        i = k + 2
        while i < n and i - k <= WINDOW and tokens[i].low in _SKIP:
            i += 1
        got = code_run(tokens, i) if i < n else None
        if got is not None and digits_in(tokens, i, got[0]) >= 4:
            out.append(PiiSpan(EntityType.MEMBER_ID, tokens[i].start, tokens[got[0]].end))
            k = got[0] + 1
            continue
        k += 1
    return out


def _glued_label(tokens: list[Token], k: int) -> bool:
    """ "Remember IDCWH903 272 1" for "member ID C W H 903…": the recogniser ran the label
    into the id's letters ("IDCWH") and "member" into a longer word. The token is "ID" and up
    to four capitals, right after a word ending in an owner word."""
    t = tokens[k]
    if not (t.is_word and t.text.isupper() and t.text.startswith("ID") and 3 <= len(t.text) <= 6):
        return False
    prev = tokens[k - 1].low if k > 0 else ""
    return any(prev.endswith(owner) for owner in ID_OWNERS)
