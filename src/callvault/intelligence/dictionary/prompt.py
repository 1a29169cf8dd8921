"""What the recogniser is told about a workspace's vocabulary: a short hotwords string and an
initial prompt built from dictionary terms and directory names. Whisper reads at most ~223
prompt tokens per window, and every prompt token slows decoding and makes loops likelier, so
both are short, the caller's order is the priority (terms first, then names), and nothing is
sent without dictionary terms: names alone only push the model toward writing names.

A name part that is a common word ("Price", "Hope", "Mark") never goes in: primed with it, the
model writes the word as a name ("the Price went up"), which redaction then hides as a person.
`common` tells such words (the recogniser knows: one token of its own vocabulary)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# Budgets in estimated tokens, well under Whisper's cap (bench/vi/asr.py: term accuracy held
# at half the earlier 100; a long prompt made tiny.en loop on digit strings, issue #11).
HOTWORDS_TOKENS = 50
PROMPT_TOKENS = 50

CommonWord = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class DictionaryTerm:
    """A company term as it should be written, and how it tends to be misheard or misspelt."""

    term: str
    aliases: tuple[str, ...] = ()


TermLike = DictionaryTerm | tuple[str, Sequence[str]] | str


def as_terms(terms: Iterable[TermLike]) -> list[DictionaryTerm]:
    """DictionaryTerms from terms, (term, aliases) pairs or plain strings."""
    out: list[DictionaryTerm] = []
    for t in terms:
        if isinstance(t, DictionaryTerm):
            out.append(t)
        elif isinstance(t, str):
            out.append(DictionaryTerm(t))
        else:
            out.append(DictionaryTerm(t[0], tuple(t[1])))
    return out


def estimate_tokens(text: str) -> int:
    """A cheap upper estimate of Whisper BPE tokens (invented names split into short pieces)."""
    return sum(1 + len(word) // 3 for word in text.split())


def hints(
    terms: Iterable[TermLike], names: Iterable[str] = (), *, common: CommonWord | None = None
) -> tuple[str | None, str | None]:
    """(hotwords, initial prompt) for the transcribe stage: the short prompt only. Hotwords
    cost 3-4x the decoding time of tiny.en on phone calls and the prompt about 2x (ADR 0020),
    so only the prompt is sent, and only when the dictionary has terms."""
    return None, initial_prompt(terms, names, common=common)


def rare_names(names: Iterable[str], common: CommonWord | None = None) -> list[str]:
    """Each name with its common-word parts left out ("Will Patel" -> "Patel"); names made
    only of common words are dropped."""
    out: list[str] = []
    for name in names:
        parts = [p for p in name.split() if common is None or not common(p)]
        if parts:
            out.append(" ".join(parts))
    return out


def hotwords(
    terms: Iterable[TermLike],
    names: Iterable[str] = (),
    limit: int = HOTWORDS_TOKENS,
    *,
    common: CommonWord | None = None,
) -> str | None:
    """Comma-separated terms then names, cut to about limit tokens (None without terms)."""
    term_list = as_terms(terms)
    if not term_list:
        return None
    picked = _within_budget(_vocabulary(term_list, rare_names(names, common)), limit)
    return ", ".join(picked) or None


def initial_prompt(
    terms: Iterable[TermLike],
    names: Iterable[str] = (),
    limit: int = PROMPT_TOKENS,
    *,
    common: CommonWord | None = None,
) -> str | None:
    """A short natural sentence naming the vocabulary, which Whisper copies spellings from
    (None without terms)."""
    term_list = [t.term for t in as_terms(terms)]
    if not term_list:
        return None
    name_list = rare_names(names, common)
    head = "A business phone call"
    words = _within_budget(_unique([*term_list, *name_list]), limit - estimate_tokens(head) - 3)
    if not words:
        return None
    chosen = set(words)
    about = [t for t in _unique(term_list) if t in chosen]
    people = [n for n in _unique(name_list) if n in chosen and n not in about]
    parts = [head]
    if about:
        parts.append(f"about {', '.join(about)}")
    if people:
        parts.append(f"with {', '.join(people)}")
    return " ".join(parts) + "."


def _vocabulary(terms: Iterable[TermLike], names: Iterable[str]) -> list[str]:
    return _unique([*(t.term for t in as_terms(terms)), *names])


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        clean = " ".join(item.split())
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return out


def _within_budget(items: list[str], budget: int) -> list[str]:
    out: list[str] = []
    used = 0
    for item in items:
        cost = estimate_tokens(item) + 1  # the separating comma
        if used + cost > budget:
            continue  # a shorter later item may still fit
        out.append(item)
        used += cost
    return out
