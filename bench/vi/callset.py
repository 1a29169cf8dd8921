"""A seeded set of short generated calls for the speech-to-text benchmark: two parties on two
channels (mostly the hibari neural voice, some espeak-ng), each call rendered clean and through
a telephone chain (sox: 8 kHz µ-law, 300–3400 Hz) with noise, plus single sentences heavy with
company-dictionary words (invented products, competitors, directory people). Audio is cached
under bench/vi/.cache/ (gitignored), so only the first run pays for synthesis.

    from callset import calls, dictionary_clips, DICTIONARY_TERMS, DIRECTORY_NAMES
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # test speech lives in tests/support, shared with the unit tests

from tests.support.speech import Voice, conversation_audio, speak, telephone  # noqa: E402

from callvault.intelligence.dictionary.prompt import DictionaryTerm  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
Samples = npt.NDArray[np.float32]

AGENT_LINES = [
    "Thank you for calling customer support, my name is Emma, how can I help you today?",
    "I can certainly help with that, could I have your full name please?",
    "Let me pull up your account, it will only take a moment.",
    "I can see the payment went through on Tuesday afternoon.",
    "I have issued a refund, it should reach your card within five working days.",
    "Is there anything else I can help you with today?",
    "I am sorry for the trouble, I will escalate this to our technical team.",
    "Your new router will be delivered by Friday at the latest.",
    "I have updated the billing address on your account.",
    "You should receive a confirmation email in the next few minutes.",
]
CALLER_LINES = [
    "Hi, I was charged twice for my subscription this month.",
    "Yes, it is Daniel Brooks, and my account is under my work email.",
    "My internet keeps dropping every evening around eight o'clock.",
    "I would like to change my plan to the cheaper one.",
    "Great, thank you so much for sorting that out.",
    "No, that is everything, have a good day.",
    "I moved house last month and the bills still go to the old address.",
    "The invoice says I owe money but I paid it already.",
    "Can you tell me when the engineer is coming?",
    "That sounds fine, I will wait for the email.",
]

# The company dictionary the benchmark feeds the recogniser: invented products, competitors
# and jargon (aliases are how an admin would note known mishearings), plus directory people.
DICTIONARY_TERMS = [
    DictionaryTerm("CallVault", ("call fault",)),
    DictionaryTerm("CallVault Pro"),
    DictionaryTerm("Zentrix"),
    DictionaryTerm("Corvana"),
    DictionaryTerm("Nimbrella"),
    DictionaryTerm("Quorvex"),
    DictionaryTerm("Tellaris"),
    DictionaryTerm("VoxBridge"),
    DictionaryTerm("SIP trunk"),
    DictionaryTerm("Helix Suite"),
    DictionaryTerm("Drovana Analytics"),
    DictionaryTerm("Opaline"),
]
DIRECTORY_NAMES = [
    "Priya Raman",
    "Tobias Lindqvist",
    "Ngozi Adeyemi",
    "Mateo Alvarez",
    "Ingrid Halvorsen",
    "Kenji Watanabe",
    "Siobhan Kearney",
    "Rafael Okonkwo",
]
DICTIONARY_SENTENCES = [
    "We are moving from Zentrix to CallVault Pro next quarter.",
    "Corvana quoted us a lower price, but Quorvex has better support.",
    "Please ask Priya Raman to send the Nimbrella contract.",
    "Tobias Lindqvist said the SIP trunk on Tellaris keeps failing.",
    "Our team uses VoxBridge for conferencing and CallVault for recording.",
    "Ngozi Adeyemi wants a demo of Helix Suite on Thursday.",
    "Drovana Analytics pulls the call data straight from CallVault.",
    "Kenji Watanabe compared Opaline with Zentrix last week.",
    "Can Siobhan Kearney join the call about the Corvana migration?",
    "Mateo Alvarez is upgrading the London office to CallVault Pro.",
    "Ingrid Halvorsen approved the Quorvex renewal this morning.",
    "Rafael Okonkwo says Nimbrella and Tellaris both integrate with VoxBridge.",
]


@dataclass(frozen=True)
class Call:
    name: str
    voice: Voice
    reference: str  # every turn's text in speaking order
    clean: tuple[Samples, Samples]
    phone: tuple[Samples, Samples]

    @property
    def seconds(self) -> float:
        return float(self.clean[0].shape[0]) / 16_000


@dataclass(frozen=True)
class Clip:
    text: str
    samples: Samples  # telephone quality, mono

    @property
    def seconds(self) -> float:
        return float(self.samples.shape[0]) / 16_000


def calls(
    n: int = 10, *, seed: int = 7, espeak_every: int = 4, noise_db: float = 25.0
) -> list[Call]:
    """n calls of 3–4 turns; every espeak_every-th call uses the espeak voice."""
    rng = random.Random(seed)
    out: list[Call] = []
    for i in range(n):
        voice: Voice = (
            "espeak" if espeak_every and i % espeak_every == espeak_every - 1 else "hibari"
        )
        turns = [(0, rng.choice(AGENT_LINES))]
        for k in range(rng.choice([2, 3])):
            turns.append((1 - k % 2, rng.choice(CALLER_LINES if k % 2 == 0 else AGENT_LINES)))
        voices = (voice, voice)
        clean = conversation_audio(
            turns, telephone_line=False, voices=voices, seed=seed * 1000 + i, cache=CACHE
        )
        phone = conversation_audio(
            turns,
            telephone_line=True,
            noise_db=noise_db,
            voices=voices,
            seed=seed * 1000 + i,
            cache=CACHE,
        )
        out.append(
            Call(
                f"call{i:02d}", voice, " ".join(t for _, t in turns), clean.channels, phone.channels
            )
        )
    return out


def dictionary_clips(*, noise_db: float = 25.0) -> list[Clip]:
    """Every dictionary-heavy sentence in the neural voice over a telephone line."""
    return [
        Clip(
            text,
            telephone(speak(text, seed=i, cache=CACHE), noise_db=noise_db, seed=i, cache=CACHE),
        )
        for i, text in enumerate(DICTIONARY_SENTENCES)
    ]
