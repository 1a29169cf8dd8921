"""Names that are also everyday words ("Will", "Grace", "Brown", "Street"). A directory or
party name made of such a word is only taken where the recogniser wrote it as a name:
capitalised and not at the start of a sentence. Otherwise "I will call you" would lose a word
whenever a Will is on the call, and a word the recogniser was primed to write as a surname
would become a [PERSON]."""

from __future__ import annotations

from callvault.intelligence.redaction.tokens import Token

COMMON = frozenset(
    [
        "will",
        "grace",
        "may",
        "june",
        "april",
        "august",
        "joy",
        "hope",
        "faith",
        "rose",
        "mark",
        "bill",
        "pat",
        "sue",
        "jack",
        "frank",
        "ray",
        "dawn",
        "summer",
        "autumn",
        "amber",
        "ruby",
        "pearl",
        "crystal",
        "sky",
        "rich",
        "guy",
        "chase",
        "hunter",
        "cash",
        "art",
        "drew",
        "gene",
        "don",
        "rob",
        "win",
        "sunny",
        "honey",
        "candy",
        "destiny",
        "chance",
        "christian",
        "victor",
        "major",
        "king",
        "queen",
        "prince",
        "earl",
        "duke",
        "baker",
        "cook",
        "fisher",
        "mason",
        "porter",
        "carter",
        "taylor",
        "turner",
        "walker",
        "young",
        "white",
        "black",
        "brown",
        "green",
        "gray",
        "grey",
        "wood",
        "woods",
        "hill",
        "hills",
        "long",
        "short",
        "small",
        "little",
        "price",
        "bell",
        "bush",
        "rice",
        "fox",
        "ford",
        "hall",
        "lane",
        "street",
        "park",
        "parks",
        "field",
        "fields",
        "stone",
        "rock",
        "bank",
        "banks",
        "well",
        "wells",
        "brook",
        "brooks",
        "spring",
        "rain",
        "storm",
        "snow",
        "day",
        "days",
        "week",
        "sharp",
        "strong",
        "hardy",
        "bright",
        "love",
        "lovely",
        "best",
        "good",
        "goodman",
        "freeman",
        "newman",
        "dale",
        "glen",
        "den",
        "cliff",
        "heath",
        "moss",
        "reed",
        "read",
        "rusty",
        "sandy",
        "penny",
        "bob",
        "rocky",
        "lily",
        "iris",
        "violet",
        "daisy",
        "holly",
        "ivy",
        "hazel",
        "olive",
        "jasmine",
        "ginger",
        "rosemary",
        "sage",
        "basil",
        "miles",
        "max",
        "ace",
        "jade",
        "jewel",
        "star",
        "bear",
        "wolf",
        "hawk",
        "robin",
        "jay",
        "wren",
        "finn",
        "lee",
        "hale",
        "cross",
        "church",
        "chapel",
        "mill",
        "miller",
        "page",
        "reading",
        "nice",
        "sweet",
        "cole",
        "coal",
        "jordan",
        "judge",
        "bishop",
        "pope",
        "paris",
        "florence",
        "austin",
        "dallas",
        "houston",
        "phoenix",
        "sydney",
        "chelsea",
        "georgia",
        "virginia",
        "carolina",
        "ward",
        "warden",
        "hart",
        "heart",
        "hearts",
        "kind",
        "case",
        "clay",
        "gay",
        "gold",
        "silver",
        "steel",
        "iron",
        "flint",
        "pike",
        "bass",
    ]
)


# Titles said before a surname; a title alone gives nothing away.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir"})

# Words right after a name-like word that make it a place, an organisation or a brand
# ("Bellbrook Road", "Harrow Clinic", "Blake Island", "the John Deere dealer"), not a person.
PLACE_TAIL = frozenset(
    [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "court", "place",
        "close", "crescent", "terrace", "boulevard", "park", "square", "hill", "heights",
        "centre", "center", "clinic", "hospital", "bank", "group", "inc", "ltd", "limited",
        "house", "hall", "school", "college", "university", "airport", "station", "harbour",
        "harbor", "marina", "bay", "beach", "valley", "county", "city", "town", "village",
        "services", "solutions", "insurance", "energy", "mutual", "lending", "wireless",
        "island", "islands", "port", "point", "farm", "farms", "estate", "mill", "manor",
        "dealer", "dealers", "dealership", "showroom", "motors", "tractors", "brewery",
        "bros", "brothers", "depot", "store", "shop",
    ]
)  # fmt: skip


def sentence_start(tokens: list[Token], i: int) -> bool:
    """Token i begins a sentence: the first token, or after ". ? !"."""
    return i == 0 or tokens[i - 1].text in (".", "?", "!")


def takes_as_name(tokens: list[Token], i: int, form: tuple[str, ...]) -> bool:
    """Whether the words at token i matching `form` may be read as that name."""
    if len(form) > 1 or form[0] not in COMMON:
        return True
    return tokens[i].is_title and not sentence_start(tokens, i)


def skeleton(word: str) -> str:
    """Consonants in order without repeats: "Maria" and "Mario" are "mr", "Dana" and
    "Donna" "dn" (the recogniser gets a name's vowels wrong far more often than its
    consonants)."""
    out = ""
    for ch in word.lower():
        if ch in "aeiouy" or not ch.isalpha():
            continue
        if not out or out[-1] != ch:
            out += ch
    return out


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


# Spellings of a name's first sound ("Chloe" heard as "Klo", "Catherine" as "Katherine",
# "Philip" as "Filip"): compared as the sound, so the first letter may differ.
_STARTS = (("chr", "kr"), ("chl", "kl"), ("ph", "f"), ("kn", "n"), ("wr", "r"), ("ca", "ka"),
           ("co", "ko"), ("cu", "ku"), ("cl", "kl"), ("cr", "kr"))  # fmt: skip


def said_start(word: str) -> str:
    """The word with its first sound written one way (lower-case in, lower-case out)."""
    for spelled, sound in _STARTS:
        if word.startswith(spelled):
            return sound + word[len(spelled) :]
    return word


def sounds_like(written: str, name: str) -> bool:
    """A capitalised word the recogniser may have written for this name: same first sound,
    same consonant skeleton, at most two letters changed, and not an everyday word."""
    low = written.lower()
    if low in COMMON or low == name.lower():  # an everyday word; the name itself, found as such
        return False
    w, n = said_start(low), said_start(name.lower())
    if len(n) < 4 or len(w) < 3 or w[0] != n[0]:
        return False
    return skeleton(w) == skeleton(n) and len(skeleton(n)) >= 2 and edit_distance(w, n) <= 2
