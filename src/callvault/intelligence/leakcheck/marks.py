"""What a listener would count as personal data in a stretch of words, without knowing what
kind it is: three or more digits in a row (written or spoken, "4 1 1", "four eleven",
"double five"), anything that looks like an e-mail address, a name from a given list, and
three or more letters spelled one by one.

Digits are counted generously (a tens word is two digits, "hundred" two more); a run may
skip one filler word ("uh", "and", "dash"). A number people need to keep (`kept`) is marked
as such and noted, not counted."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from callvault.intelligence.leakcheck.census import NOT_PEOPLE, census_given_name, census_name
from callvault.intelligence.leakcheck.kept import to_keep
from callvault.intelligence.leakcheck.mark import FILLER, Mark
from callvault.intelligence.leakcheck.words import Heard
from callvault.intelligence.numbering import toll_free
from callvault.intelligence.wordcounts import rarer_than

_UNIT = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TEEN = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
_TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6",
    "seventy": "7", "eighty": "8", "ninety": "9",
}  # fmt: skip
# "oh" and "o" count only next to other numbers: alone they are a word and a letter.
_WEAK = frozenset({"oh", "o"})
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_SPOKEN_DOMAIN = frozenset({"com", "net", "org", "edu", "gov", "io", "co", "uk", "us"})
MIN_DIGITS = 3


_DAYTIME = re.compile(r"\d+(a\.?m|p\.?m)\.?")  # "4am", "10pm": a time, not part of a number
_MIXED = re.compile(r"(?=.*\d)(?=.*[a-z])[a-z\d]+")


def _digits_of(word: str) -> str | None:
    """The digits a word stands for ("4-1-1" -> "411", "forty" -> "40", "twenty-eight" ->
    "28"), or None when it is not a number. A word of letters and digits gives its digits
    ("i3m104" -> "3104"): a recogniser that cannot place spelled letters between digits
    ("D E eight nine...") writes such words, and the digits in them are still there."""
    out = ""
    tens = False
    for p in (p for p in re.split(r"[-,.:]", word) if p):
        if p.isdigit():
            out, tens = out + p, False
        elif p in _UNIT:
            out = out[:-1] + _UNIT[p] if tens and p not in _WEAK else out + _UNIT[p]
            tens = False
        elif p in _TEEN:
            out, tens = out + _TEEN[p], False
        elif p in _TENS:
            out, tens = out + _TENS[p] + "0", True
        elif _MIXED.fullmatch(p) and not _DAYTIME.fullmatch(p):
            out, tens = out + "".join(c for c in p if c.isdigit()), False
        elif p in ("hundred", "thousand"):
            out, tens = out + ("00" if p == "hundred" else "000"), False
        else:
            return None
    return out or None


def digit_runs(words: Sequence[Heard]) -> list[Mark]:
    out: list[Mark] = []
    run: list[Heard] = []
    digits = ""
    tens = False  # the last word was a tens word: a unit after it replaces its zero
    repeat = 1  # "double five", "triple oh"
    gap = False  # one filler word already skipped inside the run

    def close() -> None:
        nonlocal run, digits
        if len(digits) >= MIN_DIGITS:
            kept = to_keep(words, run) or toll_free(digits)  # a business's line
            out.append(Mark("digits", tuple(run), digits, kept))
        run, digits = [], ""

    for k, w in enumerate(words):
        low = w.low
        nxt = words[k + 1].low if k + 1 < len(words) else ""
        if low in ("double", "triple") and (_digits_of(nxt) or "  ")[:1].isdigit():
            repeat = 2 if low == "double" else 3
            run.append(w)
            continue
        got = _digits_of(low) if low else None
        if got is not None and low in _WEAK and not _next_to_number(words, k):
            got = None
        if got is not None:
            if tens and len(got) == 1 and got != "0":
                digits = digits[:-1] + got  # "forty one" is 41
            else:
                digits += got * repeat
            tens, repeat, gap = low in _TENS, 1, False
            run.append(w)
        elif run and low in FILLER and not gap:
            gap, tens = True, False
        else:
            close()
            tens, repeat, gap = False, 1, False
    close()
    return out


def _next_to_number(words: Sequence[Heard], k: int) -> bool:
    for j in (k - 1, k + 1):
        if 0 <= j < len(words):
            d = _digits_of(words[j].low)
            if d is not None and words[j].low not in _WEAK:
                return True
    return False


_DIGITS_AT_A_DOMAIN = re.compile(r"\.?[A-Za-z]*\d+[A-Za-z]*\.(?:com|net|org|co\.uk|ie|io)\.?")
# "Zofi.wa.wa.pa.mail.com": the "@" heard as one more dot; a web site has three labels at
# most ("www.shop.com"), this has four or more.
_MANY_DOTS = re.compile(r"(?:[A-Za-z0-9-]+\.){3,}(?:com|net|org|co\.uk|ie|io)\.?")


# "NNIK [CARD_EXPIRY] .com", "h[CARD_EXPIRY].com": part of an address hidden as something
# else, the letters before it left (eighth-dev: "Annika…" readable). As one word or three.
_LEFT_OF_HIDDEN = re.compile(r"[\w.+-]+\[[A-Z_]+\][\w.-]*\.(?:com|net|org|co\.uk|ie|io)\.?")


# "Bessi North Country Realtor.com, that's [PERSON]", "I'll email you… a notvermenti
# -cloud.com" (thirteenth-dev): the "@" lost and the address read as a web site. A site is
# said on calls too, so only with an e-mail spoken of just before or something hidden beside.
_A_DOMAIN = re.compile(r"-?[A-Za-z][\w-]*\.(?:com|net|org|co\.uk|ie|io)\.?")
_EMAIL_WORDS = frozenset({"email", "e-mail", "emailed", "emailing", "address"})
EMAIL_SAID_MS = 8000  # how long before a domain "email" may have named it as an address
HIDDEN_WITHIN = 3  # words either side of a domain where a redaction marks it as an address


def _domain(words: Sequence[Heard], k: int, n: int, others: Sequence[Heard]) -> bool:
    """The `n` words from `k`, as one, are an e-mail address or what is left of one."""
    glued = "".join(x.text for x in words[k : k + n]).strip()
    bare = glued.strip(",;!?")
    return bool(
        _EMAIL.search(glued)
        or _DIGITS_AT_A_DOMAIN.fullmatch(bare)
        or _MANY_DOTS.fullmatch(bare)
        or _LEFT_OF_HIDDEN.fullmatch(bare)
        or (_A_DOMAIN.fullmatch(bare) and _an_address_site(words, k, n, others))
    )


def _glued(words: Sequence[Heard], k: int) -> int:
    """How many words from `k` the recogniser wrote as one: each next word starting with a dot
    (".91xmail", ".com,"; "Robby", ".co", ".harny7g7xmail", ".com," for "ravi dot kulkarni
    seventy-seven at gmail dot com", twentieth-dev)."""
    n = 1
    while k + n < len(words) and words[k + n].text.startswith("."):
        n += 1
    return n


def _an_address_site(
    words: Sequence[Heard], k: int, n: int = 1, others: Sequence[Heard] = ()
) -> bool:
    """The `n` words from `k` are a domain said as an e-mail address's: "email" said just
    before, by the speaker or by the other party asking for it ("And the email for the
    label?" - "MBI SSER62S mail.com", fifteenth-dev), or something hidden beside it."""
    said = [x for x in words[:k] if words[k].start_ms - x.end_ms <= EMAIL_SAID_MS]
    said += [x for x in others if 0 <= words[k].start_ms - x.end_ms <= EMAIL_SAID_MS]
    beside = words[max(0, k - HIDDEN_WITHIN) : k + n + HIDDEN_WITHIN]
    return any(x.low in _EMAIL_WORDS for x in said) or any(_HIDDEN.match(x.text) for x in beside)


def emails(words: Sequence[Heard], others: Sequence[Heard] = ()) -> list[Mark]:
    """Written ("a.b@c.com") and spoken ("john at gmail dot com") e-mail addresses; `others`:
    the other parties' words, whose asking for an e-mail makes a bare domain one."""
    out: list[Mark] = []
    taken = 0  # words up to here are in a domain already marked
    for k, w in enumerate(words):
        if k < taken:
            continue
        n = next(
            (n for n in dict.fromkeys((_glued(words, k), 1)) if _domain(words, k, n, others)), 0
        )
        if n:
            # "m97xmail.com", ".91xmail.com": the "@" and "gmail" lost, a person's digits left
            span = tuple(words[k : k + n])
            out.append(Mark("email", span, "".join(x.low for x in span)))
            taken = k + n
            continue
        if (
            k + 2 < len(words)
            and _spelled_or_coded(w.text)
            and _LEFT_OF_HIDDEN.fullmatch(
                w.text + words[k + 1].text + words[k + 2].text.strip(",;!?")
            )
        ):
            out.append(Mark("email", tuple(words[k : k + 3]), w.low))
            continue
        if _mailbox_without_at(words, k):
            span = tuple(words[max(0, k - 3) : k + 3])
            out.append(Mark("email", span, " ".join(x.low for x in span)))
            continue
        # "<something> at <domain> dot <tld>"
        if w.low == "at" and k > 0 and k + 3 < len(words) + 1:
            tail = [x.low for x in words[k + 1 : k + 6]]
            if "dot" in tail[1:] and any(t in _SPOKEN_DOMAIN for t in tail):
                end = k + 1 + max(i for i, t in enumerate(tail) if t in _SPOKEN_DOMAIN)
                span = tuple(words[k - 1 : end + 1])
                out.append(Mark("email", span, " ".join(x.low for x in span)))
            elif any(
                "." in x.text and x.low.split(".")[-1] in _SPOKEN_DOMAIN
                for x in words[k + 1 : k + 2]
            ):
                span = tuple(words[k - 1 : k + 2])
                out.append(Mark("email", span, " ".join(x.low for x in span)))
    return out


# Where people keep their mailboxes; as a word before "dot com" with a mailbox-like word before it
# (a digit, a letter, "dot"), the "at" was lost: "bay dot 1 9x mail dot com" (sixteenth-dev).
# The check's own list: it shares none with the redaction (`emails.MAIL_PROVIDERS`).
_PROVIDERS = frozenset(
    ["gmail", "hotmail", "yahoo", "outlook", "icloud", "aol", "proton", "protonmail", "mail",
     "live", "btinternet", "comcast", "gmx"]
)  # fmt: skip


def _mailbox_without_at(words: Sequence[Heard], k: int) -> bool:
    tail = [x.low for x in words[k : k + 3]]
    if len(tail) < 3 or tail[0] not in _PROVIDERS or tail[1] != "dot":
        return False
    if tail[2] not in _SPOKEN_DOMAIN or k == 0 or words[k - 1].low in ("at", "@"):
        return False
    before = [x.low for x in words[max(0, k - 3) : k]]
    return any(b in ("dot", "underscore") or any(c.isdigit() for c in b) for b in before) or (
        len(before[-1]) == 1 and before[-1].isalpha()
    )


def _spelled_or_coded(text: str) -> bool:
    """A letter, capitals or digits: what is left of an address, not a word before it ("my
    email is [EMAIL].com" leaves nothing)."""
    return len(text) == 1 or text.isupper() or any(ch.isdigit() for ch in text)


def _close_to(word: str, parts: set[str]) -> bool:
    """A misspelling of a listed name ("Mario" for Maria): same first letter, four letters or
    more, and most letters in common."""
    return len(word) >= 4 and any(
        p[0] == word[0] and len(p) >= 4 and SequenceMatcher(None, word, p).ratio() >= 0.75
        for p in parts
    )


# How near (ms) a hidden name makes a listed name's sound-alike the same name left.
NEAR_HIDDEN_MS = 5000


def names(
    words: Sequence[Heard], people: Sequence[str], ours: frozenset[str] = frozenset()
) -> list[Mark]:
    """A listed person's full name (any case), or one word of it (or a near spelling), or a
    name in the Census files (`census`: people named in passing, whom no list of the
    call's knows) or a word English hardly uses (`_unlisted`: names no list holds) written
    as a name: capitalised, three letters or more, not the first word after a pause or full
    stop. `ours`: the workspace's own words (its dictionary, lower case), never a name on
    rarity alone: a company's or a product's name is as rare as a person's."""
    full: dict[str, list[tuple[str, ...]]] = {}
    single: set[str] = set()
    for person in people:
        parts = tuple(p for p in person.lower().split() if p)
        if not parts:
            continue
        full.setdefault(parts[0], []).append(parts)
        single.update(p for p in parts if len(p) >= 3)
    out: list[Mark] = []
    # Where this speaker's words had a name hidden: a listed name's sound-alike a few seconds
    # from it is the same person's name left ("Mailing 2." / "That's [PERSON], one word.",
    # tenth-dev), even opening a sentence.
    hidden = [x.start_ms for x in words if x.text.startswith("[PERSON]")]
    k = 0
    while k < len(words):
        w = words[k]
        hit = next(
            (
                p
                for p in sorted(full.get(w.low, ()), key=len, reverse=True)
                if len(p) > 1 and tuple(x.low for x in words[k : k + len(p)]) == p
            ),
            None,
        )
        if hit is not None:
            out.append(Mark("name", tuple(words[k : k + len(hit)]), " ".join(hit)))
            k += len(hit)
            continue
        heard_as = _listed_sound_alike(words, k, single)
        if heard_as:
            out.append(Mark("name", tuple(words[k : k + heard_as]), w.low))
            k += heard_as
            continue
        starts_sentence = k == 0 or words[k - 1].text.endswith((".", "?", "!"))
        # A weekday or a month is never a listed name misheard ("by Friday?" for Farida).
        listed = w.low in single or (w.low not in NOT_PEOPLE and _close_to(w.low, single))
        rare = _unlisted(w) and w.low not in ours
        unlisted = rare and _named_there(words, k)
        if w.text[:1].isupper() and (
            (not starts_sentence and (listed or census_name(w.low) or unlisted))
            or (
                starts_sentence
                and _said_as_a_name(words, k)
                # a rare word too: "Kalani has a slot Wednesday" (eleventh-dev, unflagged)
                and (listed or census_given_name(w.low) or rare)
            )
            or (
                starts_sentence
                and listed
                and any(abs(t - w.start_ms) <= NEAR_HIDDEN_MS for t in hidden)
            )
            # A word English hardly uses, a near spelling of a listed name, is that name
            # wherever it stands ("…feel it. Kayleet." for Kaylee at a call's end,
            # twenty-first-dev): no everyday word is that close.
            or (listed and rare)
        ):
            out.append(Mark("name", (w,), w.low))
        k += 1
    return out


BESIDE_HIDDEN = 2  # words between a listed name's sound-alike and the hidden rest of it


def _listed_sound_alike(words: Sequence[Heard], k: int, single: set[str]) -> int:
    """How many words from `k` are a listed name the recogniser wrote as everyday words, in
    any case, right before the hidden rest of the name ("deep -packed [PERSON]" for Deepak,
    tenth-dev) or before "speaking", one word or two run together; 0 when none."""
    after = words[k + 1 : k + 2 + BESIDE_HIDDEN]
    if not any(x.text.startswith("[PERSON]") or x.low == "speaking" for x in after):
        return 0  # nor "… me hail speaking", the agent's greeting (tenth-dev: Mihail)
    one = words[k].low.strip("-")
    if len(one) >= 4 and _close_to(one, single):
        return 1
    if k + 1 < len(words) and not words[k + 1].text.startswith("["):
        two = one + words[k + 1].low.strip("-")
        if _close_to(two, single):
            return 2
    return 0


# Counts (`wordcounts`) below this are words English speech hardly uses: a name no list holds
# ("Anjali", "Kenji") when written capitalised mid-sentence. Places and brands are rare too
# and get flagged with them; a listener cannot tell "Okafor" from "Oakdale" either.
RARE = 500


def _unlisted(w: Heard) -> bool:
    body = w.text.strip(".,;:!?\"'")
    return (
        len(body) >= 3
        and body.isalpha()
        and body[0].isupper()
        and body[1:].islower()
        and w.low not in NOT_PEOPLE  # months and weekdays count as rare
        and rarer_than(w.low, RARE)
    )


# Right before a name: addressing, asking or relating someone ("Thanks, Siobhan", "ask Anjali",
# "my daughter Ngozi").
_TO_SOMEONE = frozenset(
    [
        "thanks", "thank", "hi", "hello", "hey", "bye", "dear", "ask", "tell", "with", "and",
        "daughter", "son", "wife", "husband", "partner", "brother", "sister", "mother",
        "father", "mum", "mom", "dad", "friend", "neighbour", "neighbor", "colleague",
        "manager", "technician", "driver", "tenant", "landlord", "doctor", "dr", "mr", "mrs",
        "ms",
    ]
)  # fmt: skip


def _named_there(words: Sequence[Heard], k: int) -> bool:
    """A rare word where a listener hears a person: what people do after it, a word for
    addressing or relating someone before it, or another name beside it ("Radoslaw
    Nowicki"). Not a brand or a company said in passing ("looking at Zentrix instead",
    "calling Acme Shipping"): a check that flags every call's company name is ignored."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    prev = words[k - 1] if k > 0 else None
    if nxt is not None and nxt.low in _DOES and not words[k].text.endswith((",", ".")):
        return True
    if prev is not None and prev.low in _TO_SOMEONE:
        return True
    for other in (prev, nxt):
        if (
            other is not None
            and other.text[:1].isupper()
            and (census_name(other.low) or _unlisted(other))
        ):
            return True
    return False


# After a name that opens a sentence, what people do: "Kenji will call you Monday", "Celia
# has the forms", "Jonah from legal rang" (dev halves: such names were left unflagged, the
# capital being the sentence's). "Will you…", "Grant it." and the like do not follow.
_DOES = frozenset(
    [
        "will", "would", "can", "could", "should", "is", "was", "has", "had", "said",
        "says", "called", "rang", "emailed", "mentioned", "told", "asked", "from", "still",
        "does", "did", "sent", "wants", "needs", "knows", "thinks", "and", "gets", "got",
        "takes", "took", "picks", "brings", "handles",
    ]
)  # fmt: skip


def _said_as_a_name(words: Sequence[Heard], k: int) -> bool:
    """A capitalised word opening a sentence that reads as a name: a surname after it, or
    a verb of what people do."""
    if k + 1 >= len(words) or words[k].text.endswith((".", ",", "?", "!")):
        return False
    nxt = words[k + 1]
    surname = nxt.text[:1].isupper() and nxt.text.isalpha() and len(nxt.text) > 1
    return nxt.low in _DOES or surname


_STREET = frozenset([
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "court", "ct",
    "boulevard", "blvd", "way", "place", "pl", "terrace", "crescent", "close", "square",
    "parkway", "highway", "hwy", "circle",
])  # fmt: skip


def house_numbers(words: Sequence[Heard]) -> list[Mark]:
    """A number too short for a digit run in front of a street name ("12 Oak Street",
    "nine Birch Hollow Road"): one to three words written as a name, then a street word."""
    out: list[Mark] = []
    for k, w in enumerate(words):
        got = _digits_of(w.low)
        if got is None or len(got) >= MIN_DIGITS or w.low in _WEAK:
            continue
        if k > 0 and _digits_of(words[k - 1].low) is not None:
            continue  # inside a longer number: digit_runs judges it
        for n in range(1, 4):
            if k + 1 + n >= len(words):  # no room left for the street word
                break
            name = words[k + 1 : k + 1 + n]
            if not all(x.text[:1].isupper() and _digits_of(x.low) is None for x in name):
                break
            if words[k + 1 + n].low in _STREET:
                out.append(Mark("digits", tuple(words[k : k + 2 + n]), got))
                break
    return out


MIN_LETTERS = 3
# A name spelled out and written by the recogniser as one word in capitals ("Use WOJCIECH,
# people always ask"): five letters or more, a word English hardly uses.
MIN_CAPITALS = 5


def capitals(words: Sequence[Heard]) -> list[Mark]:
    """A rare word written all in capitals: what a name spelled letter by letter becomes."""
    out: list[Mark] = []
    for w in words:
        body = w.text.strip(".,;:!?\"'")
        if (
            len(body) >= MIN_CAPITALS
            and body.isascii()
            and body.isalpha()
            and body.isupper()
            and not hum(body.lower())
            and rarer_than(w.low, RARE)
        ):
            out.append(Mark("letters", (w,), w.low, to_keep(words, [w])))
    return out


_MONTH_WORDS = frozenset(m.lower() for m in calendar.month_name if m)
_CODE_LETTERS = 6  # capitals of a code's letters left beside its hidden digits ("XWH")
_HIDDEN = re.compile(r"^\[[A-Z_]+\][.,;:!?]?$")


def beside_hidden(words: Sequence[Heard]) -> list[Mark]:
    """A month said right beside something redacted ("July [PHONE],"): the rest of a date
    of birth or an expiry whose digits alone were hidden. Only the redacted text holds
    placeholders, so only its check finds these."""
    out: list[Mark] = []
    for k, w in enumerate(words):
        if w.low not in _MONTH_WORDS:
            continue
        near = [words[j] for j in (k - 1, k + 1) if 0 <= j < len(words)]
        if any(_HIDDEN.match(x.text) for x in near):
            out.append(Mark("date", (w,), w.low))
    return out


def residue_beside_hidden(words: Sequence[Heard]) -> list[Mark]:
    """A few digits or letters left right beside something redacted ("So D -E [PHONE]",
    "XWH [PHONE]", "[CARD_EXPIRY] 28"): the piece of the item the redaction did not reach. A
    listener hears it with the rest gone, but it is a piece of what was hidden. Numbers kept
    for their label ("[BANK_ACCOUNT], 30 euros") stay kept."""
    out: list[Mark] = []
    for k, w in enumerate(words):
        if _HIDDEN.match(w.text):
            continue
        near = [words[j] for j in (k - 1, k + 1) if 0 <= j < len(words)]
        if not any(_HIDDEN.match(x.text) for x in near):
            continue
        body = w.text.strip(".,;:!?\"'-")
        if body.isdigit() and len(body) < MIN_DIGITS:
            out.append(Mark("digits", (w,), body, to_keep(words, [w])))
        elif _code_letters(body):
            out.append(Mark("letters", (w,), body.lower(), to_keep(words, [w])))
    return out


def _code_letters(body: str) -> bool:
    """Capitals a code's letters are written as ("D", "XWH"); not the words "I" and "A"."""
    short = body.isascii() and body.isalpha() and body.isupper() and len(body) <= _CODE_LETTERS
    return short and body not in ("I", "A")


def between_addresses(words: Sequence[Heard]) -> list[Mark]:
    """A word left between two hidden pieces of an address ("[ADDRESS], headingly
    [ADDRESS]", eleventh-dev: the district between the street and the postcode): what a
    listener hears there is the address. Words English uses all the time ("and", "the")
    join two addresses instead."""
    out: list[Mark] = []
    for k, w in enumerate(words):
        if _HIDDEN.match(w.text) or len(w.low) < 3 or not rarer_than(w.low, NOT_FUNCTION):
            continue
        before = [x.text for x in words[max(0, k - 2) : k]]
        after = [x.text for x in words[k + 1 : k + 3]]
        if any(t.startswith("[ADDRESS]") for t in before) and any(
            t.startswith("[ADDRESS]") for t in after
        ):
            out.append(Mark("address", (w,), w.low))
    return out


# Below this count a capitalised word is no function word or greeting ("With [PERSON]",
# "Hey [PERSON]", "Thanks [PERSON]" are common far beyond it), though an everyday noun may
# be: a given name heard as one ("Dragon [PERSON] comes on Tuesday", tenth-dev).
NOT_FUNCTION = 30_000
# Words said before a name that are no part of it.
_BEFORE_A_NAME = frozenset(
    ["madam", "professor", "grandma", "grandpa", "granny", "nana", "auntie", "aunt", "uncle",
     "cousin", "doctor", "doc", "nurse", "coach", "captain", "officer", "sergeant", "agent",
     "sister", "brother", "father", "mother", "pastor", "reverend", "judge", "chef", "miss",
     "mister", "master", "dame", "lady", "lord", "sir", "saint", "dear", "technician",
     "inspector", "manager", "colleague", "neighbour", "neighbor", "tenant", "landlord"]
)  # fmt: skip


def given_before_hidden(words: Sequence[Heard]) -> list[Mark]:
    """A capitalised word said right before a hidden name, nothing between: the first name
    of the person whose surname was hidden, whatever everyday word the recogniser made of
    it. Only the redacted text holds placeholders, so only its check finds these."""
    out: list[Mark] = []
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if (
            nxt.text.startswith("[PERSON]")
            and len(w.text) >= 3
            and w.text.isalpha()
            and w.text[0].isupper()
            and w.text[1:].islower()
            and w.low not in _BEFORE_A_NAME
            and rarer_than(w.low, NOT_FUNCTION)
        ):
            out.append(Mark("name", (w,), w.low))
    return out


def rare_beside_hidden(words: Sequence[Heard]) -> list[Mark]:
    """A word English hardly uses, capitalised, right after something redacted or right
    before a hidden address ("[PHONE] -Hania,", "[ADDRESS] -Burlington,", "Calde -Suka
    [ADDRESS]", seventeenth- and twenty-first-dev): the name or the place the redaction
    did not reach. Everyday words there ("[PERSON]. Thanks") are left alone."""
    out: list[Mark] = []
    for k, w in enumerate(words):
        body = w.text.strip(".,;:!?\"'").lstrip("-")
        if not (len(body) >= 4 and body.isalpha() and body[0].isupper() and body[1:].islower()):
            continue
        low = body.lower()
        if low in _BEFORE_A_NAME or low in NOT_PEOPLE or not rarer_than(low, NOT_FUNCTION):
            continue
        before = words[k - 1].text if k else ""
        after = words[k + 1].text if k + 1 < len(words) else ""
        if _HIDDEN.match(before):
            kind = "address" if before.startswith("[ADDRESS]") else "name"
            out.append(Mark(kind, (w,), low))
        elif after.startswith("[ADDRESS]"):
            out.append(Mark("address", (w,), low))
    return out


def spelled(words: Sequence[Heard]) -> list[Mark]:
    """Three or more letters spelled one by one ("C -F -I -T", "B R E double N"): a name, an
    e-mail or an identifier read out; an order code a party labelled is kept as numbers are."""
    out: list[Mark] = []
    run: list[Heard] = []

    def close() -> None:
        nonlocal run
        key = "".join(_letter_of(w) for w in run)
        if len(run) >= MIN_LETTERS and not hum(key):
            out.append(Mark("letters", tuple(run), key, to_keep(words, run)))
        run = []

    for w in words:
        if _letter_of(w):
            run.append(w)
        elif not (run and w.low in ("double", "triple")):
            close()
    close()
    return out


# The letters of a listener's hum ("Mm-hmm", "uh-huh"), which recognisers write as letters
# spelled one by one ("M -M -H -M") or in capitals ("MMHMM"): a quarter of the flags on
# PII-free lines of three dev halves at stop 39. No one's name or code is made of these alone.
_HUMS = (frozenset("mh"), frozenset("uh"))


def hum(letters: str) -> bool:
    """Whether lower-case letters are a hum, not something spelled."""
    return bool(letters) and any(set(letters) <= h for h in _HUMS)


def _letter_of(w: Heard) -> str:
    body = w.low.strip("-")
    return body if len(body) == 1 and body.isascii() and body.isalpha() else ""


def marks(
    words: Sequence[Heard],
    people: Sequence[str],
    ours: frozenset[str] = frozenset(),
    others: Sequence[Heard] = (),
) -> list[Mark]:
    """Everything in `words` a listener would count as personal data; `others`: what the
    other parties said, which can make a word of these one (a domain after "your email?")."""
    return (
        digit_runs(words)
        + house_numbers(words)
        + emails(words, others)
        + names(words, people, ours)
        + spelled(words)
        + capitals(words)
        + beside_hidden(words)
        + residue_beside_hidden(words)
        + between_addresses(words)
        + given_before_hidden(words)
        + rare_beside_hidden(words)
    )
