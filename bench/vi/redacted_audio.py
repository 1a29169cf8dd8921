"""PII still recognisable in redacted audio (target 0), measured end to end on speech.

Sentences from the labelled PII corpus (written and spoken forms of every entity type) are
spoken by the bundled neural voice over a telephone line, transcribed with the default model,
redacted (text, then the same spans toned out of the audio), and the redacted audio is
transcribed again, and the leak check (callvault.intelligence.leakcheck, rules of its own)
looks at the redacted text and the re-heard audio. Printed: how many of the corpus's entities
the redactor found in what the recogniser heard (recall on speech), how many sentences leaked
an entity and how many of those the leak check flagged (target: all), how many clean
sentences it flagged anyway, and the audio-redaction cost next to transcription.

    .venv/bin/python bench/vi/redacted_audio.py [--per-type 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from callset import CACHE  # noqa: E402
from pii_corpus import KNOWN_NAMES, corpus  # noqa: E402
from tests.support.speech import speak, telephone  # noqa: E402

from callvault.intelligence.asr.audio import DecodedAudio  # noqa: E402
from callvault.intelligence.asr.recogniser import Recogniser  # noqa: E402
from callvault.intelligence.leakcheck.check import check  # noqa: E402
from callvault.intelligence.redaction.apply import redact_transcript  # noqa: E402
from callvault.intelligence.redaction.audio import redact_audio  # noqa: E402
from callvault.intelligence.redaction.entities import EntityType  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-type", type=int, default=2)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    items = [s for s in corpus(args.per_type, args.seed) if s.spans]
    types = frozenset(EntityType)
    recogniser = Recogniser()
    gold = found_entities = spans = 0
    leaky = leaky_flagged = clean = clean_flagged = 0
    asr_s = redact_s = audio_s = 0.0
    misses: list[str] = []
    for i, item in enumerate(items):
        samples = telephone(speak(item.text, seed=i, cache=CACHE), seed=i, cache=CACHE)
        audio = DecodedAudio.from_arrays([samples])
        audio_s += audio.duration_s
        t0 = time.perf_counter()
        heard = recogniser.transcribe(audio)
        t1 = time.perf_counter()
        result = redact_transcript(heard, types=types, names=KNOWN_NAMES)
        rendition = redact_audio(
            audio, [(f.start_ms, f.end_ms, None) for f in result.found], mode="tone"
        )
        t2 = time.perf_counter()
        again = recogniser.transcribe(DecodedAudio.from_arrays(rendition))
        asr_s += (t1 - t0) + (time.perf_counter() - t2)
        redact_s += t2 - t1
        v = check(heard, result.transcript, again, people=KNOWN_NAMES)
        found_types = {f.type.value for f in result.found}
        missed = [g for g in item.spans if g.type not in found_types]
        gold += len(item.spans)
        found_entities += len(item.spans) - len(missed)
        for g in missed:
            misses.append(f"  missed {g.type:<14} heard: {heard.text!r} flagged={bool(v.flags)}")
        spans += len(result.found)
        if missed:
            leaky += 1
            leaky_flagged += bool(v.flags)
        else:
            clean += 1
            clean_flagged += bool(v.flags)
    print(f"sentences spoken: {len(items)} ({audio_s:.0f} s of telephone-quality speech)")
    print(f"entities in the corpus: {gold}; found in the recogniser's text: {found_entities}")
    print(f"recall on speech (type-level): {found_entities / max(gold, 1):.3f}")
    print(f"redacted spans: {spans}")
    print(f"sentences with an entity left: {leaky}; flagged by the leak check: {leaky_flagged}")
    print(f"sentences fully redacted: {clean}; flagged anyway: {clean_flagged}")
    print(
        f"time: transcription (twice) {asr_s:.1f} s, text+audio redaction {redact_s:.2f} s "
        f"-> redaction costs {redact_s / max(asr_s, 1e-9):.3f}x of transcription"
    )
    for line in misses[:20]:
        print(line)


if __name__ == "__main__":
    main()
