"""Notes from an admin's OpenAI-compatible endpoint: it receives the redacted transcript only,
its notes keep their evidence spans, and an unreachable endpoint degrades to extractive notes
with the reason recorded on the stage."""

from __future__ import annotations

import json
import socket

import pytest

from callvault.core.context import Actor
from callvault.intelligence import config
from callvault.intelligence import service as vi
from callvault.intelligence.schemas import RerunIn, SettingsIn
from callvault.wiring import Container
from tests.integration.intelligence.helpers import call_to, drain, office
from tests.support.fake_llm import Script, fake_llm
from tests.support.vi_factories import seed_transcript


def _use_endpoint(c: Container, ws: str, url: str) -> None:
    with c.db.write() as s:
        config.update_settings(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            data=SettingsIn(llm_base_url=url, llm_model="local-model", llm_api_key="sk-test-123"),
        )


def _reanalyse(c: Container, ws: str, call_id: str) -> None:
    with c.db.write() as s:
        vi.rerun(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            source_type="call",
            source_id=call_id,
            data=RerunIn(from_stage="analyse"),
        )
    drain(c)


def _stage(c: Container, ws: str, call_id: str, name: str) -> tuple[str, str | None]:
    with c.db.read() as s:
        out = vi.status(s, actor=Actor.system(ws), source_type="call", source_id=call_id)
    st = next(x for x in out.stages if x.stage == name)
    return st.state, st.reason


def _notes(c: Container, ws: str, call_id: str):  # type: ignore[no-untyped-def]
    with c.db.write() as s:
        return vi.notes(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            source_type="call",
            source_id=call_id,
        )


def test_endpoint_sees_redacted_text_only(vi_container: Container) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    seed_transcript(c, ws, "call", call_id)
    answer = {
        "summary": [{"text": "Caller wants a refund after a long hold.", "utterances": [0]}],
        "action_items": [
            {
                "owner": "callee",
                "what": "send the refund confirmation",
                "when": "by Friday",
                "utterances": [3],
            }
        ],
        "topics": [{"term": "refund", "utterances": [0, 3]}],
    }
    script = Script(content=json.dumps(answer))
    with fake_llm(script) as url:
        _use_endpoint(c, ws, url)
        _reanalyse(c, ws, call_id)
    assert _stage(c, ws, call_id, "analyse") == ("done", None)
    sent = json.dumps(script.received)
    assert "[CARD_NUMBER]" in sent
    assert "4111" not in sent and "1111" not in sent
    assert script.headers[0].get("Authorization") == "Bearer sk-test-123"
    notes = _notes(c, ws, call_id)
    assert notes.source == "llm:local-model"
    assert notes.summary[0].evidence[0].utterance == 0
    assert notes.action_items[0].owner == "callee"


@pytest.mark.parametrize("failure", ["refused", "error", "garbage"])
def test_unreachable_endpoint_degrades_to_extractive_notes(
    vi_container: Container, failure: str
) -> None:
    c = vi_container
    o = office(c)
    ws = o.owner.workspace_id
    call_id = call_to(c, ws, o.member.user_id)
    seed_transcript(c, ws, "call", call_id)
    if failure == "refused":
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        _use_endpoint(c, ws, f"http://127.0.0.1:{port}")
        _reanalyse(c, ws, call_id)
    else:
        script = Script(status=500) if failure == "error" else Script(content="not json at all")
        with fake_llm(script) as url:
            _use_endpoint(c, ws, url)
            _reanalyse(c, ws, call_id)
    state, reason = _stage(c, ws, call_id, "analyse")
    assert state == "degraded" and reason and "extractive" in reason
    assert "sk-test-123" not in reason
    notes = _notes(c, ws, call_id)
    assert notes.source == "extractive" and notes.summary
    assert notes.degraded_reason == reason
