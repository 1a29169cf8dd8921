from __future__ import annotations

import pytest

from callvault.intelligence.dictionary.correct import correct, sound_key
from callvault.intelligence.dictionary.prompt import DictionaryTerm
from callvault.intelligence.transcript import Transcript, Word, utterance_from_words

TERMS = [
    DictionaryTerm("CallVault", ("call fault",)),
    DictionaryTerm("CallVault Pro"),
    DictionaryTerm("Acme"),
    DictionaryTerm("Zentrix"),
    DictionaryTerm("Corvana"),
    DictionaryTerm("Pulse"),
]
NAMES = ["Maria Lopez", "Dev Patel"]


def transcript(*texts: str) -> Transcript:
    """Each word 300 ms after the previous, 250 ms long."""
    utterances = []
    for i, text in enumerate(texts):
        words = [Word(w, k * 300, k * 300 + 250) for k, w in enumerate(text.split())]
        utterances.append(utterance_from_words(i, "speaker", words))
    return Transcript("en", 60_000, tuple(utterances))


def fixed(text: str) -> str:
    return correct(transcript(text), TERMS, NAMES)[0].text


@pytest.mark.parametrize(
    ("heard", "written"),
    [
        ("we use call fault daily", "we use CallVault daily"),  # alias
        ("we moved from ackme last year", "we moved from Acme last year"),  # near miss
        ("the call vault app", "the CallVault app"),  # split word
        ("upgrade to call vault pro now", "upgrade to CallVault Pro now"),  # longest term wins
        ("zen tricks is cheaper", "Zentrix is cheaper"),  # sounds alike
        ("a Corvanna contract", "a Corvana contract"),  # the article is not swallowed
        ("ask Maria Lopes", "ask Maria Lopez"),  # directory name
        ("Mr. Patil called", "Mr. Patel called"),  # surname alone
        ("the callvault system", "the CallVault system"),  # case
    ],
)
def test_terms_and_names_are_written_canonically(heard: str, written: str) -> None:
    assert fixed(heard) == written


def test_punctuation_and_possessives_are_kept() -> None:
    assert fixed('"Callvault\'s" plan, ackme.') == '"CallVault\'s" plan, Acme.'


@pytest.mark.parametrize(
    "sentence",
    [
        "check your pulse before you call",
        "I think the core value is trust and the central team can sell it",
        "we can call back to the vault later",
        "the contract and the account are both fine",
        "that trick is in the carving shop",
    ],
)
def test_ordinary_english_is_left_alone(sentence: str) -> None:
    t, corrections = correct(transcript(sentence), TERMS, NAMES)
    assert t.text == sentence
    assert corrections == []


def test_words_across_a_sentence_break_are_not_joined() -> None:
    assert fixed("please call. Vault is the product") == "please call. Vault is the product"


def test_merged_word_keeps_the_time_range_and_invariant() -> None:
    t, corrections = correct(transcript("so call vault pro works"), TERMS, NAMES)
    u = t.utterances[0]
    assert u.text == "so CallVault Pro works"
    assert u.text == "".join(w.text for w in u.words)
    merged = u.words[1]
    assert (merged.text, merged.start_ms, merged.end_ms) == (" CallVault Pro", 300, 1150)
    (c,) = corrections
    assert (c.utterance, c.before, c.after) == (0, "call vault pro", "CallVault Pro")
    assert u.text[c.start : c.end] == "CallVault Pro"
    assert u.time_of(c.start, c.end) == (300, 1150)


def test_corrections_point_into_each_utterance() -> None:
    t, corrections = correct(transcript("hello there", "ackme and zen tricks"), TERMS, NAMES)
    assert [c.utterance for c in corrections] == [1, 1]
    for c in corrections:
        assert t.utterances[c.utterance].text[c.start : c.end] == c.after
    assert t.utterances[0].text == "hello there"


def test_pairs_and_plain_strings_are_accepted_as_terms() -> None:
    t, _ = correct(
        transcript("we use call fault and zen tricks"), [("CallVault", ["call fault"]), "Zentrix"]
    )
    assert t.text == "we use CallVault and Zentrix"


def test_nothing_to_correct_returns_equal_transcript() -> None:
    original = transcript("nothing to see here")
    t, corrections = correct(original, [], [])
    assert t == original
    assert corrections == []


def test_sound_key_groups_spellings_a_recogniser_confuses() -> None:
    assert sound_key("Zentrix") == sound_key("zen tricks") == sound_key("Sentrix")
    assert sound_key("ackme") == sound_key("Acme")
    assert sound_key("acne") != sound_key("Acme")
