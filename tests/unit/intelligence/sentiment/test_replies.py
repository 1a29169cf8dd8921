"""The other party's reply to a turn tells how it was meant (ADR 0039): an agent answers a
complaint with sympathy and praise with gladness, so a flat statement of a fault followed by
"I'm so sorry to hear that" is a complaint. Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

from callvault.intelligence.sentiment.model import load
from callvault.intelligence.sentiment.service import analyse
from callvault.intelligence.transcript import Transcript, Word, reindex, utterance_from_words

FACT = "It finally arrived this morning."


def _label_of_second(*parts: tuple[str, str]) -> str:
    """The label of the second of `parts` ((speaker, text) each, two seconds apart)."""
    utterances, start = [], 0
    for speaker, text in parts:
        words = text.split()
        utterances.append(
            utterance_from_words(
                0,
                speaker,
                [Word(w, start + i * 300, start + i * 300 + 250) for i, w in enumerate(words)],
            )
        )
        start += len(words) * 300 + 2_500
    t = Transcript(language="en", duration_ms=start, utterances=reindex(utterances))
    return analyse(t, model=load()).utterances[1].label


def test_sympathy_after_a_turn_marks_it_a_complaint() -> None:
    asked = ("callee", "How can I help you today?")
    said = ("caller", "They came out on Friday and left.")
    assert _label_of_second(asked, said, ("callee", "Okay.")) == "neutral"
    assert _label_of_second(asked, said, ("callee", "I'm so sorry to hear that.")) == "negative"


def test_gladness_after_the_same_turn_marks_it_relief() -> None:
    asked = ("callee", "How can I help you today?")
    assert _label_of_second(asked, ("caller", FACT), ("callee", "Oh, I'm glad to hear it.")) == (
        "positive"
    )


def test_asking_to_hear_it_again_is_no_sympathy() -> None:
    asked = ("callee", "And the code on the back?")
    said = ("caller", "It's B W V, seven one four.")
    assert _label_of_second(asked, said, ("callee", "Sorry, say that again?")) == "neutral"
    liked = ("caller", "The new one works perfectly.")
    assert _label_of_second(asked, liked, ("callee", "Sorry, say that again?")) == "positive"


def test_the_reply_is_the_other_partys_next_turn_not_the_speakers_own() -> None:
    # The caller's own apology after the praise is no reply to it; the agent's "Great." is.
    asked = ("callee", "How is the new one?")
    liked = ("caller", "The new one works perfectly.")
    own = ("caller", "Sorry I didn't call back sooner.")
    assert _label_of_second(asked, liked, own, ("callee", "Great.")) == "positive"
