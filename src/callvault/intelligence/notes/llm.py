"""Notes from an OpenAI-compatible chat-completions endpoint, given the REDACTED transcript.

The model must cite utterance numbers for every line; lines citing none that exist are dropped,
so nothing reaches the notes without evidence. Any failure raises `LlmUnavailable` and the
caller falls back to extractive notes. Neither the transcript nor the API key is ever logged or
put into an error message."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz

from callvault.intelligence.notes.dates import resolve_due
from callvault.intelligence.notes.destination import RefusedDestination, check_url
from callvault.intelligence.notes.errors import LlmUnavailable
from callvault.intelligence.notes.models import ActionItem, NoteLine, Notes, Topic
from callvault.intelligence.notes.text import sentences
from callvault.intelligence.transcript import Span, Transcript

log = logging.getLogger(__name__)

SUB_SPAN_MATCH = 70  # a cited sentence must match this well to be preferred to the utterance

_SYSTEM = (
    "You write notes of a business phone call. The transcript lines are numbered [uN]. "
    "Answer with one JSON object only, exactly of this shape: "
    '{"summary": [{"text": str, "utterances": [int]}], '
    '"action_items": [{"owner": str|null, "what": str, "when": str|null, "utterances": [int]}], '
    '"topics": [{"term": str, "utterances": [int]}]}. '
    "summary: 3 to 5 short factual lines. action_items: commitments and requests; owner is the "
    "speaker label or the person's name; when is the deadline exactly as said, or null. "
    "topics: the main subjects in a few words. Every item must cite the utterance numbers N it "
    "is based on. Text like [NAME] or [PHONE] is redacted: never guess what it hides."
)


class _Strict(BaseModel):
    # Strict types (no "3" for 3); extra keys are ignored because models like to add some.
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class _Line(_Strict):
    text: str = Field(min_length=1)
    utterances: list[int]


class _Action(_Strict):
    owner: str | None = None
    what: str = Field(min_length=1)
    when: str | None = None
    utterances: list[int]


class _Topic(_Strict):
    term: str = Field(min_length=1)
    utterances: list[int]


class _Answer(_Strict):
    summary: list[_Line]
    action_items: list[_Action] = []
    topics: list[_Topic] = []


@dataclass(frozen=True, slots=True)
class LlmEndpoint:
    base_url: str
    model: str
    api_key: str | None
    timeout_s: float = 30
    refused_ports: frozenset[int] = frozenset()  # the server's own, besides SERVICE_PORTS

    def __repr__(self) -> str:
        # Dataclass repr would print the key into any log line or traceback that shows us.
        key = "set" if self.api_key else "none"
        return f"LlmEndpoint(base_url={self.base_url!r}, model={self.model!r}, api_key={key})"


def _suffix(path: str) -> str:
    return "/chat/completions" if path.endswith("/v1") else "/v1/chat/completions"


def prompt_lines(redacted: Transcript) -> str:
    """The transcript as the model sees it: one "[uN] speaker: text" line per utterance."""
    return "\n".join(f"[u{u.index}] {u.speaker}: {u.text}" for u in redacted.utterances)


def _post(endpoint: LlmEndpoint, client: httpx.Client, body: dict[str, object]) -> httpx.Response:
    # Checked again now, and the connection pinned to the address checked: the name may
    # resolve elsewhere than when the URL was saved (see notes.destination).
    try:
        dest = check_url(endpoint.base_url, refused_ports=endpoint.refused_ports)
    except RefusedDestination as exc:
        raise LlmUnavailable(f"endpoint refused: {exc}") from None
    headers = {"Host": dest.host_header}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    extensions = {"sni_hostname": dest.tls_name} if dest.tls_name else None
    try:
        return client.post(
            dest.pinned_url(_suffix(dest.path)),
            json=body,
            headers=headers,
            timeout=endpoint.timeout_s,
            extensions=extensions,
        )
    except httpx.TimeoutException as exc:
        raise LlmUnavailable(f"timed out after {endpoint.timeout_s:g}s") from exc
    except httpx.HTTPError as exc:
        raise LlmUnavailable(f"request failed: {type(exc).__name__}") from exc


def _completion_text(response: httpx.Response) -> str:
    if not response.is_success:
        raise LlmUnavailable(f"endpoint answered HTTP {response.status_code}")
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LlmUnavailable("response is not a chat completion") from exc
    if not isinstance(content, str):
        raise LlmUnavailable("chat completion has no text content")
    # Some servers wrap JSON mode output in a Markdown fence anyway.
    fenced = re.fullmatch(r"\s*```(?:json)?\s*(.*?)\s*```\s*", content, re.DOTALL)
    return fenced.group(1) if fenced else content


def _parse(content: str) -> _Answer:
    try:
        data = json.loads(content)
    except ValueError as exc:
        raise LlmUnavailable("completion is not valid JSON") from exc
    try:
        return _Answer.model_validate(data)
    except ValidationError as exc:
        # Locations only: pydantic's messages echo the input, which is transcript-derived.
        where = sorted({".".join(str(p) for p in e["loc"]) for e in exc.errors()})[:5]
        raise LlmUnavailable(f"completion does not match the notes schema at {where}") from exc


def llm_notes(
    redacted: Transcript,
    *,
    endpoint: LlmEndpoint,
    reference_date: date,
    client: httpx.Client | None = None,
) -> Notes:
    """Notes written by the endpoint's model from the redacted transcript, evidence-checked."""
    body: dict[str, object] = {
        "model": endpoint.model,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": prompt_lines(redacted)},
        ],
    }
    if client is None:
        # No redirects (one could point anywhere) and no proxy from the environment (the
        # connection must go to the address checked).
        with httpx.Client(follow_redirects=False, trust_env=False) as own:
            response = _post(endpoint, own, body)
    else:
        response = _post(endpoint, client, body)
    answer = _parse(_completion_text(response))
    notes = _to_notes(redacted, answer, endpoint.model, reference_date)
    log.info(
        "llm notes from %s: %d summary lines, %d action items, %d topics",
        endpoint.model,
        len(notes.summary),
        len(notes.action_items),
        len(notes.topics),
    )
    return notes


def _valid(redacted: Transcript, cited: Sequence[int]) -> list[int]:
    # Hallucinated or repeated indices are dropped; what remains is the only evidence allowed.
    count = len(redacted.utterances)
    return sorted({i for i in cited if 0 <= i < count})


def _best_spans(redacted: Transcript, cited: Sequence[int], text: str) -> tuple[Span, ...]:
    """Per cited utterance, the sentence that best matches `text`, else the whole utterance."""
    found = sentences(redacted)
    spans: list[Span] = []
    for index in cited:
        own = [s for s in found if s.utterance == index]
        scored = [(fuzz.partial_ratio(text.lower(), s.text.lower()), s) for s in own]
        best = max(scored, key=lambda p: p[0], default=None)
        if best is not None and len(own) > 1 and best[0] >= SUB_SPAN_MATCH:
            spans.append(best[1].span)
        else:
            spans.append(Span(index, 0, len(redacted.utterances[index].text)))
    return tuple(spans)


def _term_spans(redacted: Transcript, cited: Sequence[int], term: str) -> tuple[Span, ...]:
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    spans: list[Span] = []
    for index in cited:
        text = redacted.utterances[index].text
        hits = [Span(index, m.start(), m.end()) for m in pattern.finditer(text)]
        spans.extend(hits or [Span(index, 0, len(text))])
    return tuple(spans)


def _to_notes(redacted: Transcript, answer: _Answer, model: str, reference: date) -> Notes:
    summary = tuple(
        NoteLine(line.text.strip(), _best_spans(redacted, cited, line.text))
        for line in answer.summary
        if (cited := _valid(redacted, line.utterances))
    )
    items = tuple(
        ActionItem(
            owner=(a.owner or "").strip() or None,
            what=a.what.strip(),
            when=(a.when or "").strip() or None,
            due=resolve_due(a.when, reference) if a.when else None,
            evidence=_best_spans(redacted, cited, a.what),
        )
        for a in answer.action_items
        if (cited := _valid(redacted, a.utterances))
    )
    topics = tuple(
        Topic(t.term.strip(), len(spans), spans)
        for t in answer.topics
        if (cited := _valid(redacted, t.utterances))
        for spans in [_term_spans(redacted, cited, t.term.strip())]
    )
    return Notes(summary, items, topics, source=f"llm:{model}", degraded_reason=None)
