"""Spoken e-mail addresses: "john dot miller at gmail dot com", "j miller at company dot co dot
uk", "john underscore miller at…". The domain (ending in a known top-level domain) anchors the
match; the local part is read backwards from "at" until a word that cannot be in it."""

from __future__ import annotations

import re

from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.spoken import NUMBER_WORDS
from callvault.intelligence.redaction.tokens import Token, glued

_DOTS = frozenset({"dot", "period", "point"})
_JOINERS = frozenset({"dot", "period", "underscore", "dash", "hyphen", "point"})
_GLUED = frozenset({".", "_", "-"})
_TLDS = frozenset(
    [
        "com",
        "org",
        "net",
        "edu",
        "gov",
        "mil",
        "io",
        "co",
        "uk",
        "us",
        "ca",
        "de",
        "fr",
        "info",
        "biz",
        "me",
        "ai",
        "app",
        "dev",
        "au",
        "nl",
        "es",
        "it",
        "in",
        "eu",
        "ie",
        "ch",
        "tv",
        "ly",
        "nz",
        "za",
        "be",
        "at",
        "se",
        "no",
        "dk",
        "fi",
        "pl",
        "br",
        "mx",
        "jp",
        "cn",
        "ru",
    ]
)
# Words that end the local part when reading backwards from "at".
_STOP = frozenset(
    [
        "is",
        "it's",
        "its",
        "me",
        "my",
        "email",
        "e-mail",
        "mail",
        "address",
        "at",
        "to",
        "the",
        "send",
        "it",
        "from",
        "that",
        "was",
        "use",
        "try",
        "please",
        "and",
        "or",
        "on",
        "with",
        "under",
        "reach",
        "contact",
        "write",
        "i'm",
        "i",
        "you",
        "your",
        "our",
        "us",
        "his",
        "her",
        "their",
        "so",
        "sure",
        "yes",
        "yeah",
        "okay",
        "ok",
        "just",
        "also",
        "be",
        "can",
        "could",
        "email's",
        "emails",
        "is,",
        "a",
        "an",
        "by",
        "for",
        "of",
        "in",
        "this",
        "that's",
    ]
)
_MAX_LOCAL_WORDS = 4
_MAX_SPELLED = 20  # letters of a local part spelled out ("C F I T Z eighty-four at …")


def _is_joiner(tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    if t.low in _JOINERS:
        return True
    return (
        t.text in _GLUED and 0 < i < len(tokens) - 1
        and glued(tokens[i - 1], t) and glued(t, tokens[i + 1])
    )  # fmt: skip


def _is_dot(tokens: list[Token], i: int) -> bool:
    return tokens[i].low in _DOTS or (tokens[i].text == "." and _is_joiner(tokens, i))


def _label(t: Token) -> bool:
    return (t.is_word or t.is_digits) and t.text.isascii() and t.low not in _JOINERS


def _domain_end(tokens: list[Token], i: int) -> int | None:
    """Index of the last token of "gmail dot com" starting at token i, if it is one."""
    j, last, dots = i, None, 0
    while j < len(tokens) and _label(tokens[j]):
        if dots and tokens[j].low in _TLDS:
            last = j
        if j + 1 < len(tokens) and (_is_dot(tokens, j + 1)) and j + 2 < len(tokens):
            dots += 1
            j += 2
        elif j + 1 < len(tokens) and tokens[j + 1].low in ("dash", "hyphen", "-"):
            j += 2
        else:
            break
    return last


def _spelled_joiner(tokens: list[Token], i: int) -> bool:
    """The recogniser's mark between spelled letters ("C -F -I -T"): a dash glued to the
    letter after it, with a letter before it."""
    return (
        tokens[i].text == "-" and 0 < i < len(tokens) - 1
        and glued(tokens[i], tokens[i + 1])
        and _letter(tokens[i - 1]) and _letter(tokens[i + 1])
    )  # fmt: skip


def _letter(t: Token) -> bool:
    return t.is_letter and t.text.isascii()  # the local part is ASCII (`_label`)


def _stops(tokens: list[Token], k: int) -> bool:
    """Token k ends the local part: a word like "is" or "my", except "I" or "a" spelled
    among other letters ("C F I T Z")."""
    if tokens[k].low not in _STOP:
        return False
    if not _letter(tokens[k]):
        return True
    near = [k - 1, k + 1, k - 2 if k >= 2 and _spelled_joiner(tokens, k - 1) else -1]
    return not any(0 <= n < len(tokens) and _letter(tokens[n]) for n in near)


def _local_start(tokens: list[Token], at: int) -> int | None:
    # A name spelled letter by letter is one word of the local part, however many letters.
    j, words, letters, first = at - 1, 0, 0, None
    while j >= 0 and words < _MAX_LOCAL_WORDS and letters <= _MAX_SPELLED:
        t = tokens[j]
        if not _label(t) or _stops(tokens, j):
            break
        first = j
        if _letter(t):
            letters += 1
        else:
            words += 1
        if j >= 2 and (_is_joiner(tokens, j - 1) or _spelled_joiner(tokens, j - 1)):
            j -= 2
            continue
        # Without a joiner only a single letter or a number joins ("j miller", "miller 85").
        prev = tokens[j - 1] if j >= 1 else None
        if prev is None or _stops(tokens, j - 1) or not _label(prev):
            break
        before = tokens[j - 2] if j >= 2 else None
        lead = before is None or before.low in _STOP  # "is john miller at"
        # A number said after the name it ends ("tesfaye 19 gmail dot com") joins it too.
        numbered = t.is_digits and prev.is_word
        if not (
            len(prev.text) == 1 or prev.low in NUMBER_WORDS or prev.is_digits or lead or numbered
        ):
            break
        j -= 1
    return first


def spoken_emails(tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    for k, t in enumerate(tokens):
        if t.low in MAIL_PROVIDERS and k > 0 and tokens[k - 1].low not in ("at", "@"):
            out += _without_at(tokens, k)
            continue
        if t.low not in ("at", "@") or k + 1 >= len(tokens):
            continue
        end = _domain_end(tokens, k + 1)
        if end is None:
            continue
        # "ninety, at outlook dot com": the recogniser's comma where the speaker paused
        # before "at" is not the local part's end.
        paused = k >= 2 and tokens[k - 1].text == ","
        start = _local_start(tokens, k - 1 if paused else k)
        if start is not None:
            out.append(PiiSpan(EntityType.EMAIL, tokens[start].start, tokens[end].end))
    return out


def _without_at(tokens: list[Token], k: int) -> list[PiiSpan]:
    """ "abebe dot tesfaye 19 gmail dot com", "bay dot 1 9x mail dot com" (sixteenth-dev):
    the recogniser lost the "at" before a mail provider's domain. What comes before the
    provider is a mailbox only when it looks like one (a dot or underscore, a digit, a
    spelled letter), never a plain word ("my gmail dot com", "John's hotmail dot com")."""
    end = _domain_end(tokens, k)
    start = _local_start(tokens, k)
    if end is None or start is None:
        return []
    local = tokens[start:k]
    if not any(t.low in _JOINERS or t.is_digits or _letter(t) for t in local):
        return []
    return [PiiSpan(EntityType.EMAIL, tokens[start].start, tokens[end].end)]


# Mail providers' domains: people's mailboxes, never a business's own site (and, as a word,
# "I have Gmail .com", an address's domain rather than a person: `unlisted`).
MAIL_PROVIDERS = frozenset(
    ["gmail", "googlemail", "hotmail", "yahoo", "outlook", "icloud", "aol", "protonmail",
     "proton", "gmx", "msn", "live", "btinternet", "mail", "comcast", "verizon", "sbcglobal",
     "zoho", "fastmail"]
)  # fmt: skip
# A provider's domain with a local part glued on by a dot: "zofia.w88.hotmail.com",
# "Zofi.wa.wa.pa.mail.com" (twelfth-dev: the recogniser wrote the "@" as a dot, and nothing
# read it as an address).
_PROVIDER_GLUED = re.compile(
    rf"\b(?!www\.)[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(sorted(MAIL_PROVIDERS))})"
    r"\.(?:com|net|co\.uk|ie|me|fr|de|ca)\b",
    re.I,
)


def provider_glued(text: str) -> list[PiiSpan]:
    return [PiiSpan(EntityType.EMAIL, m.start(), m.end()) for m in _PROVIDER_GLUED.finditer(text)]
