"""Drawing a review sample: a uniform random sample of the eligible utterances (rate × N,
rounded at random so the expected size is exact), each given a random queue position, so
snippets interleave across calls as a random permutation would (never call by call).

Utterances are read and picked outside the write lock; the chosen calls are then assessed
again under the consent lock, so a concurrent opt-out cannot let a snippet in."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from sqlalchemy import select

from callvault.core.clock import utcnow
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.consent.eligibility import Purpose, assess, candidates
from callvault.governance.consent.ledger import snapshot
from callvault.governance.consent.locks import hold_for_reading
from callvault.governance.review.models import ReviewSample, ReviewSnippet
from callvault.intelligence import sealing
from callvault.intelligence.models import Transcript as TranscriptRow
from callvault.intelligence.transcript import Transcript

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


def _population(db: Database, keyring: Keyring, workspace_id: str) -> tuple[int, list[Pick]]:
    with db.read() as session:
        snap = snapshot(session, workspace_id, utcnow())
        ids = list(session.scalars(candidates(workspace_id)))
        eligible = [a for a in assess(session, snap, ids) if a.eligible(Purpose.REVIEW)]
        taken = {
            (t, u)
            for t, u in session.execute(
                select(ReviewSnippet.transcript_id, ReviewSnippet.utterance).where(
                    ReviewSnippet.workspace_id == workspace_id
                )
            )
        }
        cipher = keyring.cipher(session, workspace_id)
        picks: list[Pick] = []
        for a in eligible:
            row = session.get(TranscriptRow, a.transcript_id)
            if row is None or row.redacted_sealed is None:
                continue
            doc = sealing.unseal(cipher, row.id, "redacted", row.redacted_sealed)
            for u in Transcript.from_json(doc).utterances:
                if u.text.strip() and (row.id, u.index) not in taken:
                    picks.append(Pick(a.call_id, row.id, u.index, u.text.strip()))
    return len(eligible), picks


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
    calls, population = _population(db, keyring, workspace_id)
    chosen = rng.sample(population, sample_size(rate, len(population), rng))
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
            eligible_calls=calls,
            eligible_utterances=len(population),
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
