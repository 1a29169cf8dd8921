"""Drawing a review sample: a uniform random sample of the eligible utterances (rate × N,
rounded at random so the expected size is exact), each given a random queue position, so
snippets interleave across calls as a random permutation would (never call by call).

Only utterance COUNTS (plaintext metadata) are read for the whole population; positions are
drawn from them and only the transcripts holding a drawn utterance are unsealed. Utterances
are read and picked outside the write lock; the chosen calls are then assessed
again under the consent lock, so a concurrent opt-out cannot let a snippet in."""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select

from callvault.core.clock import utcnow
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.consent.eligibility import Purpose, assess, candidates
from callvault.governance.consent.ledger import snapshot
from callvault.governance.consent.locks import hold_for_reading
from callvault.governance.review.models import ReviewSample, ReviewSnippet
from callvault.intelligence import redacted

SNIPPET_KIND = "review_snippet"


@dataclass(frozen=True, slots=True)
class Pick:
    call_id: str
    transcript_id: str
    utterance: int
    text: str


def sample_size(rate: float, population: int, rng: random.Random) -> int:
    expected = rate * population
    whole = math.floor(expected)
    return whole + (1 if rng.random() < expected - whole else 0)


@dataclass(frozen=True, slots=True)
class Population:
    """The eligible transcripts and their utterance counts (plaintext metadata): positions
    0..size-1 number every eligible utterance, transcript by transcript."""

    calls: int
    transcripts: list[tuple[str, str]]  # (call id, transcript id)
    ends: list[int]  # cumulative utterance counts

    @property
    def size(self) -> int:
        return self.ends[-1] if self.ends else 0

    def locate(self, position: int) -> tuple[str, str, int]:
        """(call id, transcript id, the utterance's place in that transcript)."""
        k = bisect.bisect_right(self.ends, position)
        call_id, transcript_id = self.transcripts[k]
        return call_id, transcript_id, position - (self.ends[k - 1] if k else 0)


def _population(db: Database, workspace_id: str) -> Population:
    with db.read() as session:
        snap = snapshot(session, workspace_id, utcnow())
        ids = candidates(session, workspace_id)
        eligible = [
            (a.call_id, a.transcript_id)
            for a in assess(session, snap, ids)
            if a.eligible(Purpose.REVIEW) and a.transcript_id is not None
        ]
        counts = redacted.utterance_counts(session, transcript_ids=[t for _c, t in eligible])
    transcripts: list[tuple[str, str]] = []
    ends: list[int] = []
    for call_id, transcript_id in eligible:
        n = counts.get(transcript_id) or 0
        if n:
            transcripts.append((call_id, transcript_id))
            ends.append((ends[-1] if ends else 0) + n)
    return Population(len(eligible), transcripts, ends)


def _positions(rng: random.Random, size: int, wanted: int) -> Iterator[int]:
    """Positions in uniformly random order, generated lazily: a short prefix (enough for
    the sample with room for a few unusable utterances), then, only if that ran out, the
    rest of the same random order."""
    first = rng.sample(range(size), min(size, 2 * wanted + 16))
    yield from first
    if len(first) < size:
        tried = set(first)
        rest = [p for p in range(size) if p not in tried]
        rng.shuffle(rest)
        yield from rest


def _pick(
    db: Database,
    keyring: Keyring,
    workspace_id: str,
    population: Population,
    wanted: int,
    rng: random.Random,
) -> list[Pick]:
    """The first `wanted` usable utterances in a random order of the population: a uniform
    sample of the usable ones (not already sampled, with text). Only the transcripts the
    sample touches are unsealed (a 0.01% sample of a big workspace opens a handful)."""
    picks: list[Pick] = []
    if not wanted:
        return picks
    opened: dict[str, list[tuple[int, str]]] = {}
    with db.read() as session:
        taken = {
            (t, u)
            for t, u in session.execute(
                select(ReviewSnippet.transcript_id, ReviewSnippet.utterance).where(
                    ReviewSnippet.workspace_id == workspace_id
                )
            )
        }
        cipher = keyring.cipher(session, workspace_id)
        for position in _positions(rng, population.size, wanted):
            call_id, transcript_id, place = population.locate(position)
            if transcript_id not in opened:
                doc = redacted.redacted_transcript(
                    session, cipher=cipher, workspace_id=workspace_id, transcript_id=transcript_id
                )
                opened[transcript_id] = (
                    [(u.index, u.text.strip()) for u in doc.utterances] if doc is not None else []
                )
            utterances = opened[transcript_id]
            if place >= len(utterances):
                continue  # the count was stale (a re-run changed the transcript)
            index, text = utterances[place]
            if text and (transcript_id, index) not in taken:
                picks.append(Pick(call_id, transcript_id, index, text))
                if len(picks) == wanted:
                    break
    return picks


def draw(
    db: Database,
    keyring: Keyring,
    *,
    workspace_id: str,
    rate: float,
    requested_by: str,
    rng: random.Random,
) -> ReviewSample:
    """Draw and enqueue one sample of the workspace's eligible utterances."""
    population = _population(db, workspace_id)
    chosen = _pick(
        db, keyring, workspace_id, population, sample_size(rate, population.size, rng), rng
    )
    with db.write() as session:
        hold_for_reading(session, [workspace_id])
        snap = snapshot(session, workspace_id, utcnow())
        still = {
            a.call_id
            for a in assess(session, snap, [p.call_id for p in chosen])
            if a.eligible(Purpose.REVIEW)
        }
        chosen = [p for p in chosen if p.call_id in still]
        sample = ReviewSample(
            workspace_id=workspace_id,
            rate=rate,
            eligible_calls=population.calls,
            eligible_utterances=population.size,
            drawn=len(chosen),
            consent_seq=snap.seq,
            requested_by=requested_by,
        )
        session.add(sample)
        session.flush()
        cipher = keyring.cipher(session, workspace_id)
        for p in chosen:
            snippet = ReviewSnippet(
                workspace_id=workspace_id,
                sample_id=sample.id,
                call_id=p.call_id,
                transcript_id=p.transcript_id,
                utterance=p.utterance,
                order_key=rng.getrandbits(62),
                text_sealed=b"",
            )
            session.add(snippet)
            session.flush()
            snippet.text_sealed = cipher.seal_text(
                p.text, kind=SNIPPET_KIND, object_id=snippet.id, field="text"
            )
        return sample
