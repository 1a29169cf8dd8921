"""What the recogniser is told about a workspace's vocabulary: a short hotwords string and an
initial prompt built from dictionary terms and directory names. Whisper reads at most ~223
prompt tokens per window, and every prompt token slows decoding, so both are budgeted and the
caller's order is the priority (terms first, then names)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Budgets in estimated tokens, well under Whisper's cap: measured (bench/vi/asr.py) to help
# on term-heavy speech without costing more than a few percent of speed.
HOTWORDS_TOKENS = 100
PROMPT_TOKENS = 100


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


def hotwords(
    terms: Iterable[TermLike], names: Iterable[str] = (), limit: int = HOTWORDS_TOKENS
) -> str | None:
    """Comma-separated terms then names, cut to about limit tokens (None when empty)."""
    picked = _within_budget(_vocabulary(terms, names), limit)
    return ", ".join(picked) or None


def initial_prompt(
    terms: Iterable[TermLike], names: Iterable[str] = (), limit: int = PROMPT_TOKENS
) -> str | None:
    """A short natural sentence naming the vocabulary, which Whisper copies spellings from."""
    term_list = [t.term for t in as_terms(terms)]
    name_list = list(names)
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
