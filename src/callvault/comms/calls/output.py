"""A call's output model from its stored fields: an ORM `Call` (one call, exports) or a list
page's row (no ORM object per row). The sealed fields of a page are opened with one opener per
field, set up once per page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from callvault.comms.calls.schemas import CallOut
from callvault.crypto.cipher import WorkspaceCipher

KIND = "call"


class CallFields(Protocol):
    """The columns a call's output is built from (a `Call`, or a row selecting them)."""

    @property
    def id(self) -> str: ...
    @property
    def external_id_sealed(self) -> bytes: ...
    @property
    def state(self) -> str: ...
    @property
    def direction(self) -> str | None: ...
    @property
    def disposition(self) -> str | None: ...
    @property
    def caller_user_id(self) -> str | None: ...
    @property
    def caller_contact_id(self) -> str | None: ...
    @property
    def caller_number_sealed(self) -> bytes | None: ...
    @property
    def callee_user_id(self) -> str | None: ...
    @property
    def callee_contact_id(self) -> str | None: ...
    @property
    def callee_number_sealed(self) -> bytes | None: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def answered_at(self) -> datetime | None: ...
    @property
    def ended_at(self) -> datetime | None: ...
    @property
    def duration_seconds(self) -> int | None: ...
    @property
    def talk_seconds(self) -> int | None: ...
    @property
    def recorded(self) -> bool: ...
    @property
    def vi_ran(self) -> bool: ...


class CallOpeners:
    """The sealed fields of many calls of one workspace, opened in place (object id bound)."""

    def __init__(self, cipher: WorkspaceCipher) -> None:
        self._cipher = cipher
        self.external_id = cipher.text_opener(kind=KIND, field="external_id")
        self.caller_number = cipher.text_opener(kind=KIND, field="caller_number")
        self.callee_number = cipher.text_opener(kind=KIND, field="callee_number")
        self._notes: Callable[[str, bytes], str] | None = None

    def notes(self, call_id: str, sealed: bytes) -> str:
        if self._notes is None:
            self._notes = self._cipher.text_opener(kind=KIND, field="notes")
        return self._notes(call_id, sealed)


def _party(
    call_id: str,
    user_id: str | None,
    contact_id: str | None,
    sealed: bytes | None,
    open_number: Callable[[str, bytes], str],
) -> dict[str, str | None]:
    """A `PartyOut`'s fields (validated with the call's, in one pass)."""
    if user_id:
        return {"kind": "user", "user_id": user_id}
    number = open_number(call_id, sealed) if sealed else None
    if contact_id:  # given by the PBX, or linked by the number (which is then shown too)
        return {"kind": "contact", "contact_id": contact_id, "number": number}
    if number is not None:
        return {"kind": "number", "number": number}
    return {"kind": "unknown"}  # call.started has not arrived yet


def call_out(
    opened: CallOpeners,
    call: CallFields,
    *,
    tags: list[str],
    participant_ids: list[str],
    has_notes: bool,
    notes: str | None = None,
) -> CallOut:
    """The output model, validated once (the parties and enums with it)."""
    return CallOut.model_validate(
        {
            "id": call.id,
            "external_call_id": opened.external_id(call.id, call.external_id_sealed),
            "state": call.state,
            "direction": call.direction or None,
            "disposition": call.disposition or None,
            "caller": _party(
                call.id,
                call.caller_user_id,
                call.caller_contact_id,
                call.caller_number_sealed,
                opened.caller_number,
            ),
            "callee": _party(
                call.id,
                call.callee_user_id,
                call.callee_contact_id,
                call.callee_number_sealed,
                opened.callee_number,
            ),
            "started_at": call.started_at,
            "answered_at": call.answered_at,
            "ended_at": call.ended_at,
            "duration_seconds": call.duration_seconds,
            "talk_seconds": call.talk_seconds,
            "recorded": call.recorded,
            "vi_ran": call.vi_ran,
            "tags": tags,
            "has_notes": has_notes,
            "notes": notes,
            "participant_ids": participant_ids,
        }
    )
