"""Text PII benchmark: callvault's rule-based detector against Microsoft Presidio (pattern
recognisers only, offline: a blank spaCy English pipeline, no NER, no suffix-list download) on
the same labelled call sentences in the same run.

    .venv/bin/python bench/vi/pii_text.py [--n-per-type 60] [--seeds 1 2]

Entity-level scoring: a gold span is found when a predicted span of the same type covers at
least half of it; a prediction is correct when it overlaps a gold span of its type. Printed
overall, written vs spoken, per type, with throughput and ratios ours/Presidio. The first seed
is the development seed, the others are held out. Exits non-zero when ours misses recall 0.98
or precision 0.95 on any seed."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pii_corpus import KNOWN_NAMES, TYPES, LabelledSentence, corpus

from callvault.intelligence.redaction.detect import detect
from callvault.intelligence.redaction.entities import EntityType

RECALL_TARGET, PRECISION_TARGET = 0.98, 0.95
Pred = tuple[str, int, int]
PRESIDIO_TYPES = {
    "CREDIT_CARD": "card_number",
    "IBAN_CODE": "bank_account",
    "US_BANK_NUMBER": "bank_account",
    "ABA_ROUTING_NUMBER": "bank_account",
    "US_SSN": "ssn",
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email",
    "DATE_TIME": "date_of_birth",
    "PERSON": "person",
    "LOCATION": "address",
}


def ours() -> Callable[[str], list[Pred]]:
    types = frozenset(EntityType)

    def run(text: str) -> list[Pred]:
        return [(str(s.type), s.start, s.end) for s in detect(text, types=types, names=KNOWN_NAMES)]

    return run


def presidio() -> Callable[[str], list[Pred]]:
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    # The e-mail recogniser validates domains with tldextract, whose default fetches the public
    # suffix list; the bundled snapshot keeps the run offline.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # type: ignore[assignment]

    class BlankEnglish(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]

    engine = BlankEnglish(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    registry.remove_recognizer("SpacyRecognizer")
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])

    def run(text: str) -> list[Pred]:
        found = analyzer.analyze(text=text, language="en")
        return [
            (PRESIDIO_TYPES[r.entity_type], r.start, r.end)
            for r in found
            if r.entity_type in PRESIDIO_TYPES
        ]

    return run


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    pred: int = 0
    correct: int = 0

    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def precision(self) -> float:
        return self.correct / self.pred if self.pred else 1.0


@dataclass
class Score:
    groups: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def tally(self, key: str) -> Tally:
        return self.groups.setdefault(key, Tally())


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(items: Sequence[LabelledSentence], detector: Callable[[str], list[Pred]]) -> Score:
    out = Score()
    started = time.perf_counter()
    predictions = [detector(item.text) for item in items]
    out.seconds = time.perf_counter() - started
    for item, preds in zip(items, predictions, strict=True):
        for g in item.spans:
            hit = any(
                t == g.type and _overlap(s, e, g.start, g.end) * 2 >= g.end - g.start
                for t, s, e in preds
            )
            for key in ("all", item.form, g.type):
                out.tally(key).gold += 1
                out.tally(key).found += hit
            if not hit:
                out.misses.append(f"MISS {g.type}: {item.text!r} {preds}")
        for t, s, e in preds:
            ok = any(t == g.type and _overlap(s, e, g.start, g.end) > 0 for g in item.spans)
            for key in ("all", item.form, t):
                out.tally(key).pred += 1
                out.tally(key).correct += ok
            if not ok:
                out.misses.append(f"FALSE {t}: {item.text!r} -> {item.text[s:e]!r}")
    return out


def _ratio(a: float, b: float) -> str:
    return f"{a / b:6.2f}" if b else "   inf"


def report(seed: int, items: Sequence[LabelledSentence], a: Score, b: Score) -> bool:
    print(f"\n== seed {seed}: {len(items)} sentences ==")
    print(
        f"{'group':<15}{'ours R':>8}{'ours P':>8}{'presidio R':>12}{'presidio P':>12}{'R ratio':>9}"
    )
    for key in ("all", "written", "spoken", *TYPES):
        x, y = a.tally(key), b.tally(key)
        print(
            f"{key:<15}{x.recall():8.3f}{x.precision():8.3f}{y.recall():12.3f}"
            f"{y.precision():12.3f}{_ratio(x.recall(), y.recall()):>9}"
        )
    rate_a, rate_b = len(items) / a.seconds, len(items) / b.seconds
    print(
        f"throughput: ours {rate_a:,.0f}/s, presidio {rate_b:,.0f}/s, ratio {rate_a / rate_b:.1f}"
    )
    return all(
        a.tally(k).recall() >= RECALL_TARGET and a.tally(k).precision() >= PRECISION_TARGET
        for k in ("all", "written", "spoken")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n-per-type", type=int, default=60)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    mine, theirs = ours(), presidio()
    ok = True
    for seed in args.seeds:
        items = corpus(args.n_per_type, seed)
        a, b = score(items, mine), score(items, theirs)
        ok = report(seed, items, a, b) and ok
        if args.show_misses:
            print("\n".join(a.misses))
    print("\ntargets met" if ok else "\nTARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
