"""A payment call as the recogniser writes it: the agent (callee) asks, the customer (caller)
answers on the other channel, with pauses that split numbers across utterances. Each answer
carries no label of its own: only the question says what it is."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from callvault.intelligence.transcript import Transcript, Utterance, Word, utterance_from_words

TURNS: tuple[tuple[str, int, str], ...] = (
    ("callee", 0, "Thank you for calling Acme, this is Dana. How can I help?"),
    ("caller", 4000, "Hi, my package is held and I need to pay the customs fee."),
    ("callee", 8000, "Sure. Can I have the last four of your social?"),
    ("caller", 11000, "six seven eight nine"),
    ("callee", 14000, "And what's the card number?"),
    ("caller", 17000, "four one one one, one one one one,"),
    ("caller", 19500, "one one one one, one one one one"),
    ("callee", 23000, "What's the expiry?"),
    ("caller", 25000, "September twenty eight"),
    ("callee", 28000, "And the code on the back?"),
    ("caller", 30000, "four five six"),
    ("callee", 33000, "I also need your full social security number please"),
    ("caller", 35000, "one two three."),
    ("caller", 36500, "four five."),
    ("caller", 38000, "six seven eight nine."),
    ("callee", 41000, "What's your date of birth?"),
    ("caller", 43000, "the third of May eighty two"),
    ("callee", 46000, "And the billing address?"),
    ("caller", 48000, "four twenty seven Maple Avenue apartment five B, Springfield 62704"),
    ("callee", 52000, "Great. Your order number is 5 5 1 2 8 8 1 and it ships at 3 pm."),
    ("caller", 56000, "That's forty nine ninety five dollars, right?"),
    ("callee", 60000, "Yes. Thanks, Maria, have a great day."),
)
PARTIES = ("Maria Lopez", "Dana Whitfield")
# What must be gone from the redacted text (as the raw text has it), by the utterance it is in.
PII: tuple[tuple[int, str, str], ...] = (
    (3, "ssn", "six seven eight nine"),
    (5, "card_number", "four one one one, one one one one"),
    (6, "card_number", "one one one one, one one one one"),
    (8, "card_expiry", "September twenty eight"),
    (10, "card_security_code", "four five six"),
    (12, "ssn", "one two three"),
    (13, "ssn", "four five"),
    (14, "ssn", "six seven eight nine"),
    (16, "date_of_birth", "the third of May eighty two"),
    (18, "address", "four twenty seven Maple Avenue apartment five B, Springfield 62704"),
    (21, "person", "Maria"),
)
SURVIVORS = ("5 5 1 2 8 8 1", "3 pm", "forty nine ninety five dollars", "customs fee")


def utterance(index: int, speaker: str, start_ms: int, text: str) -> Utterance:
    words = []
    t = start_ms
    for w in text.split():
        words.append(Word(w, t, t + 300))
        t += 350
    return utterance_from_words(index, speaker, words)


def transcript(turns: tuple[tuple[str, int, str], ...] = TURNS) -> Transcript:
    utterances = tuple(utterance(i, s, t, text) for i, (s, t, text) in enumerate(turns))
    return Transcript("en", turns[-1][1] + 10_000, utterances)


def redacted_texts(
    *turns: tuple[str, int, str],
    types: AbstractSet[EntityType] = DEFAULT_TYPES,
    parties: tuple[str, ...] = (),
    business: AbstractSet[str] = frozenset(),
) -> list[str]:
    """The utterances' texts after redaction (the default types unless given, fail-closed),
    the call's parties' names hidden; `business` the speakers of the business's side."""
    result = redact_transcript(
        transcript(turns), types=types, parties=parties, fail_closed=True, business=business
    )
    return [u.text for u in result.transcript.utterances]
