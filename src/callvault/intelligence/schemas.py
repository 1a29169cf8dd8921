"""Voice-intelligence input and output shapes. Inputs forbid unknown fields and bound values."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
)

from callvault.core.inputs import Input

Entity = Literal[
    "card_number",
    "card_expiry",
    "card_security_code",
    "bank_account",
    "routing_number",
    "member_id",
    "ssn",
    "phone",
    "email",
    "date_of_birth",
    "address",
    "person",
]
AudioRedaction = Literal["silence", "tone"]
Stage = Literal["transcribe", "redact", "verify", "analyse", "index"]
Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=80)]
Category = Literal["product", "competitor", "jargon", "person", "other"]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=120)]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]


class SettingsIn(Input):
    enabled: StrictBool | None = None
    """Voice intelligence on or off for the workspace."""
    language: Language | None = None
    """The spoken language, an ISO 639 code (e.g. `en`)."""
    entity_types: Annotated[list[Entity], Field(min_length=1, max_length=12)] | None = None
    """Which kinds of personal data redaction removes."""
    audio_redaction: AudioRedaction | None = None
    """What replaces redacted speech in audio: `silence` or `tone`."""
    fail_closed_digits: StrictBool | None = None
    """After a question for card, bank or identity data ("what's the code on the back?"),
    hide any spoken digits in the answer even when no pattern validates them (default on)."""
    redact_party_names: StrictBool | None = None
    """Hide the names of the call's own parties, first names alone included (default on)."""
    hide_flagged: StrictBool | None = None
    """Hide what the leak check flags in the redacted text ("[UNVERIFIED]") and audio before
    notes, search or a member read it (default on). Numbers that must survive, such as order
    numbers, may be hidden too; off, flags are only reported."""
    # An OpenAI-compatible endpoint for notes (receives redacted text only); "" clears it.
    llm_base_url: AnyHttpUrl | Literal[""] | None = None
    """An OpenAI-compatible endpoint for notes (it receives redacted text only); "" clears it."""
    llm_model: Annotated[str, StringConstraints(min_length=1, max_length=128)] | None = None
    """The model name to ask at that endpoint (required with llm_base_url)."""
    llm_api_key: Annotated[str, StringConstraints(max_length=512)] | None = None
    """The endpoint's API key (never returned; `llm_api_key_set` says whether one is set)."""


class SettingsOut(BaseModel):
    enabled: bool
    language: str
    entity_types: list[str]
    audio_redaction: str
    fail_closed_digits: bool
    redact_party_names: bool
    hide_flagged: bool
    llm_base_url: str | None
    llm_model: str | None
    llm_api_key_set: bool  # the key itself is never returned
    dictionary_version: int


class TermIn(Input):
    term: Term
    """A word or name speech recognition should know (2 to 80 characters)."""
    aliases: Annotated[list[Term], Field(max_length=20)] = []
    """Other spellings or mishearings that mean the term."""
    category: Category = "other"
    """`product`, `competitor`, `jargon`, `person` or `other`."""


class TermUpdateIn(Input):
    term: Term | None = None
    """The new term."""
    aliases: Annotated[list[Term], Field(max_length=20)] | None = None
    """The new aliases (replace the list)."""
    category: Category | None = None
    """The new category."""


class TermOut(BaseModel):
    id: str
    term: str
    aliases: list[str]
    category: str
    updated_at: datetime


class TermListOut(BaseModel):
    terms: list[TermOut]
    dictionary_version: int


class MomentIn(Input):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    """The moment's name, e.g. `Cancellation risk`."""
    phrases: Annotated[list[Phrase], Field(max_length=50)] = []
    """Phrases that mark the moment (whole words; phrases of two or more words also match small
    recognition errors)."""
    keywords: Annotated[list[Phrase], Field(max_length=50)] = []
    """Words that mark the moment (exact whole words; use dictionary terms for variants)."""
    # Dictionary terms (by id) whose term and aliases count as keywords.
    term_ids: Annotated[list[str], Field(max_length=50)] = []
    """Dictionary terms (by id) whose term and aliases count as keywords."""
    speakers: (
        Annotated[list[Annotated[str, StringConstraints(max_length=16)]], Field(max_length=4)]
        | None
    ) = None
    """Only when said by these speakers (`caller`, `callee`, `speaker`); default: anyone."""


class MomentOut(BaseModel):
    id: str
    version: int
    name: str
    phrases: list[str]
    keywords: list[str]
    term_ids: list[str]
    speakers: list[str] | None
    created_at: datetime


class MomentListOut(BaseModel):
    moments: list[MomentOut]


class MomentVersionsOut(BaseModel):
    versions: list[MomentOut]


class ApplyMomentsIn(Input):
    since: datetime | None = None
    """Only transcripts made at or after this time; default: all."""
    until: datetime | None = None
    """Only transcripts made before this time; default: all."""
    dry_run: StrictBool = False
    """A preview: compute which transcripts would gain or lose which moments, and change no
    tag (the run's diff says what applying would do)."""


class MomentRunOut(BaseModel):
    id: str
    state: str
    dry_run: bool  # a preview: its diff is what applying would change; nothing was changed
    created_at: datetime
    finished_at: datetime | None
    # {"transcripts": n, "changed": [{"source_type","source_id","added":{moment:n},"removed":{…}}]}
    diff: dict[str, Any] | None


class StageOut(BaseModel):
    stage: str
    state: str
    progress: float
    reason: str | None
    attempts: int
    updated_at: datetime


class StatusOut(BaseModel):
    transcript_id: str
    source_type: str
    source_id: str
    generation: int
    language: str
    model: str | None
    dictionary_version: int | None
    stages: list[StageOut]


class RerunIn(Input):
    from_stage: Literal["transcribe", "redact", "analyse"] = "transcribe"
    """The first stage to run again: `transcribe`, `redact` or `analyse`."""


class SpanOut(BaseModel):
    utterance: int
    start: int
    end: int
    start_ms: int
    end_ms: int


class WordOut(BaseModel):
    text: str
    start_ms: int
    end_ms: int


class UtteranceOut(BaseModel):
    index: int
    speaker: str
    start_ms: int
    end_ms: int
    text: str
    words: list[WordOut]


class PiiOut(BaseModel):
    type: str
    span: SpanOut


class TranscriptOut(BaseModel):
    transcript_id: str
    source_type: str
    source_id: str
    view: Literal["redacted", "raw"]
    language: str
    duration_ms: int
    utterances: list[UtteranceOut]
    redactions: list[PiiOut]
    residual_pii: int | None  # spans still recognisable in the redacted audio


class LeakFlagOut(BaseModel):
    # letters: three or more spelled one by one; answer: a reply to a question for an
    # identifier with nothing redacted in it; address: a word left between two hidden pieces
    # of an address
    kind: Literal["digits", "email", "name", "letters", "date", "address", "answer"]
    sources: list[Literal["text", "audio"]]  # where it is still found
    speaker: str
    start_ms: int
    end_ms: int
    span: SpanOut | None  # where it is in the redacted text (hidden: its placeholder)
    hidden: bool = False
    """Hidden in the redacted text ("[UNVERIFIED]") and silenced in the redacted audio before
    anyone read it; all but those left visible (left_because)."""
    left_because: Literal["answer", "kept_number", "setting_off"] | None = None
    """Why a flag was not hidden (ADR 0019): "answer", a person decides; "kept_number", digits
    the redaction keeps on purpose by their label (an order number, an amount, a count);
    "setting_off", the workspace switched hiding off (`hide_flagged`)."""


class VerificationOut(BaseModel):
    """The leak check of a call's or voicemail's redaction: windows where digits, an e-mail
    address, a name to hide or spelled letters are still in the redacted text or redacted
    audio (never the value itself). What it flags is then hidden there (all but those left
    visible, each with its left_because; none where the workspace switched hiding off); a
    flagged call is still kept out of training exports and review samples."""

    flagged: int  # how many windows: what a listener or reader would find
    hidden: int = 0  # how many of them were hidden (ADR 0019: all but "answer" flags)
    audio_checked: bool
    kept_numbers: int  # numbers left because their own label says to keep them
    flags: list[LeakFlagOut]


class NoteLineOut(BaseModel):
    text: str
    kind: Literal["reason", "outcome", "detail"] = "detail"
    """"reason": why the call was made; "outcome": how it ended; "detail": anything else."""
    evidence: list[SpanOut]


class ActionItemOut(BaseModel):
    owner: str | None
    """The person who owes it: the user or contact behind the party, or someone named. With
    the call's party names hidden (the default) the name behind a party is shown only to those
    who may read the raw transcript; others get null and the `party` label."""
    party: str | None = None
    """The speaker label of the party who owes it ("caller", "callee"), when one of them."""
    what: str
    when: str | None
    due: str | None
    evidence: list[SpanOut]


class TopicOut(BaseModel):
    term: str
    mentions: int
    evidence: list[SpanOut]


class NotesOut(BaseModel):
    source: str
    degraded_reason: str | None
    summary: list[NoteLineOut]
    action_items: list[ActionItemOut]
    topics: list[TopicOut]


class UtteranceSentimentOut(BaseModel):
    utterance: int
    speaker: str
    raw: float
    score: float
    label: str
    evidence: list[SpanOut]


class ArcPointOut(BaseModel):
    start_ms: int
    end_ms: int
    score: float


class SpeakerSentimentOut(BaseModel):
    speaker: str
    baseline: float
    overall: float
    label: str
    arc: list[ArcPointOut]
    evidence: list[SpanOut]


class SentimentOut(BaseModel):
    overall: float
    label: str
    speakers: list[SpeakerSentimentOut]
    utterances: list[UtteranceSentimentOut]
    degraded_reason: str | None = None
    """Why the scores are weaker than usual: a language without a lexicon (all neutral), or
    the sentiment model could not load (rules alone)."""


class MomentHitOut(BaseModel):
    moment_id: str
    version: int
    name: str
    evidence: SpanOut
    text: str


class MomentsOut(BaseModel):
    hits: list[MomentHitOut]


class SearchIn(Input):
    q: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    """Words to find in transcripts (each of 2 to 32 letters or digits)."""
    source_type: Literal["call", "voicemail"] | None = None
    """Only `call` or only `voicemail`; default: both."""
    limit: Annotated[StrictInt, Field(ge=1, le=100)] = 50
    """The most hits to return."""


class SearchHitOut(BaseModel):
    transcript_id: str
    source_type: str
    source_id: str
    utterances: list[UtteranceOut]  # the redacted utterances holding the words


class SearchOut(BaseModel):
    hits: list[SearchHitOut]
