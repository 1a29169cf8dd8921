from __future__ import annotations

from callvault.intelligence.dictionary.prompt import (
    DictionaryTerm,
    TermLike,
    estimate_tokens,
    hotwords,
    initial_prompt,
)

TERMS: list[TermLike] = [
    DictionaryTerm("CallVault", ("call fault",)),
    DictionaryTerm("Zentrix"),
    "Corvana",
]
NAMES = ["Maria Lopez", "Dev Patel"]


def test_hotwords_list_terms_then_names_without_aliases() -> None:
    assert hotwords(TERMS, NAMES) == "CallVault, Zentrix, Corvana, Maria Lopez, Dev Patel"


def test_hotwords_respect_the_budget_and_keep_priority() -> None:
    many = [f"Product{i:04d}" for i in range(500)]
    words = hotwords(many, NAMES, limit=30)
    assert words is not None
    assert estimate_tokens(words) <= 30 + 10
    assert words.startswith("Product0000, Product0001")
    assert "Maria" not in words


def test_duplicates_collapse_case_insensitively() -> None:
    assert hotwords(["Acme", "ACME", "acme "], ["acme"]) == "Acme"


def test_empty_vocabulary_gives_none() -> None:
    assert hotwords([], []) is None
    assert initial_prompt([], []) is None


def test_initial_prompt_is_a_short_sentence() -> None:
    prompt = initial_prompt(TERMS, NAMES)
    assert prompt == (
        "A business phone call about CallVault, Zentrix, Corvana with Maria Lopez, Dev Patel."
    )
    assert "call fault" not in prompt


def test_initial_prompt_is_budgeted() -> None:
    prompt = initial_prompt([f"Term{i}" for i in range(1000)], NAMES, limit=40)
    assert prompt is not None
    assert estimate_tokens(prompt) <= 45
