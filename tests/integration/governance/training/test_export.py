"""Training export: only calls consented at every level at export time, redacted and
verified, not sensitive; no identifying data in the bytes written; consent withdrawn while
an export runs keeps the call out of it."""

from __future__ import annotations

import json
import random
import wave
from pathlib import Path

import pytest
from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.comms.calls.models import CallTag
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.governance.consent.schemas import Level, Setting
from callvault.governance.review import service as review
from callvault.governance.review.schemas import CorrectionIn, SampleIn
from callvault.governance.training.models import TrainingExport, TrainingExportCall
from callvault.governance.training.service import request_export, run_export
from callvault.identity import service as identity
from callvault.wiring import Container
from tests.support import factories as f
from tests.support.consent_factories import (
    CALLER_NUMBER,
    eligible_call,
    opt_in_workspace,
    set_consent,
)
from tests.support.live import create_workspace

TRAIN = Setting.AI_TRAINING
NAME = "Zelda Quixote"
WS_NAME = "Quokka Secretcorp"


def export(c: Container, to: Path, ws: str, **kw: object) -> TrainingExport:
    with c.db.write() as s:
        export_id = request_export(s, requested_by="test")
    return run_export(
        c.db,
        keyring=c.keyring,
        blobs=c.blobs,
        audit=c.audit,
        export_id=export_id,
        to=to,
        workspace_ids=[ws],
        **kw,  # type: ignore[arg-type]
    )


def readable_bytes(to: Path) -> bytes:
    """Every byte of the export a reader could find text in: whole text files, and each
    WAV clip's headers. A clip's samples are left out: PCM is arbitrary bytes, so any short
    string (e.g. "4111") turns up in it by chance. The clips must hold only the format and
    sample chunks, so no text (a LIST/INFO tag, say) can hide in them."""
    parts = []
    for p in sorted(to.rglob("*")):
        if not p.is_file():
            continue
        data = p.read_bytes()
        if p.suffix != ".wav":
            parts.append(data)
            continue
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", p
        parts.append(data[:12])
        at = 12
        while at + 8 <= len(data):
            chunk, size = data[at : at + 4], int.from_bytes(data[at + 4 : at + 8], "little")
            assert chunk in (b"fmt ", b"data"), (p, chunk)
            parts.append(data[at : at + 8] if chunk == b"data" else data[at : at + 8 + size])
            at += 8 + size + (size & 1)
    return b"".join(parts)


def items(to: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (to / "items.jsonl").read_text().splitlines()]


def test_export_holds_no_identifying_data(container: Container, tmp_path: Path) -> None:
    c = container
    ws = create_workspace(c, "quokka", name=WS_NAME)
    w = ws.workspace_id
    email = "zelda.quixote@quokka.example.com"
    with c.db.write() as s:
        user = identity.add_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(w),
            email=email,
            name=NAME,
            role=Role.MEMBER,
            password=None,
        ).id
    lines = (
        ("callee", f"Good morning, {WS_NAME}, this is {NAME} speaking."),
        ("caller", "Hi Zelda, call me back on 415 555 0177 or 4155550177 please."),
        ("callee", f"Sure, and my email is {email} if you need it."),
        ("caller", "Thanks, my card is 4111 1111 1111 1111."),
    )
    call_id = eligible_call(c, w, user, lines)
    opt_in_workspace(c, w)
    out = tmp_path / "export"
    row = export(c, out, w)
    assert (row.calls, row.items) == (1, 4)
    blob = readable_bytes(out)
    for secret in (
        NAME,
        "Zelda",
        "Quixote",
        email,
        "zelda.quixote",
        WS_NAME,
        "Quokka",
        "quokka",
        CALLER_NUMBER,
        "4155550177",
        "415 555 0177",
        "4111",
        w,
        user,
        call_id,
        ws.email,
    ):
        assert secret.lower().encode() not in blob.lower(), secret
    got = items(out)
    assert {i["conversation"] for i in got} and len({i["conversation"] for i in got}) == 1
    assert len({i["speaker"] for i in got}) == 2
    assert set(got[0]) == {
        "id",
        "conversation",
        "speaker",
        "role",
        "language",
        "offset_ms",
        "duration_ms",
        "text",
        "audio",
    }
    clip = out / str(got[1]["audio"])
    with wave.open(str(clip)) as wav:
        assert wav.getnchannels() == 1
        assert abs(wav.getnframes() / wav.getframerate() * 1000 - int(got[1]["duration_ms"])) < 5
    with c.db.read() as s:
        exported = s.scalars(select(TrainingExportCall.call_id)).all()
        audited = s.scalars(select(AuditEvent.action).where(AuditEvent.workspace_id == w)).all()
    assert exported == [call_id] and "training.exported" in audited


@pytest.mark.parametrize("level", [Level.WORKSPACE, Level.GROUP, Level.USER])
def test_consent_at_each_level_excludes_calls(
    container: Container, tmp_path: Path, level: Level
) -> None:
    c = container
    ws = create_workspace(c, f"train-{level.value}")
    w = ws.workspace_id
    out_user, kept_user = (f.user_without_password(c, w) for _ in range(2))
    group = f.group_with_member(c, w, out_user)
    excluded = eligible_call(c, w, out_user)
    kept = eligible_call(c, w, kept_user)
    opt_in_workspace(c, w)
    subject = {Level.WORKSPACE: w, Level.GROUP: group, Level.USER: out_user}[level]
    set_consent(c, w, level, subject, TRAIN, False)
    export(c, tmp_path / "x", w)
    with c.db.read() as s:
        exported = set(s.scalars(select(TrainingExportCall.call_id)))
    assert excluded not in exported
    assert exported == (set() if level is Level.WORKSPACE else {kept})


def test_unverified_residual_sensitive_and_unredacted_audio_excluded(
    container: Container, tmp_path: Path
) -> None:
    c = container
    ws = create_workspace(c, "train-data")
    w = ws.workspace_id
    u = f.user_without_password(c, w)
    good = eligible_call(c, w, u)
    eligible_call(c, w, u, residual_pii=None)
    eligible_call(c, w, u, residual_pii=2)
    eligible_call(c, w, u, redacted_audio=False)
    sensitive = eligible_call(c, w, u)
    with c.db.write() as s:
        s.add(CallTag(call_id=sensitive, tag="sensitive", workspace_id=w))
    opt_in_workspace(c, w)
    row = export(c, tmp_path / "x", w)
    with c.db.read() as s:
        assert s.scalars(select(TrainingExportCall.call_id)).all() == [good]
    assert row.calls == 1


def test_consent_withdrawn_during_an_export_keeps_the_call_out(
    container: Container, tmp_path: Path
) -> None:
    c = container
    ws = create_workspace(c, "train-race")
    w = ws.workspace_id
    leaver, stayer = (f.user_without_password(c, w) for _ in range(2))
    gone = eligible_call(c, w, leaver)
    kept = eligible_call(c, w, stayer)
    opt_in_workspace(c, w)

    def opt_out_midway(done: int, _total: int) -> None:
        if done == 1:  # selected and partly written: the change lands before the final check
            set_consent(c, w, Level.USER, leaver, TRAIN, False)

    out = tmp_path / "x"
    row = export(c, out, w, progress=opt_out_midway)
    with c.db.read() as s:
        exported = s.scalars(select(TrainingExportCall.call_id)).all()
    assert exported == [kept] and gone not in exported
    assert (row.calls, row.withdrawn) == (1, 1)
    assert len(list((out / "clips").iterdir())) == len(items(out)) == 5


def test_reviewers_corrections_travel_redacted(container: Container, tmp_path: Path) -> None:
    """A reviewed sentence is exported with the reviewer's correction, itself redacted and
    scrubbed: a correction is typed by a person and may bring back what redaction hid."""
    c = container
    w = create_workspace(c, "corrected").workspace_id
    user = f.user_without_password(c, w)
    call_id = eligible_call(c, w, user)
    opt_in_workspace(c, w)
    review.draw_sample(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=Actor.system(w),
        data=SampleIn(rate=1.0),
        rng=random.Random(3),
    )
    reviewer_id = f.user_without_password(c, w, Role.REVIEWER)
    reviewer = Actor(
        workspace_id=w,
        actor_type="user",
        actor_id=reviewer_id,
        role="reviewer",
        user_id=reviewer_id,
    )
    with c.db.write() as s:
        taken = review.next_snippet(s, keyring=c.keyring, actor=reviewer).snippet
        assert taken is not None
        correction = f"{taken.text} Call me on 415 555 0199 at {CALLER_NUMBER}."
        review.submit_correction(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=reviewer,
            snippet_id=taken.id,
            data=CorrectionIn(text=correction),
        )
    out = tmp_path / "export"
    assert export(c, out, w).calls == 1
    got = items(out)
    reviewed = [i for i in got if "reviewed_text" in i]
    assert len(reviewed) == 1 and len(got) > 1
    text = str(reviewed[0]["reviewed_text"])
    assert "Call me on" in text and "[PHONE]" in text, text
    blob = (out / "items.jsonl").read_bytes()
    for secret in ("415 555 0199", "4155550199", CALLER_NUMBER, call_id):
        assert secret.encode() not in blob, secret
