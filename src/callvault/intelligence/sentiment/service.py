"""Sentiment of a whole call: utterance scores relative to each speaker's own baseline, a
smoothed arc per speaker and an overall figure, all traceable to transcript spans."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from callvault.intelligence.sentiment.lexicon import LanguageProfile, profile_for
from callvault.intelligence.sentiment.model import SentimentModel
from callvault.intelligence.sentiment.models import (
    ArcPoint,
    CallSentiment,
    Label,
    SpeakerSentiment,
    UtteranceSentiment,
)
from callvault.intelligence.sentiment.scorer import RawScore, score_utterance
from callvault.intelligence.transcript import Span, Transcript, Utterance, utterance_from_words

BASELINE_PRIOR = 4.0  # pseudo-utterances pulling a baseline toward 0: few samples, little trust
BASELINE_MIN = 3  # fewer style utterances than this: no baseline at all
BASELINE_CAP = 0.35  # a baseline never explains away more than this
TRIM = 0.2  # fraction dropped at each end before averaging
ARC_MIN_WINDOW_MS = 10_000
ARC_WINDOWS = 12
ARC_ALPHA = 0.6  # exponential smoothing: weight of the newest window
STRONGEST = 3  # utterances a speaker's evidence is drawn from
# A pause the recogniser cut a turn at (it starts a new utterance after 1.2 s of silence, or
# after 0.5 s at a sentence's end): up to this long the speaker is still on the same turn.
TURN_GAP_MS = 1500


def analyse(
    transcript: Transcript, *, language: str = "en", model: SentimentModel | None = None
) -> CallSentiment:
    """Sentiment per utterance, per speaker and for the call, with evidence spans; `model`
    (English only: it was fitted on English) decides each turn, reading the rules' score."""
    profile = profile_for(language)
    if profile is None:
        return _unsupported(transcript, language)

    raws = [score_utterance(u, profile) for u in transcript.utterances]
    if model is not None and language.split("-")[0] == "en":
        raws = _learned(transcript.utterances, raws, model, profile)
    speakers = list(dict.fromkeys(u.speaker for u in transcript.utterances))
    baselines = {
        s: _baseline(
            [
                r
                for u, r in zip(transcript.utterances, raws, strict=True)
                if u.speaker == s and _is_style_sample(u, r)
            ]
        )
        for s in speakers
    }
    scored = tuple(
        _utterance_sentiment(u, r, baselines[u.speaker], profile)
        for u, r in zip(transcript.utterances, raws, strict=True)
    )
    per_speaker = tuple(
        _speaker_sentiment(s, baselines[s], transcript, scored, profile) for s in speakers
    )
    overall = _weighted_overall(transcript.utterances, scored)
    return CallSentiment(
        utterances=scored, speakers=per_speaker, overall=overall, label=_label(overall, profile)
    )


def _learned(
    utterances: Sequence[Utterance],
    raws: list[RawScore],
    model: SentimentModel,
    profile: LanguageProfile,
) -> list[RawScore]:
    # The head reads the rules' score as one of its inputs (ADR 0032): it decides, the rules
    # are evidence. An empty turn keeps the rules' 0.
    spoken = [i for i, u in enumerate(utterances) if u.text.strip()]
    scores = model.scores(
        [utterances[i].text for i in spoken],
        [raws[i].raw for i in spoken],
        [_reply(utterances, i) for i in spoken],
    )
    learned = dict(zip(spoken, scores, strict=True))
    # A turn the recogniser split at a pause ("Honestly, not great, to be fair." / "It's still
    # swollen and the boot is rubbing.") is read whole, and each part takes the turn's score:
    # people label what a person said in one breath, and a fragment alone reads neutral.
    turns = [t for t in _turns(utterances) if len(t) > 1]
    joined = [
        utterance_from_words(
            utterances[t[0]].index,
            utterances[t[0]].speaker,
            [w for i in t for w in utterances[i].words],
        )
        for t in turns
    ]
    whole = model.scores(
        [j.text for j in joined],
        [score_utterance(j, profile).raw for j in joined],
        [_reply(utterances, t[-1]) for t in turns],
    )
    for turn, score in zip(turns, whole, strict=True):
        learned.update(dict.fromkeys(turn, score))
    out = []
    for i, (u, r) in enumerate(zip(utterances, raws, strict=True)):
        raw = learned.get(i, r.raw)
        evidence = r.evidence if _sign(raw) == _sign(r.raw) else ()
        if not evidence and _sign(raw):
            # The head judged the whole turn (or overruled the rules): it is its own evidence.
            evidence = (Span(u.index, 0, len(u.text)),)
        out.append(dataclasses.replace(r, raw=raw, evidence=evidence))
    return out


def _reply(utterances: Sequence[Utterance], index: int) -> str:
    """What another party said next after utterance `index`, up to when its speaker spoke
    again: "I'm so sorry to hear that" answers a complaint (features.py)."""
    me = utterances[index].speaker
    said: list[str] = []
    for u in utterances[index + 1 :]:
        if u.speaker == me:
            if said:
                break
            continue
        if u.text.strip():
            said.append(u.text.strip())
    return " ".join(said)


def _turns(utterances: Sequence[Utterance]) -> list[list[int]]:
    """Indexes of each turn: a speaker's utterances in a row, with no other speaker's between
    them (utterances are in time order) and no pause longer than TURN_GAP_MS."""
    out: list[list[int]] = []
    for i, u in enumerate(utterances):
        if not u.text.strip():
            continue
        if out and out[-1][-1] == i - 1:
            last = utterances[i - 1]
            if last.speaker == u.speaker and u.start_ms - last.end_ms <= TURN_GAP_MS:
                out[-1].append(i)
                continue
        out.append([i])
    return out


def _sign(value: float) -> int:
    return 1 if value > 0.05 else -1 if value < -0.05 else 0


def _unsupported(transcript: Transcript, language: str) -> CallSentiment:
    # English rules on other languages give confident nonsense; neutral with a reason is honest.
    reason = f"no sentiment lexicon for language {language!r}; scores are neutral placeholders"
    utterances = tuple(
        UtteranceSentiment(u.index, u.speaker, 0.0, 0.0, "neutral", ())
        for u in transcript.utterances
    )
    speakers = tuple(
        SpeakerSentiment(s, 0.0, 0.0, "neutral", (), ())
        for s in dict.fromkeys(u.speaker for u in transcript.utterances)
    )
    return CallSentiment(utterances, speakers, 0.0, "neutral", degraded_reason=reason)


def _is_style_sample(utterance: Utterance, raw: RawScore) -> bool:
    # Explicit complaints or praise are what we want to detect, not the speaker's manner; only
    # ordinary talk tells us how this speaker usually sounds.
    return raw.phrase_hits == 0 and bool(utterance.text.strip())


def _baseline(samples: Sequence[RawScore]) -> float:
    """Trimmed mean of a speaker's ordinary raw scores, shrunk toward 0 when samples are few."""
    values = sorted(r.raw for r in samples)
    n = len(values)
    if n < BASELINE_MIN:
        return 0.0
    cut = int(n * TRIM)
    kept = values[cut : n - cut] or values
    centre = sum(kept) / len(kept)
    trust = (n - BASELINE_MIN + 1) / (n - BASELINE_MIN + 1 + BASELINE_PRIOR)
    return max(-BASELINE_CAP, min(BASELINE_CAP, centre * trust))


def _label(score: float, profile: LanguageProfile) -> Label:
    if score >= profile.positive_at:
        return "positive"
    if score <= profile.negative_at:
        return "negative"
    return "neutral"


def _utterance_sentiment(
    utterance: Utterance, raw: RawScore, baseline: float, profile: LanguageProfile
) -> UtteranceSentiment:
    score = max(-1.0, min(1.0, raw.raw - baseline))
    label = _label(score, profile)
    # Evidence explains the label: a neutral utterance has nothing that drove it.
    evidence = raw.evidence if label != "neutral" else ()
    return UtteranceSentiment(
        utterance.index, utterance.speaker, round(raw.raw, 4), round(score, 4), label, evidence
    )


def _weight(utterance: Utterance, scored: UtteranceSentiment) -> float:
    # Longer turns say more; strong moments count more than a stream of neutral turns, so one
    # outburst among ten "okay"s still shows.
    words = max(1, min(30, len(utterance.words)))
    return math.sqrt(words) * (1.0 + 2.0 * abs(scored.score))


def _weighted_overall(
    utterances: Sequence[Utterance], scored: Sequence[UtteranceSentiment]
) -> float:
    pairs = [(_weight(u, s), s.score) for u, s in zip(utterances, scored, strict=True)]
    total = sum(w for w, _ in pairs)
    return round(sum(w * v for w, v in pairs) / total, 4) if total else 0.0


def _speaker_sentiment(
    speaker: str,
    baseline: float,
    transcript: Transcript,
    scored: Sequence[UtteranceSentiment],
    profile: LanguageProfile,
) -> SpeakerSentiment:
    mine = [
        (u, s) for u, s in zip(transcript.utterances, scored, strict=True) if s.speaker == speaker
    ]
    overall = _weighted_overall([u for u, _ in mine], [s for _, s in mine])
    strongest = sorted(
        (s for _, s in mine if s.label != "neutral"), key=lambda s: (-abs(s.score), s.utterance)
    )[:STRONGEST]
    evidence: list[Span] = [
        e for s in sorted(strongest, key=lambda s: s.utterance) for e in s.evidence
    ]
    return SpeakerSentiment(
        speaker=speaker,
        baseline=round(baseline, 4),
        overall=overall,
        label=_label(overall, profile),
        arc=_arc(mine, transcript.duration_ms),
        evidence=tuple(evidence),
    )


def _arc(
    mine: Sequence[tuple[Utterance, UtteranceSentiment]], duration_ms: int
) -> tuple[ArcPoint, ...]:
    """Weighted mean score per time window, exponentially smoothed; windows without speech from
    this speaker are skipped rather than faked as neutral."""
    window = max(ARC_MIN_WINDOW_MS, math.ceil(max(duration_ms, 1) / ARC_WINDOWS))
    buckets: dict[int, list[tuple[float, float]]] = {}
    for u, s in mine:
        middle = (u.start_ms + u.end_ms) // 2
        buckets.setdefault(middle // window, []).append((_weight(u, s), s.score))
    points: list[ArcPoint] = []
    smoothed: float | None = None
    for index in sorted(buckets):
        pairs = buckets[index]
        mean = sum(w * v for w, v in pairs) / sum(w for w, _ in pairs)
        smoothed = mean if smoothed is None else ARC_ALPHA * mean + (1 - ARC_ALPHA) * smoothed
        points.append(ArcPoint(index * window, (index + 1) * window, round(smoothed, 4)))
    return tuple(points)
