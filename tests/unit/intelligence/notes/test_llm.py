"""The OpenAI-compatible notes client against a real local HTTP server."""

from __future__ import annotations

import json
import logging
import socket
from datetime import date

import httpx
import pytest

from callvault.intelligence.notes.errors import LlmUnavailable
from callvault.intelligence.notes.llm import LlmEndpoint, llm_notes
from tests.support.fake_llm import Script, fake_llm
from tests.support.transcripts import build_transcript

WEDNESDAY = date(2025, 3, 12)
SECRET_NAME = "Priya Raman"
REDACTED = build_transcript(
    [
        ("callee", "Thanks for calling, this is [NAME], how can I help?"),
        ("caller", "I was charged twice in March. My number is [PHONE]."),
        ("callee", "I'll raise a refund today. I will send you the confirmation by Friday."),
    ]
)
GOOD_ANSWER = {
    "summary": [
        {"text": "Caller was charged twice in March.", "utterances": [1]},
        {"text": "Agent will refund and confirm by Friday.", "utterances": [2]},
    ],
    "action_items": [
        {
            "owner": "callee",
            "what": "send the confirmation",
            "when": "by Friday",
            "utterances": [2],
        },
        {"owner": None, "what": "raise a refund", "when": "today", "utterances": [2]},
    ],
    "topics": [{"term": "refund", "utterances": [2]}],
}


def _endpoint(url: str, *, timeout_s: float = 5, api_key: str | None = "sk-test") -> LlmEndpoint:
    return LlmEndpoint(base_url=url, model="local-model", api_key=api_key, timeout_s=timeout_s)


def test_success_maps_utterances_to_spans_and_sends_only_redacted_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = Script(content=json.dumps(GOOD_ANSWER))
    caplog.set_level(logging.DEBUG)
    with fake_llm(script) as url:
        notes = llm_notes(REDACTED, endpoint=_endpoint(url), reference_date=WEDNESDAY)

    assert notes.source == "llm:local-model"
    assert script.paths == ["/v1/chat/completions"]
    assert script.headers[0]["Authorization"] == "Bearer sk-test"
    (request,) = script.received
    assert request["model"] == "local-model"
    assert request["response_format"] == {"type": "json_object"}
    sent = json.dumps(request)
    assert "[u1] caller: I was charged twice in March. My number is [PHONE]." in sent
    assert SECRET_NAME not in sent

    assert [line.text for line in notes.summary] == [
        "Caller was charged twice in March.",
        "Agent will refund and confirm by Friday.",
    ]
    # Utterance 1 has two sentences: the cited one is the matching sub-span.
    assert REDACTED.span_text(notes.summary[0].evidence[0]) == "I was charged twice in March."
    send, refund = notes.action_items
    assert (send.owner, send.when, send.due) == ("callee", "by Friday", date(2025, 3, 14))
    assert REDACTED.span_text(send.evidence[0]) == "I will send you the confirmation by Friday."
    assert (refund.owner, refund.due) == (None, WEDNESDAY)
    (topic,) = notes.topics
    assert [REDACTED.span_text(e) for e in topic.evidence] == ["refund"]
    assert topic.evidence[0].utterance == 2
    # Neither the transcript nor the key reaches the logs.
    assert "charged twice" not in caplog.text
    assert "sk-test" not in caplog.text


def test_base_url_with_v1_and_no_key() -> None:
    script = Script(content=json.dumps(GOOD_ANSWER))
    with fake_llm(script) as url:
        llm_notes(
            REDACTED, endpoint=_endpoint(url + "/v1/", api_key=None), reference_date=WEDNESDAY
        )
    assert script.paths == ["/v1/chat/completions"]
    assert "Authorization" not in script.headers[0]


def test_hallucinated_utterances_are_dropped() -> None:
    answer = {
        "summary": [
            {"text": "Invented line.", "utterances": [7, -1]},
            {"text": "Partly real.", "utterances": [99, 1]},
        ],
        "action_items": [
            {"owner": "callee", "what": "fly to Mars", "when": None, "utterances": [42]}
        ],
        "topics": [{"term": "unicorns", "utterances": [3]}],
    }
    with fake_llm(Script(content=json.dumps(answer))) as url:
        notes = llm_notes(REDACTED, endpoint=_endpoint(url), reference_date=WEDNESDAY)
    assert [line.text for line in notes.summary] == ["Partly real."]
    assert all(span.utterance == 1 for span in notes.summary[0].evidence)
    assert notes.action_items == ()
    assert notes.topics == ()


def test_fenced_json_is_accepted() -> None:
    content = "```json\n" + json.dumps(GOOD_ANSWER) + "\n```"
    with fake_llm(Script(content=content)) as url:
        notes = llm_notes(REDACTED, endpoint=_endpoint(url), reference_date=WEDNESDAY)
    assert len(notes.summary) == 2


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (
            Script(content="Sure! Here are your notes: the caller was charged twice"),
            "not valid JSON",
        ),
        (Script(content=json.dumps({"summary": "charged twice"})), "schema"),
        (
            Script(content=json.dumps({"summary": [{"text": "x", "utterances": ["1"]}]})),
            "schema",
        ),
        (Script(status=500, content=json.dumps(GOOD_ANSWER)), "HTTP 500"),
        (Script(status=401, content="{}"), "HTTP 401"),
        (Script(raw_body=b"<html>gateway</html>"), "not a chat completion"),
    ],
)
def test_bad_answers_raise_llm_unavailable(script: Script, reason: str) -> None:
    with fake_llm(script) as url, pytest.raises(LlmUnavailable) as caught:
        llm_notes(REDACTED, endpoint=_endpoint(url), reference_date=WEDNESDAY)
    assert reason in caught.value.reason
    assert "charged twice" not in caught.value.reason


def test_timeout_raises_llm_unavailable() -> None:
    with (
        fake_llm(Script(content="{}", delay_s=1.0)) as url,
        pytest.raises(LlmUnavailable) as caught,
    ):
        llm_notes(REDACTED, endpoint=_endpoint(url, timeout_s=0.2), reference_date=WEDNESDAY)
    assert "timed out" in caught.value.reason


def test_connection_refused_raises_llm_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    with pytest.raises(LlmUnavailable) as caught:
        llm_notes(
            REDACTED, endpoint=_endpoint(f"http://127.0.0.1:{port}"), reference_date=WEDNESDAY
        )
    assert "ConnectError" in caught.value.reason


def test_caller_supplied_client_is_used_and_left_open() -> None:
    with fake_llm(Script(content=json.dumps(GOOD_ANSWER))) as url, httpx.Client() as client:
        llm_notes(REDACTED, endpoint=_endpoint(url), reference_date=WEDNESDAY, client=client)
        assert not client.is_closed


def test_endpoint_repr_hides_the_key() -> None:
    assert "sk-test" not in repr(_endpoint("http://x"))
