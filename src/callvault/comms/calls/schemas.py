"""Call-record input and output shapes. Inputs forbid unknown fields and bound every value."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StrictBool, StringConstraints, model_validator

from callvault.comms.bulk import BulkDeleteIn
from callvault.core.inputs import Input
from callvault.core.instants import Instant

ExternalId = Annotated[
    str, StringConstraints(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@+\-]+$")
]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=40)]
Notes = Annotated[str, StringConstraints(max_length=10_000)]
Number = Annotated[str, StringConstraints(min_length=1, max_length=40)]
Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", max_length=36
    ),
]

MAX_TAGS = 20
MAX_DURATION_S = 7 * 24 * 3600  # what an event may report; also bounds the filters (SQL ints)
PAGE_DEFAULT = 50
PAGE_MAX = 200


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class Disposition(StrEnum):
    ANSWERED = "answered"
    MISSED = "missed"
    VOICEMAIL = "voicemail"
    REJECTED = "rejected"
    FAILED = "failed"


class EventType(StrEnum):
    STARTED = "call.started"
    ANSWERED = "call.answered"
    ENDED = "call.ended"


class PartyIn(Input):
    """Exactly one of: a workspace user, a contact, or an external number (E.164)."""

    user_id: Uuid | None = None
    """A workspace user's id."""
    contact_id: Uuid | None = None
    """A contact's id."""
    number: Number | None = None
    """An external phone number, in international form (E.164, e.g. `+14155550100`)."""

    @model_validator(mode="after")
    def _exactly_one(self) -> PartyIn:
        if sum(x is not None for x in (self.user_id, self.contact_id, self.number)) != 1:
            raise ValueError("give exactly one of user_id, contact_id, number")
        return self


class CallEventIn(Input):
    """One event from a telephony front end or PBX about the call it calls external_call_id.

    call.started carries direction, caller and callee (and may carry tags); call.ended carries
    the disposition and may carry the duration the PBX measured from start to end (checked
    against the times) and whether the call was recorded."""

    type: EventType
    """`call.started`, `call.answered` or `call.ended`."""
    external_call_id: ExternalId
    """The PBX's id for the call: every event of one call carries the same one."""
    occurred_at: Instant
    """When it happened (ISO 8601 with a zone)."""
    direction: Direction | None = None
    """call.started only: `inbound`, `outbound` or `internal`."""
    caller: PartyIn | None = None
    """call.started only: who called."""
    callee: PartyIn | None = None
    """call.started only: who was called."""
    tags: Annotated[list[Tag], Field(max_length=MAX_TAGS)] | None = None
    """call.started only: labels for the call."""
    disposition: Disposition | None = None
    """call.ended only (required there): how the call ended."""
    duration_seconds: Annotated[int, Field(ge=0, le=MAX_DURATION_S)] | None = None
    """call.ended only: the whole call's duration as the PBX measured it, in seconds, from
    call.started's time to call.ended's (ringing included, not only talk time); more than
    2 s from what the event times give is refused (409 `invalid_call_transition`,
    reason `duration`, with the `derived` duration)."""
    recorded: StrictBool | None = None
    """call.ended only: whether the call was recorded."""
    vi_ran: StrictBool | None = None
    """call.ended only: whether voice intelligence ran on the call."""

    @model_validator(mode="after")
    def _fields_for_type(self) -> CallEventIn:
        started_only = (self.direction, self.caller, self.callee, self.tags)
        ended_only = (self.disposition, self.duration_seconds, self.recorded, self.vi_ran)
        if self.type is EventType.STARTED:
            if self.direction is None or self.caller is None or self.callee is None:
                raise ValueError("call.started needs direction, caller and callee")
            if any(v is not None for v in ended_only):
                raise ValueError("call.started carries no disposition, duration or flags")
        elif self.type is EventType.ENDED:
            if self.disposition is None:
                raise ValueError("call.ended needs a disposition")
            if any(v is not None for v in started_only):
                raise ValueError("call.ended carries no direction, parties or tags")
        elif any(v is not None for v in (*started_only, *ended_only)):
            raise ValueError("call.answered carries only its time")
        return self


class CallEventOut(BaseModel):
    """The same for the first delivery and every replay of an event."""

    event_id: str
    call_id: str
    type: EventType
    external_call_id: str
    received_at: datetime


class PartyOut(BaseModel):
    kind: Literal["user", "contact", "number", "unknown"]
    user_id: str | None = None
    contact_id: str | None = None
    number: str | None = None
    contact_name: str | None = None
    """The contact's name, where the reader may read that contact (a shared one, or their
    own); otherwise null, and the number says who it was."""


class CallOut(BaseModel):
    id: str
    external_call_id: str
    state: str
    direction: Direction | None
    disposition: Disposition | None
    caller: PartyOut
    callee: PartyOut
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    duration_seconds: int | None
    talk_seconds: int | None
    recorded: bool
    vi_ran: bool
    tags: list[str]
    has_notes: bool
    notes: str | None = None  # only when one call is read (an audited read of its content)
    participant_ids: list[str]


class CallPageOut(BaseModel):
    calls: list[CallOut]
    next_cursor: str | None


class CallUpdateIn(Input):
    tags: Annotated[list[Tag], Field(max_length=MAX_TAGS)] | None = None
    """The call's labels (replace the list; left out: unchanged)."""
    notes: Notes | None = None
    """Free-text notes on the call (left out: unchanged)."""


class CallFilterIn(Input):
    """The list filters, as a body (bulk deletion) rather than query parameters."""

    since: Instant | None = None
    """Calls started at or after this time (ISO 8601 with a zone)."""
    until: Instant | None = None
    """Calls started before this time."""
    user_id: Uuid | None = None
    """Calls this user took part in."""
    contact_id: Uuid | None = None
    """Calls with this contact."""
    number: Number | None = None
    """Calls from or to this phone number (international form)."""
    direction: Direction | None = None
    """Only this direction."""
    disposition: Disposition | None = None
    """Only calls that ended this way."""
    min_duration: Annotated[int, Field(ge=0, le=MAX_DURATION_S)] | None = None
    """Calls that lasted at least this (seconds)."""
    max_duration: Annotated[int, Field(ge=0, le=MAX_DURATION_S)] | None = None
    """Calls that lasted at most this (seconds)."""
    tag: Tag | None = None
    """Calls with this tag."""
    group_id: Uuid | None = None
    """Calls with a (current) member of this group on them."""


CallBulkDeleteIn = BulkDeleteIn[CallFilterIn]


class DeletionReceiptOut(BaseModel):
    receipt_id: str  # the audit entry that records the deletion
    object_type: Literal["call"]
    object_id: str
    deleted_at: datetime
    removed: dict[str, int]
