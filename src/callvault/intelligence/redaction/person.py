"""Person names: the workspace's known names (users and contacts), matched case-insensitively
as full names and as surnames, plus introductions ("my name is X", "this is X from…", "Mr.
X", "my husband, X"). Introduced names must be capitalised, as recognisers write names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from callvault.intelligence.redaction.common_names import (
    COMMON,
    PLACE_TAIL,
    TITLES,
    edit_distance,
    sentence_start,
    sounds_like,
    takes_as_name,
)
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.given_names import GIVEN_NAMES
from callvault.intelligence.redaction.tokens import Token
from callvault.intelligence.redaction.unlisted import rare_title
from callvault.intelligence.wordcounts import rarer_than

_TITLES = TITLES
# Capitalised words that follow "this is" or "I'm" without being names.
_NOT_NAMES = frozenset(
    [
        "i",
        # A recogniser's stutter ("I'm I'm I'm 108", eighth-dev): a contraction is no name.
        "i'm",
        "im",
        "i'll",
        "i've",
        "i'd",
        "it's",
        "that's",
        "we're",
        "you're",
        "he's",
        "she's",
        "they're",
        "there's",
        "the",
        "a",
        "an",
        "it",
        "this",
        "that",
        "your",
        "my",
        "our",
        "his",
        "her",
        "their",
        "we",
        "you",
        "he",
        "she",
        "they",
        "is",
        "to",
        "in",
        "on",
        "at",
        "for",
        "of",
        "and",
        "or",
        "but",
        "not",
        "just",
        "calling",
        "here",
        "there",
        "sorry",
        "sure",
        "fine",
        "good",
        "great",
        "okay",
        "ok",
        "yes",
        "yeah",
        "no",
        "hello",
        "hi",
        "hey",
        "thanks",
        "thank",
        "please",
        "well",
        "so",
        "actually",
        "also",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "customer",
        "support",
        "service",
        "billing",
        "sales",
        "team",
        "department",
        "going",
        "trying",
        "looking",
        "having",
        "still",
        "really",
        "very",
        "about",
        "regarding",
        "with",
        "from",
    ]
)
_AFTER_THIS_IS = frozenset({"from", "with", "at", "calling", "speaking", "here", "over", "in"})
# "my husband, Walt", "our daughter Ava", "her roommate Priyanka": a relative, housemate or
# colleague introduced by the relation, the name capitalised right after it.
_RELATIONS = frozenset(
    [
        "husband", "wife", "partner", "spouse", "fiance", "fiancee", "fiancé", "fiancée",
        "boyfriend", "girlfriend", "son", "daughter", "kid", "child", "mom", "mum", "mother",
        "dad", "father", "brother", "sister", "grandson", "granddaughter", "grandmother",
        "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "nephew", "niece",
        "roommate", "flatmate", "housemate", "neighbor", "neighbour", "friend", "colleague",
        "coworker", "boss", "landlord", "landlady", "caregiver", "assistant",
    ]
)  # fmt: skip
# "our driver, Dimitri Volkov, will drop them off", "your technician Priya": the people a
# business sends or puts on the case, introduced by their role as relatives are (stop 25).
_ROLES = frozenset(
    [
        "driver", "courier", "technician", "tech", "engineer", "plumber", "electrician",
        "installer", "fitter", "mechanic", "locksmith", "inspector", "surveyor", "adjuster",
        "agent", "advisor", "adviser", "specialist", "manager", "supervisor", "coordinator",
        "consultant", "contractor", "rep", "representative", "accountant", "lawyer",
        "attorney", "solicitor", "nurse", "dentist", "hygienist", "vet", "teacher", "tutor",
        "instructor", "coach", "trainer", "receptionist", "director", "officer", "caseworker",
    ]
)  # fmt: skip
_OWNERS = frozenset({"my", "our", "his", "her", "their", "your"})
_MAX_NAME_WORDS = 3


def _name_index(
    names: Sequence[str], *, first_names: bool = False
) -> dict[str, list[tuple[str, ...]]]:
    """First word -> word sequences to try (longest first): full names and surnames, and
    first names alone when asked (a call's own parties: "thanks, Maria")."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(w for w in name.lower().replace(".", " ").split() if w)
        if not words:
            continue
        forms = {words}
        if len(words) > 1 and len(words[-1]) > 2:
            forms.add(words[-1:])
        if first_names and len(words) > 1 and len(words[0]) > 2:
            forms.add(words[:1])
        for form in forms:
            index.setdefault(form[0], []).append(form)
    for candidates in index.values():
        candidates.sort(key=len, reverse=True)
    return index


def known_names(
    tokens: list[Token], names: Sequence[str], *, first_names: bool = False
) -> list[PiiSpan]:
    """Where the given names are said: full names and surnames (and first names alone with
    first_names). A name that is also an everyday word counts only as the recogniser writes
    a name (see common_names)."""
    index = _name_index(names, first_names=first_names)
    if not index:
        return []
    spelled = [n.lower().replace(".", " ").split() for n in names]
    surnames = {words[-1] for words in spelled if len(words) > 1}
    out: list[PiiSpan] = []
    i = 0
    while i < len(tokens):
        forms = index.get(_bare(tokens[i].low))
        hit = next(
            (f for f in forms or () if _matches(tokens, i, f) and takes_as_name(tokens, i, f)),
            None,
        )
        if hit is None:
            i += 1
            continue
        last = _name_end(tokens, i, len(hit))
        surname = len(hit) == 1 and hit[0] in surnames
        first = i - 1 if surname and _given_name_before(tokens, i) else i
        out.append(PiiSpan(EntityType.PERSON, tokens[first].start, tokens[last].end))
        i = last + 1
    return out


def _given_name_before(tokens: list[Token], i: int) -> bool:
    """A capitalised word right before a known surname, with nothing between, is the given
    name of whoever carries it (sixth-dev: the customer's brother "Arjun [PERSON]", his
    surname the customer's): no list of given names holds every one. Not a title, a
    greeting, a function word or a name that is also an everyday word."""
    if i == 0:
        return False
    t = tokens[i - 1]
    if not (t.is_word and t.is_title and t.text.isalpha()) or tokens[i].start - t.end != 1:
        return False
    low = t.low
    return not (
        len(low) < 2
        or low in _TITLES
        or low in _NOT_NAMES
        or low in _VOCATIVE_BEFORE
        or low in COMMON
    )


def misheard_names(tokens: list[Token], names: Sequence[str]) -> list[PiiSpan]:
    """A party's first or last name as the recogniser misheard it ("Thanks, Mario" for
    Maria): capitalised words mid-sentence that sound like one (see `sounds_like`)."""
    parts = {w for name in names for w in name.replace(".", " ").split() if len(w) >= 4}
    if not parts:
        return []
    out: list[PiiSpan] = []
    for i, t in enumerate(tokens):
        if not (t.is_word and t.is_title) or t.low in _NOT_NAMES:
            continue
        # Opening a sentence only a word English hardly uses is that near ("…feel it.
        # Kayleet." for Kaylee at a call's end, twenty-first-dev): an everyday word opening
        # a sentence is capitalised for that alone.
        start = sentence_start(tokens, i)
        if (not start and any(sounds_like(t.text, p) for p in parts)) or _rare_near(t, parts):
            out.append(PiiSpan(EntityType.PERSON, t.start, t.end))
    return out


def _rare_near(t: Token, parts: AbstractSet[str]) -> bool:
    """A word English hardly uses within two letters of a party's unusual name, whatever
    its first letter ("Ingozi" for Ngozi, tenth-dev): no everyday word is that close."""
    return rare_title(t) and any(
        len(p) >= 5 and edit_distance(t.low, p.lower()) <= 2 for p in parts
    )


# Words a name is said right after or right before when the speaker addresses someone:
# "Thanks, Mariah", "Okay Mariah, you're all set", "Cheers Gonzales", "Maria, bye".
_VOCATIVE_BEFORE = frozenset(
    ["thanks", "thank", "you", "bye", "goodbye", "okay", "ok", "cheers", "hi", "hello", "hey",
     "sorry", "care", "great", "alright", "perfect", "right", "morning", "afternoon", "evening",
     "night", "welcome", "well", "so", "yes", "no", "sure", "wonderful", "lovely", "brilliant"]
)  # fmt: skip
_VOCATIVE_AFTER = frozenset(["bye", "goodbye", "thanks", "you're", "have", "take", "enjoy"])


def vocative_names(tokens: list[Token], names: Sequence[str]) -> list[PiiSpan]:
    """A party's name misheard where a speaker addresses someone (issue #11: the caller's
    first name left at the end of a call): a capitalised word after "thanks", "bye", "okay",
    a title …, or before ", bye" / ", have a…", within two letters of a party's first or last
    name and starting with the same letter. Looser than `misheard_names`, which must hold
    anywhere in a sentence, because the place says a name is expected."""
    parts = {w.lower() for name in names for w in name.replace(".", " ").split() if len(w) >= 4}
    if not parts:
        return []
    out: list[PiiSpan] = []
    for i, t in enumerate(tokens):
        if not (t.is_word and t.is_title) or t.low in _NOT_NAMES or t.low in COMMON:
            continue
        prev = [x.low for x in tokens[max(0, i - 2) : i] if x.is_word][-1:]
        nxt = [x.low for x in tokens[i + 1 : i + 3] if x.is_word][:1]
        placed = bool(prev and (prev[0] in _VOCATIVE_BEFORE or prev[0] in _TITLES))
        placed |= bool(nxt and nxt[0] in _VOCATIVE_AFTER and i + 1 < len(tokens)
                       and tokens[i + 1].text == ",")  # fmt: skip
        if not placed:
            continue
        if any(
            t.low[0] == p[0] and len(t.low) >= 3 and edit_distance(t.low, p) <= 2 for p in parts
        ):
            out.append(PiiSpan(EntityType.PERSON, t.start, t.end))
    return out


_SPELL_CUES = frozenset({"spell", "spelled", "spelt", "spelling", "that's", "thats"})
_LETTER_GLUE = frozenset({"-", ",", "."})


def spelled_names(
    tokens: list[Token], names: Sequence[str], after: AbstractSet[int] = frozenset()
) -> list[PiiSpan]:
    """A name spelled letter by letter ("G O N Z A L E Z", "B-E-L-L"): three or more single
    letters in a row that spell one of the names (or nearly: "E L G A D U" for Delgado), or
    that follow "spell" / "that's", or a name found elsewhere that ends at one of `after`
    (character offsets): its spelling, however the letters were heard."""
    parts = {w.lower() for name in names for w in name.replace(".", " ").split()}
    out: list[PiiSpan] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].is_letter:
            i += 1
            continue
        j, letters, last = i, "", i
        while j < n and (
            tokens[j].is_letter or tokens[j].text in _LETTER_GLUE or _double(tokens, j)
        ):
            if _double(tokens, j):  # "double U" is W, "double L" two Ls
                j += 1
                letters += "w" if tokens[j].low == "u" else tokens[j].low * 2
                last = j
            elif tokens[j].is_letter:
                letters += tokens[j].low
                last = j
            j += 1
        cue = any(t.low in _SPELL_CUES for t in tokens[max(0, i - 3) : i])
        cue |= any(t.end in after for t in tokens[max(0, i - 2) : i]) and not mail_next(tokens, j)
        close = len(letters) <= 30 and any(
            edit_distance(letters, p) <= len(p) // 3 for p in parts if len(p) >= 4
        )
        if len(letters) >= 3 and (letters in parts or cue or close):
            out.append(PiiSpan(EntityType.PERSON, tokens[i].start, tokens[last].end))
        i = max(j, i + 1)
    return out


def mail_next(tokens: list[Token], j: int) -> bool:
    """Letters followed by "at", "@" or a mail domain spell an e-mail's first part, not the
    name said before them ("Grace Whitfield, H.E.S.D.S. mail.com")."""
    nxt = next((t.low for t in tokens[j : j + 2] if t.is_word or t.text == "@"), "")
    return nxt in ("at", "@") or "mail" in nxt or nxt.endswith((".com", ".net", ".org"))


def _double(tokens: list[Token], j: int) -> bool:
    return tokens[j].low == "double" and j + 1 < len(tokens) and tokens[j + 1].is_letter


def _matches(tokens: list[Token], i: int, form: tuple[str, ...]) -> bool:
    words = [_bare(t.low) for t in tokens[i : i + len(form) * 2] if t.is_word][: len(form)]
    return tuple(words) == form


def _bare(low: str) -> str:
    """A word without its possessive: the recogniser writes "Oliver's speaking" for "Oliver
    speaking" as readily as it writes "Maria's account"; both name the person."""
    for tail in ("'s", "’s"):
        if low.endswith(tail) and len(low) > len(tail):
            return low[: -len(tail)]
    return low


def _name_end(tokens: list[Token], i: int, n_words: int) -> int:
    j, seen = i, 0
    while j < len(tokens):
        if tokens[j].is_word:
            seen += 1
            if seen == n_words:
                return j
        j += 1
    return len(tokens) - 1


def introduced_names(tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    n = len(tokens)
    for k in range(n):
        start = _intro_end(tokens, k)
        if start is None or start >= n:
            continue
        last = None
        j = start
        while j < n and j - start < _MAX_NAME_WORDS and _name_word(tokens[j]):
            last = j
            j += 1
        if last is None:
            continue
        if _this_is(tokens, k) and not (
            j >= n or tokens[j].low in _AFTER_THIS_IS or tokens[j].text in ",.!?"
        ):
            continue
        out.append(PiiSpan(EntityType.PERSON, tokens[start].start, tokens[last].end))
    return out


# "We'll", "You've", "They'd": a contraction of a verb is no name, whatever the pronoun before
# it ("I can't say I'm We'll…", eighteenth-dev); "O'Neill", "D'Souza" and "Sarah's" stay names.
_CONTRACTION = re.compile(r"'(?:ll|ve|re|d|m)$")


def _name_word(t: Token) -> bool:
    """A capitalised word that may be a name: not a function word, and not a title ("I'm
    Mr. …" with the surname misheard: the title alone gives nothing away)."""
    return (
        t.is_word
        and t.is_title
        and t.low not in _NOT_NAMES
        and t.low not in _TITLES
        and len(t.text) > 1
        and not _CONTRACTION.search(t.low)
    )


def _this_is(tokens: list[Token], k: int) -> bool:
    return k >= 1 and tokens[k].low == "is" and tokens[k - 1].low == "this"


def _intro_end(tokens: list[Token], k: int) -> int | None:
    """Index of the token after an introduction ending at token k."""
    w = tokens[k].low
    if w in _TITLES and tokens[k].is_title:
        nxt = k + 1
        return nxt + 1 if nxt < len(tokens) and tokens[nxt].text == "." else nxt
    if (
        w == "is"
        and k >= 2
        and tokens[k - 1].low == "name"
        and tokens[k - 2].low in ("my", "name", "his", "her", "their", "the")
    ):
        return k + 1
    if w == "name's" and k >= 1 and tokens[k - 1].low == "my":
        return k + 1
    if _this_is(tokens, k):
        return k + 1
    if w in ("speaking", "talking") and k + 1 < len(tokens) and tokens[k + 1].low in ("with", "to"):
        return k + 2
    if w in ("i'm", "im") or (w == "am" and k >= 1 and tokens[k - 1].low == "i"):
        return k + 1
    # "our vault manager, Chidi Eze": one word may qualify the role (fifteenth-dev)
    if (w in _RELATIONS or w in _ROLES) and (
        (k >= 1 and tokens[k - 1].low in _OWNERS)
        or (k >= 2 and tokens[k - 2].low in _OWNERS and tokens[k - 1].is_word)
    ):
        nxt = k + 1
        if nxt < len(tokens) and tokens[nxt].text == ",":
            return nxt + 1
        # "our driver is Desmond", "your tutor will be Anika" (fourteenth-dev); "my husband is
        # Travelling" is no name: after "is" only a given name or a word English rarely uses
        if nxt < len(tokens) and tokens[nxt].low == "is" and _named_after(tokens, nxt + 1):
            return nxt + 1
        if (
            nxt + 2 < len(tokens)
            and tokens[nxt].low == "will"
            and tokens[nxt + 1].low == "be"
            and _named_after(tokens, nxt + 2)
        ):
            return nxt + 2
        return nxt
    # A name someone goes by: "everyone calls him Leo", "she goes by Jo" (fifteenth-dev);
    # "call her Mum" names no one.
    if k >= 1 and k + 1 < len(tokens) and tokens[k + 1].low not in _RELATIONS:
        before = tokens[k - 1].low
        if (w in ("him", "her", "me") and before in ("calls", "call", "called")) or (
            w == "by" and before in ("goes", "go", "went")
        ):
            return k + 1
    return None


NAME_AFTER_IS_RARE = 2000  # "Constance", "Leo", "Victoria" are rarer; "Late", "Eleven" not


def _named_after(tokens: list[Token], j: int) -> bool:
    """Token j is a name said after "is" or "will be": a given name, or a capitalised word
    English rarely uses."""
    if j >= len(tokens) or not _name_word(tokens[j]):
        return False
    return name_like(tokens[j].low)


def name_like(low: str) -> bool:
    """A lower-case word a listener takes for a name where a name is expected: a given name,
    or a word English rarely uses that is no everyday word."""
    return low in GIVEN_NAMES or (low not in COMMON and rarer_than(low, NAME_AFTER_IS_RARE))


def passing_names(tokens: list[Token]) -> list[PiiSpan]:
    """People named in passing, who are neither a party nor in the directory ("our
    adjuster, Marcus Webb, will call", "Kevin Tran will bring it"): a capitalised common
    given name (see `given_names`), with the capitalised word after it as the surname. Only
    the name says it is one, so only names that are no everyday word are listed."""
    out: list[PiiSpan] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not (t.is_word and t.is_title and t.low in GIVEN_NAMES) or t.low in COMMON:
            i += 1
            continue
        if i > 0 and tokens[i - 1].low in _TITLES:  # "Mr. Raymond": a surname, another rule
            i += 1
            continue
        last = i
        if i + 1 < n and _name_word(tokens[i + 1]):
            last = i + 1  # the surname, as the recogniser wrote it ("Ben Caloxic")
        after = tokens[last + 1] if last + 1 < n else None
        if (last > i and tokens[last].low in PLACE_TAIL) or (
            after is not None and after.is_word and after.low in PLACE_TAIL
        ):
            i = last + 1  # "Blake Island", "the John Veer dealer": a place, a brand
            continue
        out.append(PiiSpan(EntityType.PERSON, t.start, tokens[last].end))
        i = last + 1
    return out
