"""Voice-intelligence results made without speech: a transcript built from text lines goes
through the real redaction, analysis and index code and is stored as the pipeline would
store it (for tests of reads, access and search that need no recogniser)."""

from __future__ import annotations

from collections.abc import Sequence

from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.intelligence import config, sealing
from callvault.intelligence.assist import service as assist_cards
from callvault.intelligence.assist.schemas import AssistCardIn
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.leakcheck.check import check as leak_check
from callvault.intelligence.moments import service as moments
from callvault.intelligence.moments.apply import request_apply
from callvault.intelligence.pipeline import analysis, flagged, state, writes
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from callvault.intelligence.schemas import ApplyMomentsIn, MomentIn, TermIn
from callvault.wiring import Container
from tests.support.transcripts import build_transcript

LINES: tuple[tuple[str, str], ...] = (
    ("caller", "Hi, I have been on hold for forty minutes and I want a refund."),
    ("callee", "I am sorry about that. Can I have your card number please?"),
    ("caller", "Sure, it is 4111 1111 1111 1111."),
    ("callee", "Thanks. I will send you the refund confirmation by Friday."),
    ("caller", "Also we are looking at Zentrix instead, so please hurry."),
)


def seed_transcript(
    c: Container,
    workspace_id: str,
    source_type: str,
    source_id: str,
    lines: Sequence[tuple[str, str]] = LINES,
    types: frozenset[EntityType] = DEFAULT_TYPES,
    *,
    hide: bool = False,
) -> str:
    """A fully analysed transcript for the call or voicemail (redacting `types`); returns its
    id. hide: what the leak check (on the text) flags is hidden, as the verify stage does
    (pipeline.flagged; there is no audio here), before the analysis reads the text."""
    raw = build_transcript(lines)
    with c.db.write() as s:
        settings = config.effective(s, c.keyring, workspace_id)
        row = state.start(
            s,
            workspace_id=workspace_id,
            source_type=source_type,
            source_id=source_id,
            language="en",
        )
        writes.store_raw(s, c.keyring, row, raw, model="seeded", dictionary_version=0)
        redacted = redact_transcript(raw, types=types)
        writes.store_redaction(s, c.keyring, row, redacted)
        report = leak_check(raw, redacted.transcript, None)  # text only: no audio here
        text, doc = redacted.transcript, report.as_json()
        if hide:
            found = [f.as_json() for f in redacted.found]
            hidden = flagged.hide(raw, text, report.flags, found)
            writes.store_hidden(s, c.keyring, row, hidden.transcript, hidden.redactions)
            text = hidden.transcript
            doc["flags"] = [
                {**f.as_json(), "hidden": h}
                for f, h in zip(hidden.flags, hidden.hidden, strict=True)
            ]
        rules, aliases = moments.current_rules(s, c.keyring, workspace_id)
        result = analysis.analyse(text, settings=settings, rules=rules, aliases=aliases, terms=[])
        analysis.store(s, c.keyring, row, result)
        cipher = c.keyring.cipher(s, workspace_id)
        row.residual_pii = len(report.flags)
        state.put_output(
            s,
            row,
            "verification",
            sealing.seal(cipher, row.id, "verification", doc),
            {"flagged": len(report.flags)},
        )
        state.replace_tokens(s, row, analysis.search_tokens(cipher, text))
        for stage in state.STAGES:
            state.mark(s, row.id, row.generation, stage, state.DONE, progress=1.0)
        return row.id


def term(c: Container, workspace_id: str, _user_id: str = "") -> str:
    with c.db.write() as s:
        out = dictionary.add_term(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(workspace_id),
            data=TermIn(
                term=f"Zentrix {new_id()[-12:]}", aliases=["zen trix"], category="competitor"
            ),
        )
    return out.id


def moment(c: Container, workspace_id: str, _user_id: str = "") -> str:
    with c.db.write() as s:
        out = moments.create_moment(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(workspace_id),
            data=MomentIn(name="Refund asked", phrases=["want a refund"]),
        )
    return out.id


def assist_card(c: Container, workspace_id: str, _user_id: str = "") -> str:
    with c.db.write() as s:
        out = assist_cards.create_card(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(workspace_id),
            data=AssistCardIn(
                title="Refund policy", body="Refunds within 30 days.", phrases=["want a refund"]
            ),
        )
    return out.id


def moment_run(c: Container, workspace_id: str, _user_id: str = "") -> str:
    with c.db.write() as s:
        out = request_apply(
            s, audit=c.audit, actor=Actor.system(workspace_id), data=ApplyMomentsIn()
        )
    return out.id
