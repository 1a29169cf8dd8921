"""What is left beside a hidden number that belongs to it.

The recogniser cuts a number read in groups where it likes: an IBAN's country letters and
check digits come out as "GP57 -BARC" before the account digits, its last group as "056"
after them, a card's first group as a lone "412," (ninth-dev: in each case the middle was
hidden as a phone or a card and the ends were left). Groups of digits and capital letters
joined to a hidden identifier by nothing but a space, a comma or a dash are its own groups:
the span grows over them. It stops at the first word, and never takes a group that a unit
follows ("…, 40 dollars") or that a word other than a filler opens ("order 4471, …").

An address goes on past the unit letter the recogniser wrote with a dash ("Apartment 2 -S")
to its city, state and ZIP; a ZIP hidden alone takes the city and state said before it.

A month and a day or year said right after a card number is its expiry ("3742 819 056 30147
November 28"): the card's own line, read in one breath, as payment forms ask for it."""

from __future__ import annotations

from callvault.intelligence.redaction.address import address_end, state_at
from callvault.intelligence.redaction.context import EXTENSION_WORDS
from callvault.intelligence.redaction.dates import MONTHS, ORDINAL_SUFFIXES, ORDINALS
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.tokens import Token, glued

_GROWS = frozenset(
    [
        EntityType.CARD_NUMBER,
        EntityType.BANK_ACCOUNT,
        EntityType.ROUTING_NUMBER,
        EntityType.SSN,
        EntityType.MEMBER_ID,
        EntityType.PHONE,
    ]
)
_GLUE = frozenset([",", "-"])
# Before the leftmost group taken: where a read-out starts ("It's GP57 …", "Uh, 412, …").
_OPENS = frozenset(
    ["is", "it's", "its", "i'm", "so", "uh", "um", "er", "and", "that's", "yes", "yeah", "okay",
     "ok", "right", "sure"]
)  # fmt: skip
_UNITS = frozenset(
    ["dollars", "dollar", "bucks", "cents", "pounds", "euros", "percent", "pm", "am", "minutes",
     "hours", "days", "weeks", "months", "years", "boxes", "items", "pieces", "units", "miles",
     "feet", "kilos", "o'clock"]
)  # fmt: skip


def _group(tokens: list[Token], k: int) -> bool:
    """A group of a number read out: digits, or capital letters written onto digits or
    after a dash ("GP57", "-BARC", "-B -O -F"); not a capitalised label ("IBAN", "SSN")."""
    t = tokens[k]
    if t.is_digits:
        return True
    if not (t.is_word and t.text.isascii() and t.text.isalpha() and t.text.isupper()):
        return False
    dashed = k > 0 and tokens[k - 1].text == "-"
    onto_digits = (k + 1 < len(tokens) and tokens[k + 1].is_digits and glued(t, tokens[k + 1])) or (
        k > 0 and tokens[k - 1].is_digits and glued(tokens[k - 1], t)
    )
    return len(t.text) <= 4 and (dashed or onto_digits)


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    return k < 0 or tokens[k].text in (".", "?", "!")


def grown(tokens: list[Token], spans: list[PiiSpan], *, expiry: bool = True) -> list[PiiSpan]:
    """Each identifier's span grown over the groups beside it, and (with `expiry`) a card's
    expiry after it."""
    if not spans:
        return spans
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    owner = _owners(tokens, spans)
    out: list[PiiSpan] = []
    for n, s in enumerate(spans):
        first, last = starts.get(s.start), ends.get(s.end)
        if s.type is EntityType.ADDRESS and first is not None and last is not None:
            lo = (
                places_before_zip(tokens, first)
                if first == last and _bare_zip(tokens, first)
                else first
            )
            out.append(PiiSpan(s.type, tokens[lo].start, tokens[address_end(tokens, last)].end))
            continue
        if s.type is EntityType.PERSON and first is not None and last is not None:
            out.append(PiiSpan(s.type, s.start, tokens[_name_piece(tokens, last)].end))
            continue
        if s.type is EntityType.DATE_OF_BIRTH and first is not None:
            out.append(PiiSpan(s.type, tokens[_day_before(tokens, first)].start, s.end))
            continue
        if s.type not in _GROWS or first is None or last is None:
            out.append(s)
            continue
        # Never into another span: "4111 1111 1111 1111 12 27" is a card and its expiry.
        others = _Others(owner, n)
        right = _right(tokens, last, others)
        if s.type is EntityType.PHONE:
            right = _extension(tokens, right, others)
        left = _month_before(tokens, _left(tokens, first, others), others)
        out.append(PiiSpan(s.type, tokens[left].start, tokens[right].end))
        if expiry and s.type is EntityType.CARD_NUMBER:
            out += _expiry_after(tokens, right)
    return _towns_between(tokens, out)


_TOWN_WORDS = 3
# Words that join two addresses rather than name a town between them.
_JOINING = frozenset(["and", "or", "to", "from", "near", "by", "then", "not", "at", "in", "the"])


def _town_word(t: Token) -> bool:
    """A town's word as heard: capitalised or not ("[ADDRESS], headingly [ADDRESS]",
    eleventh-dev), never a word that joins two places."""
    return t.is_word and t.low not in _JOINING


def _towns_between(tokens: list[Token], spans: list[PiiSpan]) -> list[PiiSpan]:
    """ "[ADDRESS], Manchester, [ADDRESS]": a town between the street and its postcode, both
    hidden, is part of the address (seventeenth-dev: the town was left between them). Only
    commas and at most three words between, none that joins two places ("… and …")."""
    out: list[PiiSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.type is s.type is EntityType.ADDRESS and prev.end <= s.start:
            between = [t for t in tokens if prev.end <= t.start and t.end <= s.start]
            words = [t for t in between if t.text != ","]
            if 0 < len(words) <= _TOWN_WORDS and all(_town_word(t) for t in words):
                out[-1] = PiiSpan(EntityType.ADDRESS, prev.start, s.end)
                continue
        out.append(s)
    return out


class _Others:
    """Tokens inside a span other than span n."""

    def __init__(self, owner: list[int | None], n: int) -> None:
        self.owner, self.n = owner, n

    def __contains__(self, k: int) -> bool:
        return self.owner[k] is not None and self.owner[k] != self.n


def _owners(tokens: list[Token], spans: list[PiiSpan]) -> list[int | None]:
    """The index of the span each token lies in (spans sorted and disjoint), or None."""
    owner: list[int | None] = [None] * len(tokens)
    n = 0
    for k, t in enumerate(tokens):
        while n < len(spans) and spans[n].end <= t.start:
            n += 1
        if n < len(spans) and spans[n].start < t.end:
            owner[k] = n
    return owner


def _month_before(tokens: list[Token], left: int, others: _Others) -> int:
    """A month said right before a number that starts with a day of the month: a date read
    on into the number ("July 9, 1968, 521 07…" was hidden from the 9 on and "July" left,
    eleventh-dev). "June 555 0134" starts with no day."""
    k = left - 1
    while k >= 0 and tokens[k].text in _GLUE:
        k -= 1
    day = tokens[left]
    if (
        k >= 0
        and k not in others
        and tokens[k].low in MONTHS
        and tokens[k].low != "may"  # the verb as often as the month
        and day.is_digits
        and len(day.text) <= 2
        and 1 <= int(day.text) <= 31
    ):
        return k
    return left


def _day_before(tokens: list[Token], first: int) -> int:
    """The day said before a hidden birth date that starts at its month: "The second on
    [August, 1938]" (eighteenth-dev: the recogniser wrote "of" as "on", and the day was
    left). Only an ordinal ("second", "2nd"), so "born 12 [May 1990]" keeps its own span."""
    if tokens[first].low not in MONTHS:
        return first
    k = first - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k >= 0 and tokens[k].low in ("of", "on"):
        k -= 1
    if k >= 0 and tokens[k].low in ORDINALS:
        day = k
    elif k >= 1 and tokens[k].low in ORDINAL_SUFFIXES and tokens[k - 1].is_digits:
        day = k - 1
    else:
        return first
    return day - 1 if day >= 1 and tokens[day - 1].low == "the" else day


def _glue(t: Token) -> bool:
    """What joins the groups of a number read out: a comma, a dash written or said."""
    return t.text in _GLUE or t.low in _SAID_DASH


_SAID_DASH = frozenset(["dash", "hyphen"])  # "T C dash 04193" (seventeenth-dev)


def _right(tokens: list[Token], last: int, others: _Others) -> int:
    k, taken = last + 1, last
    while k < len(tokens):
        if _glue(tokens[k]):
            k += 1
            continue
        if k in others or not _group(tokens, k):
            break
        nxt = k + 1
        while nxt < len(tokens) and tokens[nxt].text in _GLUE:
            nxt += 1
        if nxt < len(tokens) and tokens[nxt].low in _UNITS:
            break
        taken, k = k, k + 1
    return taken


def _name_piece(tokens: list[Token], last: int) -> int:
    """ "[Beto] -Celcedo", "[Min] -john": a word the recogniser glued to a dash right after a
    name is the rest of it (seventeenth-dev: the surname was left)."""
    k = last + 1
    if (
        k + 1 < len(tokens)
        and tokens[k].text == "-"
        and tokens[k].start == tokens[last].end + 1
        and glued(tokens[k], tokens[k + 1])
        and tokens[k + 1].is_word
        and len(tokens[k + 1].text) > 1
    ):
        return k + 1
    return last


_EXTENSION_DIGITS = 6
_BEFORE_EXTENSION = frozenset(["the", "and", "at"])


def _extension(tokens: list[Token], last: int, others: _Others) -> int:
    """ "[PHONE], extension 227": the extension of a person's line is part of it
    (sixteenth-dev: the extension was left beside the hidden number), also read back with
    an article ("[PHONE], the extension 227", sixteenth-dev again)."""
    k = last + 1
    if k < len(tokens) and tokens[k].text in _GLUE:  # ", extension", " -Extension"
        k += 1
    if k < len(tokens) and tokens[k].low in _BEFORE_EXTENSION:
        k += 1
    if k >= len(tokens) or tokens[k].low not in EXTENSION_WORDS:
        return last
    k += 1
    if k < len(tokens) and tokens[k].text == ".":
        k += 1
    taken, size = last, 0
    while k < len(tokens) and k not in others and tokens[k].is_digits:
        size += len(tokens[k].text)
        if size > _EXTENSION_DIGITS:
            return last
        taken, k = k, k + 1
    return taken


def _left(tokens: list[Token], first: int, others: _Others) -> int:
    k, taken = first - 1, first
    while k >= 0:
        if _glue(tokens[k]):
            k -= 1
            continue
        if k in others or not _group(tokens, k):
            break
        taken, k = k, k - 1
    if taken == first:
        return first
    opener = taken - 1
    if opener >= 0 and tokens[opener].text in _GLUE:
        opener -= 1  # "Uh, 412, …": the comma after the filler
    if _ends_sentence(tokens, opener) or tokens[opener].low in _OPENS:
        return taken
    if _letters(tokens[opener]) and (
        opener == 0 or tokens[opener - 1].text in _GLUE or _ends_sentence(tokens, opener - 1)
    ):
        # "please, GP -A 2 -B -A -R -C 2004…": an IBAN's country letters, heard apart from
        # its check digits, open the read-out (twelfth-dev: "GB…BARC" was left)
        return opener
    return first  # "order 4471, …": a group a word names is that word's number


def _letters(t: Token) -> bool:
    return (
        t.is_word
        and t.text.isascii()
        and t.text.isalpha()
        and t.text.isupper()
        and len(t.text) <= 2
    )


def _expiry_after(tokens: list[Token], last: int) -> list[PiiSpan]:
    k = last + 1
    while k < len(tokens) and tokens[k].text in _GLUE:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].low not in MONTHS:
        return []
    day_or_year = tokens[k + 1]
    if not (day_or_year.is_digits and len(day_or_year.text) in (1, 2, 4)):
        return []
    return [PiiSpan(EntityType.CARD_EXPIRY, tokens[k].start, day_or_year.end)]


_PLACE_WORDS = 3  # capitalised words in one comma group ("New York", "Rhode Island")


def _bare_zip(tokens: list[Token], k: int) -> bool:
    return tokens[k].is_digits and len(tokens[k].text) == 5


def places_before_zip(tokens: list[Token], first: int) -> int:
    """Where a ZIP said after its city and state starts to be the address: back over
    ", Kentucky," and "Lexington," when a state is among them (tenth-dev: the street was
    garbled past any rule and "Lexington, Kentucky" left beside the hidden ZIP)."""
    start, k, state = first, first - 1, False
    for _ in range(2):
        if k < 1 or tokens[k].text != ",":
            break
        j = k - 1
        while j >= 0 and k - 1 - j < _PLACE_WORDS and tokens[j].is_word and tokens[j].is_title:
            j -= 1
        if j == k - 1:
            break
        state = state or state_at(tokens, k - 1)
        start, k = j + 1, j
    return start if state else first
