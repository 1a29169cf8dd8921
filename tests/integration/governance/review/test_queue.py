"""The review queue: samples only from calls that allow manual review at every level,
shuffled across calls, no metadata, one snippet at a time, withdrawn at once on opt-out."""

from __future__ import annotations

import io
import itertools
import random
import wave

import pytest
from sqlalchemy import select

from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.governance.consent.schemas import Level, Setting
from callvault.governance.review import service as review
from callvault.governance.review.models import ReviewSnippet
from callvault.governance.review.schemas import SampleIn
from callvault.intelligence import sealing
from callvault.wiring import Container
from tests.support import factories as f
from tests.support.consent_factories import eligible_call, opt_in_workspace, set_consent
from tests.support.live import LiveServer, add_user, create_workspace, sign_in

REVIEW = Setting.MANUAL_REVIEW


def draw(c: Container, ws: str, rate: float = 1.0, seed: int = 7) -> int:
    out = review.draw_sample(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=Actor.system(ws),
        data=SampleIn(rate=rate),
        rng=random.Random(seed),
    )
    return out.drawn


def queue_calls(c: Container, ws: str) -> list[str]:
    with c.db.read() as s:
        return list(
            s.scalars(
                select(ReviewSnippet.call_id)
                .where(ReviewSnippet.workspace_id == ws)
                .order_by(ReviewSnippet.order_key)
            )
        )


def test_snippets_interleave_across_calls_as_chance_allows(container: Container) -> None:
    c = container
    w = create_workspace(c, "review-shuffle").workspace_id
    users = [f.user_without_password(c, w) for _ in range(4)]
    for i in range(16):
        eligible_call(c, w, users[i % 4])
    opt_in_workspace(c, w)
    assert draw(c, w, seed=20261130) == 80  # 16 calls x 5 utterances, rate 1
    order = queue_calls(c, w)
    same = [a == b for a, b in itertools.pairwise(order)]
    # A uniform shuffle of 16 groups of 5 has sum(n(n-1))/N = 16*20/80 = 4 expected
    # same-call neighbours (variance about 4); call-by-call order would have 64.
    assert sum(same) <= 4 + 3 * 2
    # Nor three snippets of one call in a row more than once (expected about 0.2 times).
    assert sum(a and b for a, b in itertools.pairwise(same)) <= 1


def test_default_rate_draws_a_tiny_sample(container: Container) -> None:
    c = container
    w = create_workspace(c, "review-rate").workspace_id
    eligible_call(c, w, f.user_without_password(c, w))
    opt_in_workspace(c, w)
    assert draw(c, w, rate=0.0001, seed=1) == 0  # 5 utterances x 0.01%: almost surely none


@pytest.mark.parametrize("level", [Level.WORKSPACE, Level.GROUP, Level.USER])
def test_consent_excludes_and_opting_out_withdraws_pending(
    container: Container, level: Level
) -> None:
    c = container
    w = create_workspace(c, f"review-{level.value}").workspace_id
    leaver, stayer = (f.user_without_password(c, w) for _ in range(2))
    group = f.group_with_member(c, w, leaver)
    gone = eligible_call(c, w, leaver)
    kept = eligible_call(c, w, stayer)
    opt_in_workspace(c, w)
    assert draw(c, w) == 10
    subject = {Level.WORKSPACE: w, Level.GROUP: group, Level.USER: leaver}[level]
    set_consent(c, w, level, subject, REVIEW, False)  # the same transaction withdraws
    remaining = set(queue_calls(c, w))
    assert gone not in remaining
    assert remaining == (set() if level is Level.WORKSPACE else {kept})
    draw(c, w, seed=8)  # nor do new samples take it
    assert gone not in set(queue_calls(c, w))


def test_reviewer_sees_one_snippet_without_metadata(live: LiveServer) -> None:
    c = live.container
    ws = create_workspace(c, "review-api")
    member = add_user(c, ws, Role.MEMBER)
    call_id = eligible_call(c, ws.workspace_id, member.user_id)
    opt_in_workspace(c, ws.workspace_id)
    admin = live.client(sign_in(live, add_user(c, ws, Role.ADMIN)))
    reviewer = add_user(c, ws, Role.REVIEWER)
    r = live.client(sign_in(live, reviewer))
    assert admin.post("/api/v1/review/samples", json={"rate": 1}).json()["drawn"] == 5
    assert admin.get("/api/v1/review/queue").json() == {"pending": 5, "claimed": 0, "done": 0}
    first = r.post("/api/v1/review/next").json()["snippet"]
    assert set(first) == {"id", "text"} and "4111" not in first["text"]
    assert r.post("/api/v1/review/next").json()["snippet"] == first  # one at a time
    for forbidden in ("/api/v1/calls", "/api/v1/users", "/api/v1/contacts"):
        assert r.get(forbidden).status_code == 403
    assert admin.post("/api/v1/review/next").status_code == 403
    # The sentence's audio: from the redacted recording, one channel, only to its holder.
    heard = r.get(f"/api/v1/review/snippets/{first['id']}/audio")
    assert heard.status_code == 200 and heard.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(heard.content)) as wav:
        assert wav.getnchannels() == 1 and 0.3 < wav.getnframes() / wav.getframerate() < 15
    other = live.client(sign_in(live, add_user(c, ws, Role.REVIEWER)))
    assert other.get(f"/api/v1/review/snippets/{first['id']}/audio").status_code == 404
    assert admin.get(f"/api/v1/review/snippets/{first['id']}/audio").status_code == 403
    ok = r.post(f"/api/v1/review/snippets/{first['id']}/correction", json={"text": "fixed"})
    assert ok.status_code == 204
    again = r.post(f"/api/v1/review/snippets/{first['id']}/correction", json={"text": "x"})
    assert again.status_code == 404
    assert r.get(f"/api/v1/review/snippets/{first['id']}/audio").status_code == 404  # done
    assert r.post("/api/v1/review/next").json()["snippet"]["id"] != first["id"]
    report = admin.get("/api/v1/consent/report").json()
    assert report["eligible_for_review"] == 1 and report["sampled_snippets"] == 5
    page = admin.get("/api/v1/consent/report/calls").json()["items"]
    assert page[0]["call_id"] == call_id and page[0]["sampled"][0]["snippets"] == 5
    assert page[0]["training"] == {"eligible": True, "reasons": []}

    # Opting out withdraws the reviewed snippet too: its row stays for the report, the
    # sentence and the correction are erased.
    set_consent(c, ws.workspace_id, Level.USER, member.user_id, REVIEW, False)
    with c.db.read() as s:
        rows = s.scalars(select(ReviewSnippet).where(ReviewSnippet.call_id == call_id)).all()
    assert [(x.id, x.state, x.text_sealed, x.correction_sealed) for x in rows] == [
        (first["id"], "withdrawn", b"", None)
    ]
    assert admin.get("/api/v1/review/queue").json() == {"pending": 0, "claimed": 0, "done": 0}
    assert r.post("/api/v1/review/next").json()["snippet"] is None
    assert admin.get("/api/v1/consent/report").json()["sampled_snippets"] == 1


def test_a_draw_unseals_only_the_transcripts_it_samples(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts come from metadata; only transcripts holding a drawn utterance are opened."""
    c = container
    w = create_workspace(c, "review-cheap").workspace_id
    user = f.user_without_password(c, w)
    for _ in range(20):
        eligible_call(c, w, user, redacted_audio=False)
    opt_in_workspace(c, w)
    opened: list[str] = []
    real = sealing.unseal

    def counting(cipher: object, object_id: str, *rest: object) -> object:
        opened.append(object_id)
        return real(cipher, object_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(sealing, "unseal", counting)
    assert draw(c, w, rate=0.02, seed=5) == 2  # 100 utterances x 2%
    assert 1 <= len(opened) <= 2
    with c.db.read() as s:
        rows = s.scalars(select(ReviewSnippet).where(ReviewSnippet.workspace_id == w)).all()
    assert {r.transcript_id for r in rows} <= set(opened)
