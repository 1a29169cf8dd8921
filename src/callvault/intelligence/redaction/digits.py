"""Card, bank account, SSN and phone numbers: number runs classified by length, check digits,
layout and the words before them. Written and spoken numbers go through the same rules because
both are number runs by now."""

from __future__ import annotations

import re
from itertools import accumulate

from callvault.intelligence.redaction.checksums import (
    aba_ok,
    card_prefix_ok,
    luhn_ok,
    nanp_ok,
    ssn_ok,
)
from callvault.intelligence.redaction.context import EXTENSION_WORDS, Cue, cues_after, cues_before
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import Chunk, NumberRun
from callvault.intelligence.redaction.tokens import Token

MAX_DIGITS = 19  # the longest identifier read from a run (a card); longer windows are skipped
_SSN_WRITTEN = re.compile(r"\d{3}-\d{2}-\d{4}")
_PHONE_WRITTEN = re.compile(r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")


def classify(
    digits: str, written: str, cues: list[Cue], plus: bool, *, lenient: bool = False
) -> EntityType | None:
    """The entity a window of digits is, given its written form and the cues before it.
    lenient: also what the context says even when the check digits disagree (tried only
    after every window failed the strict reading)."""
    n = len(digits)
    nearest = cues[0] if cues else None
    if nearest is Cue.LAST_FOUR and len(cues) > 1:
        nearest = cues[1]  # "last four of my social": the owner of the four digits
    if nearest is Cue.BLOCK:
        # "the card on the rental agreement is 4111…": a card named before the document,
        # and a number that is one, check digits and all.
        card = Cue.CARD in cues and 13 <= n <= MAX_DIGITS and card_prefix_ok(digits)
        return EntityType.CARD_NUMBER if card and luhn_ok(digits) else None
    if nearest is Cue.BIRTH:
        # A date of birth said as digits ("oh three one four eight five", "03141985").
        return EntityType.DATE_OF_BIRTH if 4 <= n <= 8 else None
    if nearest is Cue.CVV:
        return EntityType.CARD_SECURITY_CODE if 3 <= n <= 4 else None
    if nearest is Cue.EXPIRY:
        return EntityType.CARD_EXPIRY if 3 <= n <= 6 else None
    if nearest is Cue.ZIP:
        return EntityType.ADDRESS if n in (5, 9) or (lenient and 4 <= n <= 10) else None
    if nearest is Cue.MEMBER:
        return EntityType.MEMBER_ID if 4 <= n <= MAX_DIGITS else None
    if nearest is Cue.ROUTING:
        if n == 9 and aba_ok(digits):
            return EntityType.ROUTING_NUMBER
        return EntityType.ROUTING_NUMBER if lenient and 8 <= n <= 10 else None
    card_like = Cue.CARD in cues or (nearest is None and card_prefix_ok(digits))
    if 13 <= n <= MAX_DIGITS and card_like and luhn_ok(digits):
        return EntityType.CARD_NUMBER
    if nearest is Cue.CARD:
        # Said after "card": a long run that fails Luhn is still the card, misheard (the
        # recogniser drops, doubles or regroups digits); hiding it is the safe side. Short
        # runs (expiry dates, security codes said as such) are not the card number.
        return EntityType.CARD_NUMBER if lenient and 12 <= n <= MAX_DIGITS else None
    if nearest is Cue.BANK:
        return EntityType.BANK_ACCOUNT if 4 <= n <= 17 else None
    if nearest is Cue.SSN:
        # Nine digits as said; seven to ten when the recogniser lost or added one; four
        # (five with a stray digit) after "the last four of my social".
        if n == 9 or (lenient and 7 <= n <= 10):
            return EntityType.SSN
        last_four = Cue.LAST_FOUR in cues
        return EntityType.SSN if last_four and (n == 4 or (lenient and n == 5)) else None
    if nearest is Cue.PHONE:
        return EntityType.PHONE if 7 <= n <= 15 else None
    if plus and 8 <= n <= 15:
        return EntityType.PHONE
    if n == 9 and _SSN_WRITTEN.fullmatch(written) and ssn_ok(digits):
        return EntityType.SSN
    if n == 10 and nanp_ok(digits) and not written.isdigit():
        return EntityType.PHONE
    if n == 11 and digits[0] == "1" and nanp_ok(digits[1:]) and not written.isdigit():
        return EntityType.PHONE
    if n == 11 and digits.startswith("07") and digits[2] != "0" and not written.isdigit():
        # A UK mobile as said in groups ("07956 121 407", eleventh-dev): 07 and ten more,
        # none of which begins 070 (personal numbers, rarely said).
        return EntityType.PHONE
    if n == 11 and digits[:2] in ("01", "02", "03") and not written.isdigit():
        # A UK landline as said in groups ("0161 496 0333", seventeenth-dev; "020 7946 0018").
        return EntityType.PHONE
    if _PHONE_WRITTEN.fullmatch(written) and nanp_ok(digits[-10:]):
        return EntityType.PHONE
    return None


def run_spans(text: str, tokens: list[Token], run: NumberRun) -> list[PiiSpan]:
    """Entities inside one run. The whole run is tried first, then the longest prefix that is
    one (a card followed by its expiry date), repeatedly; failing that the longest suffix ("my
    reference is 5512, card 4111…" said without a pause is rare, an expiry before is not)."""
    chunks = run.chunks
    cues = cues_before(tokens, run.first)
    blocked = Cue.BLOCK in cues_after(tokens, run.last) and not _extension_after(tokens, run)
    if blocked or _clock_talk(tokens, run):
        return []
    sizes = [0, *accumulate(len(c.digits) for c in chunks)]
    out: list[PiiSpan] = []
    lo = 0
    while lo < len(chunks):
        ends = range(len(chunks), lo, -1)
        plus = run.plus and lo == 0
        hit = _best(text, chunks, sizes, lo, ends, cues, plus) or _best(
            text, chunks, sizes, lo, ends, cues, plus, lenient=True
        )
        if hit is None:
            break
        out.append(hit[0])
        lo = hit[1]
    if _card_read_as_phone(text, chunks, sizes, out, cues):
        return [PiiSpan(EntityType.CARD_NUMBER, chunks[0].start, chunks[-1].end)]
    if out and out[-1].type is EntityType.CARD_NUMBER and lo < len(chunks):
        out += _after_card(chunks, lo)
    if not out and 7 <= sizes[-1] <= 15 and _phone_after(tokens, run.last):
        # "It's 412-55-0196, the best number": a phone number labelled after it, one
        # digit lost by the recogniser.
        span = PiiSpan(EntityType.PHONE, chunks[0].start, chunks[-1].end)
        return [span]
    if not out and len(chunks) > 1:
        for start in range(1, len(chunks)):
            if sizes[-1] - sizes[start] > MAX_DIGITS:
                continue
            hit = _best(text, chunks, sizes, start, [len(chunks)], cues, False)
            if hit is not None:
                out.append(hit[0])
                break
    return out


def _extension_after(tokens: list[Token], run: NumberRun) -> bool:
    """ "617 550 4816 extension 214": an extension belongs to the phone number before it,
    which it does not make a business's own number (ninth-dev: the phone was left whole)."""
    nxt = next((t for t in tokens[run.last + 1 : run.last + 3] if t.is_word), None)
    return nxt is not None and nxt.low in EXTENSION_WORDS and 7 <= len(run.digits) <= 11


_CLOCK_BEFORE = frozenset(["at", "around", "until", "till", "til", "by", "from", "between"])


def _clock_talk(tokens: list[Token], run: NumberRun) -> bool:
    """ "we'll meet Wednesday at 10 15, 10 15": after a time word, numbers of one or two
    digits whose first two make an hour and its minutes are times of day (here said twice
    and scanned as one run of ten digits, a phone's length). A phone number after "at" is
    said in groups of three and four ("reach me at 215 555 …")."""
    chunks = run.chunks
    if run.first == 0 or tokens[run.first - 1].low not in _CLOCK_BEFORE or len(chunks) < 2:
        return False
    if any(len(c.digits) > 2 for c in chunks):
        return False
    return (
        1 <= int(chunks[0].digits) <= 12
        and len(chunks[1].digits) == 2
        and (int(chunks[1].digits) < 60)
    )


def _card_read_as_phone(
    text: str, chunks: tuple[Chunk, ...], sizes: list[int], out: list[PiiSpan], cues: list[Cue]
) -> bool:
    """13 to 19 digits in one breath, unlabelled, said in groups or one by one, with a card's
    first digit, that no rule took whole: a card the recogniser misheard (a digit lost or
    doubled, so Luhn fails: "five two oh one, triple three eight, …" heard as "5201 338 4119
    6270"). Its first ten may read as a phone number, which would leave the last digits in
    the text: a phone number is not followed by more digits in the same breath. An order or
    tracking number said so carries its label (a cue), or is written as one token."""
    if cues:
        return False
    if out and (out[0].type is not EntityType.PHONE or out[0].end >= chunks[-1].end):
        return False
    digits = "".join(c.digits for c in chunks)
    written = text[chunks[0].start : chunks[-1].end]
    return 13 <= sizes[-1] <= MAX_DIGITS and card_prefix_ok(digits) and not written.isdigit()


_PHONE_AFTER = (("best", "number"), ("phone", "number"), ("cell",), ("mobile",), ("phone",))


def _phone_after(tokens: list[Token], last: int) -> bool:
    words = [t.low for t in tokens[last + 1 : last + 6] if t.is_word]
    return any(tuple(words[k : k + len(p)]) == p for p in _PHONE_AFTER for k in range(len(words)))


def _after_card(chunks: tuple[Chunk, ...], lo: int) -> list[PiiSpan]:
    """What follows a card number in the same breath is its expiry ("oh nine twenty eight")
    and security code: the rest of the run, in groups of three to six digits."""
    rest = chunks[lo:]
    digits = "".join(c.digits for c in rest)
    if not 3 <= len(digits) <= 10:
        return []
    month = int(digits[:2]) if len(digits) >= 4 else int(digits[0])
    kind = (
        EntityType.CARD_EXPIRY
        if len(digits) in (4, 6) and 1 <= month <= 12
        else EntityType.CARD_SECURITY_CODE
    )
    if len(digits) > 6:
        kind = EntityType.CARD_EXPIRY  # expiry and code together: one span hides both
    return [PiiSpan(kind, rest[0].start, rest[-1].end)]


def _best(
    text: str,
    chunks: tuple[Chunk, ...],
    sizes: list[int],
    lo: int,
    ends: range | list[int],
    cues: list[Cue],
    plus: bool,
    *,
    lenient: bool = False,
) -> tuple[PiiSpan, int] | None:
    for hi in ends:
        n = sizes[hi] - sizes[lo]
        if n > MAX_DIGITS or n < 3:  # three: a security code
            continue
        digits = "".join(c.digits for c in chunks[lo:hi])
        start, end = chunks[lo].start, chunks[hi - 1].end
        kind = classify(digits, text[start:end], cues, plus, lenient=lenient)
        if kind is not None:
            return PiiSpan(kind, *_widen(text, kind, start, end, plus)), hi
    return None


def _widen(text: str, kind: EntityType, start: int, end: int, plus: bool) -> tuple[int, int]:
    """Phone numbers take their "+", "plus" and opening bracket along."""
    if kind is not EntityType.PHONE:
        return start, end
    if start > 0 and text[start - 1] == "(":
        start -= 1
    if plus:
        base = max(0, start - 6)
        head = text[base:start].rstrip()
        if head.endswith("+"):
            start = base + len(head) - 1
        elif head.lower().endswith("plus"):
            start = base + len(head) - 4
    return start, end
