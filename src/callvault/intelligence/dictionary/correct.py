"""Fixing a transcript with the company dictionary: aliases, case, split words and near-misses
of terms and directory names become the canonical spelling ("call vault" -> "CallVault",
"ackme" -> "Acme"). Works on words, so every utterance keeps its text/words invariant and a
merged word keeps the time range of the words it replaces."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from callvault.intelligence.dictionary.prompt import TermLike, as_terms
from callvault.intelligence.transcript import Transcript, Utterance, Word

# Ordinary words a term or name must never be "corrected" into, nor out of: single words on
# this list are only changed by an explicit alias. Short words (< 4 letters) never match fuzzily.
_COMMON = """
    able about above account accounts actually address after again against ago agent ahead
    all also always amount and another answer any anyone anything anyway apple area around
    back bank bare basic because been before being believe best better bill billing bit both
    break bring business busy call called caller calling calls came can cancel card care carry
    case cause center central change charge charged check choose city claim clear close code
    come coming company complete contact contract core corner cost could course cover credit
    current customer date days deal dear delivery detail details does doing done down during
    each early easy else email emails end enough even evening ever every exactly extra fair
    family fast feel file find fine first five follow form forward four free friday from front
    full further give glad good great group guess hand happen happy hard have hear hello help
    here hold home hope hour hours house idea issue issues just keep kind know last late later
    least leave less letter like line list little live long look looking lost make manager
    many mark matter maybe mean message might minute minutes moment monday money month more
    morning most much must name need never next nice night none note nothing number offer
    office okay once only open order other over page paid park part pass past pay payment
    people perfect person phone place plan plans please plus point policy post price pro
    problem process product products pulse quick quite rate rather really reason record refund
    right room said same save saying second sell send sent service services should show side
    since single site some someone something soon sorry sound speak speaking spell start still
    stop store such sure system take talk team tell tense than thank thanks that their them
    then there these they thing things think this those though three through time today
    together told tomorrow total trick tricks true trust tuesday turn under until upgrade used
    user very vault visit wait want watch week well were what when where which while will
    wish with within work working world would write wrong year years yesterday your zone
    """
COMMON_WORDS = frozenset(_COMMON.split())

MAX_WINDOW = 4  # words one term may have been split into
RAW_THRESHOLD = 88.0  # fuzz.ratio on letters: "ackme"/"acme" scores 88.9
SOUND_THRESHOLD = 90.0
MIN_FUZZY_LEN = 4  # shorter keys only match exactly (an alias or a case fix)

_EDGE = re.compile(r"^(\W*)(.*?)((?:'s|’s)?\W*)$", re.DOTALL)
_SOUNDS = [  # a crude English sound key: spellings a recogniser confuses map together
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(?<=.)[aeiouy]+(?=.)"), "a"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@dataclass(frozen=True, slots=True)
class Correction:
    """Characters [start, end) of the corrected utterance text now read `after`."""

    utterance: int
    start: int
    end: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class _Entry:
    target: str
    exact_only: bool  # aliases are matched as given, never fuzzily


def correct(
    transcript: Transcript,
    terms: Iterable[TermLike],
    names: Iterable[str] = (),
    *,
    common: Callable[[str], bool] | None = None,
) -> tuple[Transcript, list[Correction]]:
    """The transcript with dictionary terms and names spelled canonically, and what changed.
    A name word that `common` calls an ordinary word ("price", "hope") is only corrected as
    part of a name with a rarer word in it ("mark patel" -> "Mark Patel"), never alone, and a
    name made only of such words ("Will Park") is never corrected into."""
    matcher = _Matcher(as_terms(terms), list(names), common)
    corrections: list[Correction] = []
    utterances = [matcher.fix(u, corrections) for u in transcript.utterances]
    fixed = Transcript(transcript.language, transcript.duration_ms, tuple(utterances))
    return fixed, corrections


def key(text: str) -> str:
    """Letters and digits only, case-folded: 'Call-Vault' and 'call vault' share 'callvault'."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def sound_key(text: str) -> str:
    """key() reduced to how it sounds (Zentrix, Zen tricks and Sentrix agree)."""
    out = key(text)
    for pattern, replacement in _SOUNDS:
        out = pattern.sub(replacement, out)
    return out


class _Matcher:
    def __init__(
        self,
        terms: Sequence[TermLike],
        names: Sequence[str],
        common: Callable[[str], bool] | None = None,
    ) -> None:
        self.exact: dict[str, _Entry] = {}
        self.fuzzy: dict[str, str] = {}  # key -> target
        self.by_length: dict[int, list[str]] = {}
        self.sounds: dict[str, str] = {}  # sound key -> target
        for t in as_terms(terms):
            self._add(t.term, t.term)
            for alias in t.aliases:
                self.exact.setdefault(key(alias), _Entry(t.term, exact_only=True))
        for name in names:
            parts = name.split()
            if common is not None and all(common(p) for p in parts):
                continue  # "Hope", "Will Park": every "I will park" would become a name
            self._add(name, name)
            # Surnames alone are often said ("Mr Patel"); first names are too often words.
            surname = parts[-1] if len(parts) > 1 else ""
            if surname and key(surname) not in COMMON_WORDS and not (common and common(surname)):
                self._add(surname, surname)

    def _add(self, text: str, target: str) -> None:
        k = key(text)
        if not k:
            return
        self.exact[k] = _Entry(target, exact_only=False)
        if len(k) >= MIN_FUZZY_LEN and k not in COMMON_WORDS:
            if k not in self.fuzzy:
                self.fuzzy[k] = target
                self.by_length.setdefault(len(k), []).append(k)
            self.sounds.setdefault(sound_key(text), target)

    def fix(self, utterance: Utterance, corrections: list[Correction]) -> Utterance:
        words = list(utterance.words)
        out: list[Word] = []
        changes: list[tuple[int, str, str]] = []  # (index in out, before, after)
        i = 0
        while i < len(words):
            found = self._best(words, i)
            if found is None:
                out.append(words[i])
                i += 1
                continue
            n, target = found
            window = words[i : i + n]
            merged = _merge(window, target)
            out.append(merged)
            if merged.text != "".join(w.text for w in window):
                changes.append((len(out) - 1, _core(window), target))
            i += n
        if not changes:
            return utterance
        fixed = Utterance(
            utterance.index, utterance.speaker, utterance.start_ms, utterance.end_ms, tuple(out)
        )
        offsets = fixed.word_offsets()
        for at, before, after in changes:
            start = offsets[at][0]
            body = out[at].text
            start += body.index(after)
            corrections.append(
                Correction(utterance.index, start, start + len(after), before, after)
            )
        return fixed

    def _best(self, words: list[Word], i: int) -> tuple[int, str] | None:
        best: tuple[float, int, str] | None = None
        for n in range(1, min(MAX_WINDOW, len(words) - i) + 1):
            window = words[i : i + n]
            if not _joinable(window):
                break
            score = self._score(_core(window), n)
            if score is None or (best is not None and score[0] <= best[0]):
                continue  # on a tie the shorter window wins
            if n > 1 and score[0] < 100:
                # A fuzzy window must need its first word: "to call vault pro" is "to" plus
                # an exact "call vault pro" found one word later.
                rest = self._score(_core(window[1:]), n - 1)
                if rest is not None and rest[0] >= score[0]:
                    continue
            best = (score[0], n, score[1])
        return None if best is None else (best[1], best[2])

    def _score(self, core: str, n: int) -> tuple[float, str] | None:
        k = key(core)
        if not k:
            return None
        entry = self.exact.get(k)
        if entry is not None:
            # A single common word equal to a term only by case ("pulse" / "Pulse") stays.
            if n == 1 and not entry.exact_only and k in COMMON_WORDS and core != entry.target:
                return None
            return 100.0 + n, entry.target  # exact beats fuzzy; longer exact beats shorter
        if len(k) < MIN_FUZZY_LEN or (n == 1 and k in COMMON_WORDS):
            return None
        target = self.sounds.get(sound_key(core))
        # Same sound and still mostly the same letters: "zen tricks" -> Zentrix.
        if target is not None and fuzz.ratio(k, key(target)) >= SOUND_THRESHOLD - 25:
            return 95.0, target
        spread = max(2, len(k) // 4)
        candidates = [
            c
            for size in range(len(k) - spread, len(k) + spread + 1)
            for c in self.by_length.get(size, ())
        ]
        # Multi-word windows made of ordinary words need a closer match to be believed.
        cutoff = RAW_THRESHOLD if n == 1 else RAW_THRESHOLD + 4
        hit = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
        return None if hit is None else (float(hit[1]), self.fuzzy[hit[0]])


def _joinable(window: list[Word]) -> bool:
    # Words across a sentence or clause break are not one term.
    for w in window[:-1]:
        if not w.text.strip() or w.text.rstrip()[-1] in ".,;:!?":
            return False
    return all(any(ch.isalnum() for ch in w.text) for w in window)


def _parts(text: str) -> tuple[str, str, str]:
    """Leading punctuation, the word, trailing punctuation (with a possessive 's)."""
    m = _EDGE.match(text.strip())
    assert m is not None  # the pattern matches any string
    return m.group(1), m.group(2), m.group(3)


def _core(window: list[Word]) -> str:
    return " ".join(_parts(w.text)[1] for w in window)


def _merge(window: list[Word], target: str) -> Word:
    first, last = window[0].text, window[-1].text
    separator = first[: len(first) - len(first.lstrip())]
    lead, tail = _parts(first)[0], _parts(last)[2]
    probability = min(w.probability for w in window)
    return Word(
        separator + lead + target + tail, window[0].start_ms, window[-1].end_ms, probability
    )
