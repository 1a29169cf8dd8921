"""Street addresses: a house number, a street name and a street type ("1600 Amphitheatre
Parkway", "221B Baker Street", "twelve thirty four Elm Street"), then optionally a unit
("Apt 5"), a city, a state and a ZIP code. The street type anchors the search; without a house
number in front of the name a street is only a place ("on Main Street"), not an address."""

from __future__ import annotations

import re

from callvault.intelligence.redaction.dates import CALENDAR
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import NumberRun, number_runs
from callvault.intelligence.redaction.tokens import Token, glued

_STREET_TYPES = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "court",
        "ct",
        "place",
        "pl",
        "parkway",
        "pkwy",
        "way",
        "terrace",
        "circle",
        "highway",
        "hwy",
        "square",
        "plaza",
        "crescent",
        "close",
        "trail",
        "alley",
        "row",
        # Other English-speaking countries' streets ("41 Ashville Grove", eleventh-dev).
        "grove",
        "gardens",
        "mews",
        "walk",
        "green",
        "hill",
        "rise",
        "vale",
        "park",
        "wharf",
        "quay",
    ]
)
# "department": how the recogniser hears "apartment" after a street (sixteenth-dev).
_UNITS = frozenset(
    ["apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "#", "department"]
)
# A unit said on its own, as the recogniser spells it ("Appartement 302", "Appartment").
_UNIT_WORDS = frozenset(["apartment", "apt", "suite", "appartement", "appartment", "apartement"])
_STATES = {
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
    "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
    "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
    "va", "wa", "wv", "wi", "wy", "dc", "alabama", "alaska", "arizona", "arkansas",
    "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
    "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
}  # fmt: skip
# Two-word states start with one of these ("New York", "North Carolina", "West Virginia").
_STATE_FIRST = frozenset({"new", "north", "south", "west", "rhode"})
# Words that cannot be part of a street name: the name is read backwards until one of them.
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "at",
        "in",
        "to",
        "my",
        "is",
        "of",
        "and",
        "or",
        "from",
        "live",
        "lives",
        "living",
        "i",
        "we",
        "our",
        "your",
        "his",
        "her",
        "their",
        "it's",
        "its",
        "address",
        "street",
        "avenue",
        "road",
        "move",
        "moved",
        "moving",
        "near",
        "off",
        "by",
        "for",
        "with",
        "that",
        "this",
        # "I paid 40 dollars Court fees": an amount's unit is no street name
        "dollars",
        "euros",
        "pounds",
        "bucks",
        "cents",
        "percent",
    ]
)
_MAX_NAME_WORDS = 3
# Words said between a street and its ZIP code.
_BEFORE_ZIP = frozenset(["so", "and", "uh", "um", "er", "zip"])
_MAX_HOUSE_DIGITS = 6


def addresses(tokens: list[Token], runs: list[NumberRun]) -> list[PiiSpan]:
    ends = {r.last: r for r in runs}  # a house number is a run ending right before the name
    starts = {r.first: r for r in runs}  # a ZIP code is a run starting after the state
    out: list[PiiSpan] = units(tokens, starts)
    out += unit_streets(tokens, ends, starts)
    out += po_boxes(tokens, starts)
    for k, t in enumerate(tokens):
        if t.low not in _STREET_TYPES or k == 0:
            continue
        if t.low in ("st", "dr") and k + 1 < len(tokens) and tokens[k + 1].is_title:
            continue  # "St Louis", "Dr Smith"
        start = _house_start(tokens, k, ends)
        if start is None:
            start = _nameless_street(tokens, k, ends)
        if start is None or _not_a_house(tokens, start, k):
            continue
        end = _tail(tokens, k, starts)
        out.append(PiiSpan(EntityType.ADDRESS, tokens[start].start, tokens[end].end))
    return out


# Street types that are everyday words ("$18 each way", "in 2 places", "the 3 court
# dates"): a street is named with capitals ("Maple Way", "Pell Close"), so these need one.
_COMMON_TYPES = frozenset(
    ["way", "place", "pl", "court", "close", "row", "square", "circle", "trail", "drive", "plaza",
     "walk", "green", "hill", "rise", "park", "vale"]
)  # fmt: skip
_CURRENCY = frozenset(["$", "€", "£"])


def _not_a_house(tokens: list[Token], start: int, k: int) -> bool:
    """An amount is no house number ("the taxi is $18 each way"), and an everyday word in
    lower case after the number is no street (eighth-dev: the fare was hidden as an address)."""
    if start > 0 and tokens[start - 1].text in _CURRENCY:
        return True
    return tokens[k].low in _COMMON_TYPES and not (tokens[k].is_title or tokens[k - 1].is_title)


def _house_start(tokens: list[Token], k: int, ends: dict[int, NumberRun]) -> int | None:
    """First token of the house number before the street name ending at token k-1."""
    j, words = k - 1, 0
    while j >= 0 and words <= _MAX_NAME_WORDS:  # the house number after three words
        t = tokens[j]
        run = ends.get(j)
        if run is not None and words > 0:
            return _house_number(tokens, run)
        if t.is_digits and j + 1 < k and glued(t, tokens[j + 1]):  # "5th Avenue"
            j -= 1
            words += 1
            continue
        if t.is_digits and words > 0:
            return j
        # "427, Maple Avenue": a comma between the house number and the name; a recogniser
        # that heard a pause there writes a full stop ("It's 27. Maple Avenue.").
        if t.text in (",", ".") and words > 0 and j > 0 and (j - 1) in ends:
            return _house_number(tokens, ends[j - 1])
        # "33 15 West, Devon Avenue": the pause after the direction that follows the house
        # number (seventeenth-dev; not "5 miles west, Main Street")
        after_direction = j > 1 and tokens[j - 1].low in _DIRECTIONS and (j - 2) in ends
        if t.text == "," and words > 0 and after_direction:
            return _house_number(tokens, ends[j - 2])
        # "427-Maple Avenue": a recogniser joined the number to the name with a hyphen;
        # "14 18 -TELF Street": it marked the name's sounds as spelled (eighth-dev).
        if t.text == "-" and words > 0 and (j - 1) in ends:
            return _house_number(tokens, ends[j - 1])
        # "1240 Rift U -Court": the same mark before a word inside the name (twenty-first-dev:
        # a read-back left whole); it is no word of its own
        if t.text == "-" and glued(t, tokens[j + 1]) and j > 0 and tokens[j - 1].is_title:
            j -= 1
            continue
        # "4211 North K.D. Avenue": a recogniser writes a name it heard as letters with
        # dots (fourteenth-dev: the whole address was left); the initials are one word.
        if t.text == "." and _initial(tokens, j - 1):
            if not _initial(tokens, j + 1):
                words += 1  # the group's last initial: the group counts once
            j -= 2
            continue
        if not t.is_word or t.low in _NOT_NAME:
            return None
        # "221B": a single letter glued to the house number.
        if len(t.text) == 1 and j > 0 and tokens[j - 1].is_digits and glued(tokens[j - 1], t):
            run = ends.get(j - 1)
            return _house_number(tokens, run) if run else j - 1
        j -= 1
        words += 1
    return None


# Units that close a street whose type was not said or not heard, and, after a direction
# word, "number" ("1240 West Olive, number 204").
_CLOSING_UNITS = frozenset(["apt", "apartment", "suite", "unit", "flat", "#", "number"])
_DIRECTIONS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)


def unit_streets(
    tokens: list[Token], ends: dict[int, NumberRun], starts: dict[int, NumberRun]
) -> list[PiiSpan]:
    """ "415 Via Del Mar, building C, unit 112", "1240 West Olive, number 204": a house
    number and a street named without its type (sixteenth-dev: both were left whole), which
    the unit said after a comma marks as an address. The name needs a capital; a unit after
    an amount ("$415 Del Mar, unit 2") is no address."""
    out: list[PiiSpan] = []
    for k, t in enumerate(tokens):
        if k < 3 or tokens[k - 1].text != "," or t.low not in _CLOSING_UNITS:
            continue
        u = k + 1
        if u < len(tokens) and (tokens[u].text in (".", "#") or tokens[u].low == "number"):
            u += 1
        if u >= len(tokens) or not (_unit_value(tokens[u]) or u in starts):
            continue
        comma = k - 1
        # "…, building C, unit 112": a building said between the street and its unit
        if comma >= 3 and tokens[comma - 2].low == "building" and tokens[comma - 3].text == ",":
            comma -= 3
        start = _house_start(tokens, comma, ends)
        if start is None or _not_a_house(tokens, start, comma):
            continue
        name = tokens[start:comma]
        if not any(w.is_word and w.is_title for w in name):
            continue
        if t.low == "number" and not any(w.low in _DIRECTIONS for w in name):
            continue
        end = _unit_letter(tokens, starts[u].last if u in starts else u)
        out.append(PiiSpan(EntityType.ADDRESS, tokens[start].start, tokens[end].end))
    return out


def po_boxes(tokens: list[Token], starts: dict[int, NumberRun]) -> list[PiiSpan]:
    """ "PO Box 4401", "P.O. Box 12", "P O Box 44 01", "post office box 9": a mailing
    address (sixteenth-dev: its number was hidden as a card's expiry and "PO Box" left).
    The city, state and ZIP after it join it where the address grows."""
    out: list[PiiSpan] = []
    for k, t in enumerate(tokens):
        if t.low != "box" or k + 1 >= len(tokens) or k + 1 not in starts:
            continue
        before = [w.low for w in tokens[max(0, k - 4) : k] if w.text != "."]
        if before[-1:] == ["po"]:
            first = k - 1
        elif before[-2:] == ["p", "o"] or before[-2:] == ["post", "office"]:
            first = next(j for j in range(k - 1, -1, -1) if tokens[j].low in ("p", "post"))
        else:
            continue
        out.append(PiiSpan(EntityType.ADDRESS, tokens[first].start, tokens[starts[k + 1].last].end))
    return out


def _nameless_street(tokens: list[Token], k: int, ends: dict[int, NumberRun]) -> int | None:
    """ "111119 Street Northwest": a house number run into a numbered street's name
    ("Eleven eleven Nineteenth Street", sixteenth-dev), then the capitalised street type
    and the quarter of the city. A number before "Street" alone is no address ("3
    Street signs"); the quarter after it says it is one."""
    run = ends.get(k - 1)
    if run is None or not 3 <= len(run.digits) <= _MAX_HOUSE_DIGITS + 2:
        return None
    if not tokens[k].is_title or tokens[k].low in _COMMON_TYPES:
        return None
    after = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ",")
    if after >= len(tokens) or tokens[after].low not in _DIRECTIONS | _QUARTERS:
        return None
    return _house_number(tokens, run)


# The quarters of a city as written after a street ("Street NW"), besides _DIRECTIONS.
_QUARTERS = frozenset(["nw", "ne", "sw", "se"])


def _initial(tokens: list[Token], j: int) -> bool:
    """Token j is a capital letter glued to a full stop after it ("K." in "K.D.")."""
    return (
        0 <= j < len(tokens) - 1
        and tokens[j].is_letter
        and tokens[j].text.isupper()
        and tokens[j + 1].text == "."
        and glued(tokens[j], tokens[j + 1])
    )


def _house_number(tokens: list[Token], run: NumberRun) -> int:
    """The run's last chunks, up to a house number's length (a phone number may precede),
    never across a sentence's end: in "I start work at 830. 51 Birchwood Court" (two
    utterances scanned joined) the house number is 51."""
    size, first = 0, run.chunks[-1].first
    for c, after in zip(reversed(run.chunks), [None, *reversed(run.chunks)], strict=False):
        if after is not None and _sentence_end_between(tokens, c.last, after.first):
            break
        size += len(c.digits)
        if size > _MAX_HOUSE_DIGITS:
            break
        first = c.first
    return first


def _sentence_end_between(tokens: list[Token], last: int, first: int) -> bool:
    """A full stop, question or exclamation mark with a space after it between two chunks
    ("830. 51"), not one inside a written number ("503.555.0291")."""
    return any(
        tokens[k].text in (".", "?", "!") and not glued(tokens[k], tokens[k + 1])
        for k in range(last + 1, first)
    )


def units(tokens: list[Token], starts: dict[int, NumberRun]) -> list[PiiSpan]:
    """ "apartment 4B", "apt. twelve", "suite 200" on their own: where someone lives, even
    when the street was said in another breath. ("unit", "floor" and "room" alone are too
    common in other senses.)"""
    out: list[PiiSpan] = []
    for k, t in enumerate(tokens):
        unit = t.low in _UNIT_WORDS or _unit_of_a_place(tokens, k, starts)
        if not unit or _named_room(tokens, k):
            continue
        u = k + 1
        # "apartment 206", "apt. 4", "suite #3", "apartment number 12", "apartment, 206"
        if u < len(tokens) and (tokens[u].text in (".", "#", ",") or tokens[u].low == "number"):
            u += 1
        if u >= len(tokens) or not (_unit_value(tokens[u]) or u in starts):
            continue
        if t.low in _PLACE_UNITS:
            end = _number_end(tokens, u, starts)  # "Flat 3, 27 …": the flat is 3
        else:
            end = starts[u].last if u in starts else u
        if end + 1 < len(tokens) and tokens[end + 1].is_letter and tokens[end + 1].is_title:
            end += 1  # "4B", "four B"
        if t.low in _PLACE_UNITS:
            end = _place_end(tokens, end + 2, starts)  # after the comma: "Unit 9, Bellbrook"
        end = _unit_zip(tokens, end, starts)
        out.append(PiiSpan(EntityType.ADDRESS, t.start, tokens[end].end))
    return out


# "unit" and "flat" alone are too common ("one unit", "a flat fee"): with their number,
# a comma and then a place they are where someone lives or works.
_PLACE_UNITS = frozenset(["unit", "flat"])


def _unit_of_a_place(tokens: list[Token], k: int, starts: dict[int, NumberRun]) -> bool:
    """ "Unit 9, Bellbrook" (ninth-dev), "Flat 3, 27 Narloros" (a house number and a street
    whose type the recogniser lost, twelfth-dev): the unit word with its number, a comma,
    then a capitalised name or a house number and a capitalised name."""
    if tokens[k].low not in _PLACE_UNITS or k + 3 >= len(tokens):
        return False
    value = tokens[k + 1]
    end = _number_end(tokens, k + 1, starts)
    if not (_unit_value(value) or k + 1 in starts) or end + 2 >= len(tokens):
        return False
    if tokens[end + 1].text != ",":
        return False
    house = _past_house(tokens, end + 2, starts)
    # With a house number only as a name ("Flat 3, 27 ..."): "a flat 30, 40 Pounds" is a fee.
    return _place_name(tokens, house) and (house == end + 2 or tokens[k].is_title)


def _number_end(tokens: list[Token], u: int, starts: dict[int, NumberRun]) -> int:
    """Last token of the unit's number at u: a number run read across the comma after it
    ("Flat 3, 27 Narloros" is read as one run 3, 27) ends at that comma."""
    run = starts.get(u)
    if run is None:
        return u
    for c in run.chunks[:-1]:
        if tokens[c.last + 1].text == ",":
            return c.last
    return run.last


def _past_house(tokens: list[Token], p: int, starts: dict[int, NumberRun]) -> int:
    """The token after a house number at p (p itself when there is none)."""
    if p in starts:
        return starts[p].last + 1
    return p + 1 if p < len(tokens) and tokens[p].is_digits else p


def _place_name(tokens: list[Token], p: int) -> bool:
    if p >= len(tokens):
        return False
    place = tokens[p]
    return place.is_word and place.is_title and len(place.text) > 2 and place.low not in CALENDAR


def _place_end(tokens: list[Token], p: int, starts: dict[int, NumberRun]) -> int:
    """Last token of the place after a unit's comma: its capitalised name ("Unit 9,
    Bellbrook"), or a house number, its name and up to two more capitalised words after
    commas (street and town as heard: "Flat 3, 27 NARLOROS, LEAST")."""
    house = _past_house(tokens, p, starts)
    most = 1 if house == p else 3
    end = p = house
    words = 0
    while p < len(tokens) and words < most:
        if _place_name(tokens, p):
            end, words = p, words + 1
            p += 1
        elif tokens[p].text == "," and words:
            p += 1
        else:
            break
    return end


def _named_room(tokens: list[Token], k: int) -> bool:
    """ "the Garden Suite 80", "our Family Suite": a suite with a capitalised name is a room
    a hotel or kennel sells (the number after it its price), not where someone lives."""
    return (
        tokens[k].low == "suite"
        and k > 1
        and tokens[k - 1].is_word
        and tokens[k - 1].is_title
        and tokens[k - 2].text not in (".", "?", "!")
    )


def _unit_zip(tokens: list[Token], end: int, starts: dict[int, NumberRun]) -> int:
    """The ZIP code said right after a unit that ends in a letter ("apartment 4B, 60614"): a
    unit in digits already runs on into the digits after its comma."""
    z = _comma(tokens, end + 1)
    if z == end + 1:
        return end  # no comma: "apartment 5 2 bedrooms" is no ZIP
    zip_end = _zip_end(tokens, z, starts)
    return end if zip_end is None else zip_end


def _zip_end(tokens: list[Token], z: int, starts: dict[int, NumberRun]) -> int | None:
    """Last token of a ZIP code at z: five (or nine) digits, written or spoken."""
    if z >= len(tokens):
        return None
    run = starts.get(z)
    if run is not None and len(run.digits) in (5, 9):
        return run.last
    if tokens[z].is_digits and len(tokens[z].text) == 5:
        return z
    return None


def _tail(tokens: list[Token], k: int, starts: dict[int, NumberRun]) -> int:
    """Last token of the address: unit, city, state and ZIP when they follow the street."""
    n, end = len(tokens), k
    j = k + 1
    if j < n and tokens[j].text == "." and glued(tokens[k], tokens[j]):
        j += 1
    # "Street Northwest", "Avenue, NW": the city's quarter is part of the street (not
    # after a full stop that ends the sentence: "…Main Street. North of here…")
    q = _comma(tokens, j)
    abbreviated = j == k + 1 or len(tokens[k].text) <= 4
    if q < n and abbreviated and tokens[q].is_title and tokens[q].low in _DIRECTIONS | _QUARTERS:
        end, j = q, q + 1
    j = _comma(tokens, j)
    if j < n and tokens[j].low in _UNITS:
        u = j + 1
        if u < n and (tokens[u].text in (".", "#") or tokens[u].low == "number"):
            u += 1
        if u < n and (_unit_value(tokens[u]) or u in starts):
            end = starts[u].last if u in starts else u  # "four oh two"
            end = _unit_letter(tokens, end)  # "5B", "four B", "2 -S"
            j = _comma(tokens, end + 1)
    elif j > end + 1 and _bare_unit(tokens, j, starts):
        # "…19th Street, Northwest, 3, 6, 50," ("suite six fifty" with its word lost,
        # sixteenth-dev: the digits were left, and the ZIP said next was taken for their rest)
        end = starts[j].last
        j = _comma(tokens, end + 1)
    # A ZIP code right after the street or unit ("215 Birch Lane 60614"), or after one
    # filler word ("2250 Mill Road so 05672", thirteenth-dev: the ZIP was left).
    zip_end = _zip_end(tokens, j, starts)
    if zip_end is None and j < n and tokens[j].low in _BEFORE_ZIP:
        zip_end = _zip_end(tokens, _comma(tokens, j + 1), starts)
    if zip_end is not None:
        return zip_end
    # City: capitalised words, then a state and/or ZIP; without those the city is not taken.
    c = j
    while c < n and c - j < 3 and tokens[c].is_word and tokens[c].is_title:
        if tokens[c].low in _STATES and c > j:
            break
        c += 1
    s = _comma(tokens, c)
    state_end = _state(tokens, s) if c > j else None
    if state_end is not None:
        end = state_end
        zip_end = _zip_end(tokens, _comma(tokens, state_end + 1), starts)
        if zip_end is not None:
            end = zip_end
    elif c > j and (zip_end := _zip_end(tokens, s, starts)) is not None:
        end = zip_end
    return end


_SPOKEN_SMALL = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
)


def _unit_letter(tokens: list[Token], end: int) -> int:
    """Past a unit's letter: "5B", "four B", or "2 -S" as the recogniser writes it with a
    dash (tenth-dev: the city and ZIP after it were left)."""
    n = len(tokens)
    if end + 1 < n and tokens[end + 1].is_letter and tokens[end + 1].is_title:
        return end + 1
    if end + 2 < n and tokens[end + 1].text == "-" and tokens[end + 2].is_letter:
        return end + 2 if tokens[end + 2].is_title else end
    return end


_BARE_UNIT_DIGITS = 4


def _bare_unit(tokens: list[Token], j: int, starts: dict[int, NumberRun]) -> bool:
    """A number of at most four digits after the street and a comma, closing the utterance
    or followed by a comma: a flat or suite whose word was lost (not "…, 45 minutes away")."""
    run = starts.get(j)
    if run is None or not 1 <= len(run.digits) <= _BARE_UNIT_DIGITS:
        return False
    after = run.last + 1
    return after >= len(tokens) or tokens[after].text in (",", ".")


def address_end(tokens: list[Token], last: int) -> int:
    """Where an address whose span ends at token `last` ends in the words after it: its
    unit's letter, then city, state and ZIP when they follow (`_tail`)."""
    starts = {r.first: r for r in number_runs(tokens)}
    return _tail(tokens, _unit_letter(tokens, last), starts)


def state_at(tokens: list[Token], s: int) -> bool:
    """Whether token s is a state's name (or its capitalised abbreviation)."""
    return _state(tokens, s) == s or (s > 0 and _state(tokens, s - 1) == s)


def _unit_value(t: Token) -> bool:
    return t.is_digits or (t.is_word and len(t.text) == 1) or t.low in _SPOKEN_SMALL


def _comma(tokens: list[Token], j: int) -> int:
    return j + 1 if j < len(tokens) and tokens[j].text == "," else j


def _state(tokens: list[Token], s: int) -> int | None:
    if s >= len(tokens):
        return None
    t = tokens[s]
    if t.low in _STATE_FIRST and s + 1 < len(tokens) and tokens[s + 1].is_title:
        return s + 1
    if t.low in _STATES and (len(t.text) > 2 or t.text.isupper()):
        return s
    return None


# A UK postcode as written or heard ("LS6 2QF", "LS6 -2QS", "SW1A 1AA", "LX6, 4QC"): an
# outward code (one or two letters, a digit, an optional letter or digit), then a digit and
# two letters.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?,? ?-?\d[A-Z]{2}\b")


# An Irish Eircode ("D06 X4K7", "T12 K7F9"; heard "DO6X4K7", the zero as a letter O): a
# routing key (a letter of the Eircode set and two digits, or D6W), then four characters of
# the set with a letter and a digit among them, which order numbers and flights lack.
_EIRCODE = re.compile(
    r"\b(?:[AC-FHKNPRTV-Y][\dO]\d|[AC-FHKNPRTV-Y]\d[\dO]|D6W) ?-?([\dAC-FHKNPRTV-Y]{4})\b"
)


def postcodes(text: str) -> list[PiiSpan]:
    """UK postcodes and Irish Eircodes anywhere: the shape alone says what they are."""
    found = [PiiSpan(EntityType.ADDRESS, m.start(), m.end()) for m in _POSTCODE.finditer(text)]
    return found + [
        PiiSpan(EntityType.ADDRESS, m.start(), m.end())
        for m in _EIRCODE.finditer(text)
        if any(c.isdigit() for c in m[1]) and any(c.isalpha() for c in m[1])
    ]
