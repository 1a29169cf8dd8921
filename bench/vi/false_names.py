"""False names on PII-free speech (issue #11): a directory whose people are called "Mark Price",
"Grace Hope", "Will Park"… and calls that say "price", "hope", "park" as ordinary words. Counts
the words written as a directory name where the speaker said a common word, and the PERSON
placeholders redaction then puts in PII-free sentences, for the earlier policy (hotwords and
prompt with every directory name, correction of every name) against the current one (short
prompt only with dictionary terms, common-word name parts left out, tiny.en in both).

    .venv/bin/python bench/vi/false_names.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.speech import speak, telephone  # noqa: E402

from callvault.intelligence.asr.audio import DecodedAudio  # noqa: E402
from callvault.intelligence.asr.recogniser import Recogniser  # noqa: E402
from callvault.intelligence.dictionary.correct import correct  # noqa: E402
from callvault.intelligence.dictionary.prompt import hints, hotwords, initial_prompt  # noqa: E402
from callvault.intelligence.redaction.apply import redact_transcript  # noqa: E402
from callvault.intelligence.redaction.entities import EntityType  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
TERMS = ["Zentrix", "CallVault"]
NAMES = [
    "Mark Price",
    "Grace Hope",
    "Will Park",
    "Rose Bell",
    "Jack Frost",
    "Faith Banks",
    "Priya Raman",
    "Tobias Lindqvist",
]
SENTENCES = [
    "The price went up again last month, so I hope you can mark that down.",
    "I will park the van by the side gate before the shop opens.",
    "We hope the price will drop, and we will mark the date in the diary.",
    "The door bell rang twice and the price of the parts rose again.",
    "There was frost on the road, so the banks of the river were closed.",
    "I have faith that the bank will sort it out by the end of the week.",
    "Can you ring the bell at the park entrance when you arrive?",
    "The grace period ends on Friday, so please mark it in the calendar.",
]
_PARTS = sorted({p for n in NAMES for p in n.split()})
_NAME_WORD = re.compile(r"\b(" + "|".join(_PARTS) + r")\b")
_PLACEHOLDER = "[PERSON]"


def count(sentence: str, text: str) -> int:
    """Directory name words written capitalised where the sentence has them lower-case."""
    said = {w for w in re.findall(r"[A-Za-z]+", sentence) if w[0].isupper()}
    return sum(1 for m in _NAME_WORD.finditer(text) if m.group() not in said)


def main() -> None:
    rec = Recogniser()
    clips = [
        telephone(speak(s, seed=i, cache=CACHE), noise_db=25, seed=i, cache=CACHE)
        for i, s in enumerate(SENTENCES)
    ]
    policies = {
        "earlier (all names)": (
            hotwords(TERMS, NAMES, limit=100),
            initial_prompt(TERMS, NAMES, limit=100),
            None,
        ),
        "current": (*hints(TERMS, NAMES, common=rec.common_word), rec.common_word),
    }
    print(f"{len(SENTENCES)} PII-free sentences, directory of {len(NAMES)} people")
    for label, (hot, prompt, common) in policies.items():
        false_names = placeholders = 0
        for sentence, clip in zip(SENTENCES, clips, strict=True):
            heard = rec.transcribe(
                DecodedAudio.from_arrays([clip]), hotwords=hot, initial_prompt=prompt
            )
            fixed, _ = correct(heard, TERMS, NAMES, common=common)
            false_names += count(sentence, fixed.text)
            redacted = redact_transcript(fixed, types=frozenset(EntityType), names=NAMES)
            placeholders += redacted.transcript.text.count(_PLACEHOLDER)
        print(
            f"{label:22s} false names {false_names:2d}, PERSON placeholders {placeholders:2d}"
            f"   prompt: {prompt!r}"
        )


if __name__ == "__main__":
    main()
