"""People named in passing whose names no list holds ("I'll ask Anjali in billing", "Haruto
will ring you Monday", "Thanks, Siobhan", "our surveyor, Radoslaw Nowicki"): a capitalised
word English hardly uses (`wordcounts`), in a place where people are named.

The place matters as much as the word: places and brands are rare words too ("flights from
Dublin", "pay by Zelle"), and the recogniser capitalises them the same way. So a rare word is
a name only when a verb of what people do follows it, when a word for asking or thanking
someone comes right before it, when ", our <role>" follows it, or when it is one of two rare
capitalised words in a row (a full name). Dev halves' scripts: of the 179 name words, 141 are
rare; the rare capitalised non-names were places, brands, company names and acronyms."""

from __future__ import annotations

from callvault.intelligence.redaction.common_names import (
    COMMON,
    PLACE_TAIL,
    TITLES,
    edit_distance,
    sentence_start,
)
from callvault.intelligence.redaction.dates import CALENDAR
from callvault.intelligence.redaction.emails import MAIL_PROVIDERS
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.tokens import Token
from callvault.intelligence.wordcounts import rarer_than

# Counts below this are words English speech hardly uses. Chosen on the dev halves' scripts:
# 128 of 179 name words fall below 300 and 141 below 500; the capitalised non-names below 500
# there are places, brands, company names and acronyms.
RARE = 500

# Negated, people are spoken of as often ("Mizrahi can't come Thursday", eighteenth-dev).
_NEGATED_MODALS = frozenset(["can't", "won't", "couldn't", "wouldn't", "cannot"])
# After a person's name: what people do ("Kenji will call", "Mateo leads the crew", "Walt
# must approve it"). Not "is"/"was": "Dublin is lovely" reads the same way.
_DOES = frozenset(
    [
        "will", "would", "can", "could", "should", "must", "might", "has", "had", "said",
        "says", "called", "calls", "rang", "rings", "emailed", "emails", "mentioned", "told",
        "asked", "asks", "still", "does", "did", "sent", "sends", "wants", "needs", "knows",
        "thinks", "leads", "handles", "runs", "picks", "drives", "takes", "works", "usually",
        "also", "just", "normally", "approved", "signed", "booked", "checked", "spoke",
        "speaks", "looks", "deals", "covers", "manages", "set", "gets", "got", "promised",
        "comes", "arrives", "visits", "starts", "finishes",
    ]
) | _NEGATED_MODALS  # fmt: skip
# What only people do, for a rare word that opens a sentence, whose capital may be the
# sentence's and whose spelling may be the recogniser's ("Shibbing takes about five weeks" for
# "Shipping…", sixth-dev): saying, calling, and the modal of a promise.
_SAYS = frozenset(
    [
        "will", "would", "can", "could", "should", "must", "said", "says", "called", "rang",
        "emailed", "mentioned", "told", "asked", "sent", "wants", "needs", "knows", "thinks",
        "promised", "spoke",
    ]
) | _NEGATED_MODALS  # fmt: skip
# Right before a person's name: asking, thanking, greeting or handing over to someone.
_TO_SOMEONE = frozenset(
    [
        "ask", "tell", "get", "have", "let", "thank", "thanks", "hi", "hello", "hey", "dear",
        "meet", "cc", "contact", "ping", "ring", "email", "text", "message", "bye", "cheers",
        "asking", "telling", "with", "remind", "loop", "copy", "forward", "call",
    ]
)  # fmt: skip
# ", our foreman", ", my daughter": whose the person is. Not "your": "Tariq, your teller I
# need" (fourth-dev) was a garbled "Thank you, what I need".
_APPOSED = frozenset({"our", "my", "his", "her", "their"})
# After "can", "will"…: a question's subject ("… can you repeat that?"): the word before is
# no one doing anything (holdout-dev: "Sorry, can you…" heard as "Arbid can you…").
_SUBJECTS = frozenset({"you", "i", "we", "he", "she", "they", "it"})
# Right before a place: "my brother in Dublin has it" (tenth-dev: Dublin taken for him).
_PLACE_BEFORE = frozenset(
    ["in", "at", "near", "outside", "around", "via", "into", "across", "throughout"]
)


def rare_title(t: Token, rare: int = RARE, shortest: int = 3) -> bool:
    """A capitalised word in lower case after its capital, `shortest` letters or more, that
    English hardly uses (rarer than `rare`): how the recogniser writes an unfamiliar name."""
    text = t.text
    return (
        t.is_word
        and len(text) >= shortest
        and text[0].isupper()
        and text[1:].islower()
        and text.isalpha()
        and t.low not in COMMON
        and t.low not in TITLES
        and t.low not in CALENDAR
        and t.low not in MAIL_PROVIDERS
        and rarer_than(t.low, rare)
    )


# A given name right before a surname already taken is rarer than this: short given names
# ("Raj", "Wei", "Jun") are common enough as tokens to miss RARE, but far below the words
# said before a surname ("Hi" 50,000, "Mister" 10,000, "Thanks" a million).
GIVEN_BEFORE_RARE = 2000


def given_before(tokens: list[Token], people: list[PiiSpan]) -> list[PiiSpan]:
    """ "Raj Mehta, our account officer": the capitalised word right before a name taken
    alone is its given name (twenty-first-dev: "Raj [PERSON]" was left at a sentence's start,
    where the pair rule waits for a pause)."""
    if not people:
        return []
    starts = {t.end + 1: k for k, t in enumerate(tokens)}
    out: list[PiiSpan] = []
    for span in people:
        k = starts.get(span.start)
        if k is None:
            continue
        t = tokens[k]
        if (
            rare_title(t, rare=GIVEN_BEFORE_RARE, shortest=2)
            and not (k > 0 and tokens[k - 1].low in _PLACE_BEFORE | _ARTICLES)
            and not _digit_heard(t.low)
        ):
            out.append(PiiSpan(EntityType.PERSON, t.start, span.end))
    return out


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _digit_heard(low: str) -> bool:
    """ "Nero" for "zero" in a number read back (eighteenth-dev): a digit misheard, no name."""
    return any(len(low) == len(d) and edit_distance(low, d) == 1 for d in _DIGIT_WORDS)


def _word_at(tokens: list[Token], j: int) -> Token | None:
    return tokens[j] if 0 <= j < len(tokens) and tokens[j].is_word else None


def unlisted_names(tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not rare_title(t):
            i += 1
            continue
        nxt = _word_at(tokens, i + 1)
        # Two different rare words: a word said twice is a stutter or a misheard label
        # ("Goerler Goerler is…" for "order number is…", ninth-dev).
        pair = nxt is not None and rare_title(nxt) and nxt.start - t.end == 1 and nxt.low != t.low
        after_pair = _word_at(tokens, i + 2) if pair else None
        if pair and after_pair is not None and after_pair.low in PLACE_TAIL:
            i += 3
            continue
        if nxt is not None and nxt.low in PLACE_TAIL and nxt.is_title:
            i += 2
            continue
        if i > 0 and tokens[i - 1].low in _PLACE_BEFORE | _ARTICLES:
            i += 1  # "in Tamaki", "the Kestrel": a place, a thing; people take no article
            continue
        last = i + 1 if pair else i
        # A pair opening a sentence may be a company's name ("Melisian Carbent of airport…"):
        # taken there only where a name is (a pause, or a verb of people after it).
        if pair and sentence_start(tokens, i):
            pair = last + 1 >= len(tokens) or tokens[last + 1].text in (",", ".", "?", "!")
        if pair or _placed_as_a_name(tokens, i, last):
            out.append(PiiSpan(EntityType.PERSON, t.start, tokens[last].end))
            i = last + 1
            continue
        i += 1
    return out


def _placed_as_a_name(tokens: list[Token], first: int, last: int) -> bool:
    """Where people are named: a verb of what people do right after ("Kenji will…"), a
    word for asking or thanking right before ("ask Anjali", "Thanks, Siobhan"), or an
    apposition after ("Mateo, our crew lead")."""
    after = tokens[last + 1 : last + 4]
    verbs = _SAYS if sentence_start(tokens, first) else _DOES
    asking = len(after) >= 2 and after[1].low in _SUBJECTS  # "Arbid can you repeat that?"
    if after and after[0].is_word and after[0].low in verbs and not asking:
        if not (sentence_start(tokens, first) and after[0].low in _MODALS):
            return True
        # A modal opening the sentence promises what people do ("Kenji will call you"),
        # not what things do ("Kestrel will arrive", "Cray can deep…", eleventh-dev).
        return len(after) >= 2 and after[1].is_word and after[1].low in _PEOPLE_DO
    if len(after) >= 2 and after[0].text == "," and after[1].low in _APPOSED:
        return True
    if len(after) >= 2 and after[0].low in ("in", "from", "on") and after[1].low == "our":
        return True  # "Priyanka in our warehouse can ship them": one of the team
    if first >= 2 and tokens[first - 1].low == "from" and tokens[first - 2].low in _CONTACTS:
        return True  # "expect a call from Russland": who will call (twelfth-dev)
    j = first - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1  # "Thanks, Siobhan"
    if j >= 0 and tokens[j].low == "it's":
        return _introducing(tokens, j)
    # Addressed, not the subject of what follows: "Thanks, Brompton has been great" thanks
    # the listener for a bike.
    addressed = not (after and after[0].is_word and after[0].low in _FINITE)
    return addressed and j >= 0 and tokens[j].is_word and tokens[j].low in _TO_SOMEONE


_MODALS = frozenset(["will", "would", "can", "could", "should", "must"]) | _NEGATED_MODALS
# "a call from …", "an email from …": a person makes contact (a place would be "a flight from").
_CONTACTS = frozenset(["call", "ring", "text", "email", "e-mail", "message", "visit", "voicemail"])
_PEOPLE_DO = frozenset(
    [
        "call", "ring", "phone", "email", "text", "send", "come", "pop", "bring", "drop", "pick",
        "meet", "help", "sort", "check", "look", "speak", "talk", "see", "get", "take", "be",
        "have", "do", "let", "give", "tell", "ask", "book", "arrange", "organise", "organize",
        "handle", "deal", "follow", "reach", "contact", "visit", "fix", "fit", "install",
        "sign", "pay", "confirm", "review", "approve", "process", "explain", "show", "walk",
        "drive", "collect", "deliver", "also", "probably", "definitely", "then", "just",
        "mail", "post", "write", "update", "open", "lock", "move", "clear", "leave", "wait",
        "answer", "sit", "stay", "ship", "order", "prepare", "finish", "start", "keep",
    ]
)  # fmt: skip
_GREETINGS = frozenset(["hi", "hello", "hey", "yes", "yeah", "oh", "morning", "afternoon"])
_ARTICLES = frozenset(["the", "a", "an", "this", "that", "these", "those", "another"])
# A verb that makes the word before it its subject.
_FINITE = frozenset(
    ["has", "have", "had", "is", "was", "are", "were", "does", "did", "makes", "made", "works",
     "worked", "runs", "ran", "looks", "looked", "seems", "seemed", "goes", "went"]
)  # fmt: skip


def _introducing(tokens: list[Token], k: int) -> bool:
    """ "it's" at token k opens a caller's introduction ("Hi, it's Ngozi", "It's Ngozi"), not
    a remark ("But it's Dublin", sixth-dev): first in its sentence or after a greeting."""
    j = k - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    return sentence_start(tokens, k) or (j >= 0 and tokens[j].low in _GREETINGS)
