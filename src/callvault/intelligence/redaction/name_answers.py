"""A name given in answer to a question for it. "Can I verify the name on the plan?" —
"Chiamacca -Ed, B -H -I -R…": the customer's name opens the answer as a phrase of its own,
however the recogniser wrote it (sixteenth-dev: the first name and surname were left, the
spelling after them hidden). At a sentence's start a rare word alone is not taken for a name
elsewhere (a company, a product opens sentences too); after a question for a name it is.

Only the other party's next utterance, within ANSWER_MS, and only its opening words: after
"yes", "it's", "my name is"…, one to three capitalised words that end at a comma, a full
stop or the utterance's end ("Hold on, let me look" names no one: a lower-case word follows
"Hold"). One of them must be a given name or a word English rarely uses: "Sorry?" and
"Certainly." are answers, not names."""

from __future__ import annotations

from collections.abc import Sequence

from callvault.intelligence.redaction.common_names import TITLES
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.person import name_like
from callvault.intelligence.redaction.tokens import Token, glued, tokenize
from callvault.intelligence.transcript import Utterance

ANSWER_MS = 10_000
_MAX_WORDS = 3
_THINGS = (
    "account|plan|card|policy|reservation|booking|order|file|lease|loan|ticket|claim|"
    "warranty|subscription|contract|bond|application|appointment|deed|title|registration"
)
# Lower-case word sequences that ask for a person's name.
_ASKS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "your name|your full name|your first name|your last name|your surname|"
        "your family name|who am i speaking with|who am i speaking to|who i'm speaking with|"
        "who i am speaking with|name please|whose name|under what name|what name|"
        "the name it's under|the name it is under|"
        + "|".join(f"name on the {t}|name for the {t}|name on your {t}" for t in _THINGS.split("|"))
    ).split("|")
)
# Words an answer opens with before the name itself.
_OPENERS = frozenset(
    ["yes", "yeah", "yep", "sure", "of", "course", "um", "uh", "er", "so", "oh", "okay", "ok",
     "well", "it's", "its", "it", "is", "that's", "that", "would", "be", "should", "my",
     "name", "name's", "this", "i'm", "im", "i", "am", "under", "the", "sorry", "right",
     "certainly", "absolutely", "and", "full"]
)  # fmt: skip


def names_answered(utterances: Sequence[Utterance]) -> dict[int, list[PiiSpan]]:
    """Utterance index -> the name given at the start of an answer to a question for it."""
    out: dict[int, list[PiiSpan]] = {}
    ordered = sorted(utterances, key=lambda u: (u.start_ms, u.index))
    for n, asked in enumerate(ordered):
        if not _asks_a_name(asked.text):
            continue
        answer = next((u for u in ordered[n + 1 :] if u.speaker != asked.speaker), None)
        if answer is None or answer.start_ms - asked.end_ms > ANSWER_MS:
            continue
        span = _name_opening(tokenize(answer.text))
        if span is not None:
            out.setdefault(answer.index, []).append(span)
    return out


def _asks_a_name(text: str) -> bool:
    words = [t.low for t in tokenize(text) if t.is_word]
    return any(tuple(words[i : i + len(ask)]) == ask for i in range(len(words)) for ask in _ASKS)


def _name_opening(tokens: list[Token]) -> PiiSpan | None:
    k = 0
    while k < len(tokens) and (tokens[k].low in _OPENERS or tokens[k].text == ","):
        k += 1
    if k < len(tokens) and tokens[k].low in TITLES:  # "Mrs. Okafor"
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1
    first, last, words = k, None, 0
    while k < len(tokens) and words < _MAX_WORDS:
        t = tokens[k]
        if t.text == "-" and k + 1 < len(tokens) and glued(t, tokens[k + 1]):
            k += 1  # "Chiamacca -Ed": the recogniser's dash before a word it continues
            continue
        if not (t.is_word and t.is_title and len(t.text) > 1):
            break
        last, words, k = k, words + 1, k + 1
    if last is None or (k < len(tokens) and tokens[k].text not in (",", ".", "?", "!")):
        return None
    named = [t for t in tokens[first : last + 1] if t.is_word]
    if not any(name_like(t.low) for t in named):
        return None
    return PiiSpan(EntityType.PERSON, tokens[first].start, tokens[last].end)
