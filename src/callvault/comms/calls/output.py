"""A call's output from its stored fields: an ORM `Call` (one call, exports) or a list page's
row (no ORM object per row). The sealed fields of a page are opened with one opener per field,
set up once per page. A list page is built as plain dicts in `CallOut`'s shape and serialised
once, with no model validated per row (a quarter of the page's CPU); a test holds their JSON
equal to the models' for every kind of row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from callvault.comms.calls.schemas import CallOut, Direction, Disposition
from callvault.crypto.cipher import WorkspaceCipher

KIND = "call"
_DIRECTIONS = frozenset(d.value for d in Direction)
_DISPOSITIONS = frozenset(d.value for d in Disposition)


def _member(value: str | None, allowed: frozenset[str]) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise ValueError(f"stored value {value!r} is not one of {sorted(allowed)}")
    return value


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
    """A `PartyOut`'s fields, every one, in its order."""
    if user_id:
        return {
            "kind": "user",
            "user_id": user_id,
            "contact_id": None,
            "number": None,
            "contact_name": None,
        }
    number = open_number(call_id, sealed) if sealed else None
    if contact_id:  # given by the PBX, or linked by the number (which is then shown too)
        return {
            "kind": "contact",
            "user_id": None,
            "contact_id": contact_id,
            "number": number,
            "contact_name": None,  # filled in by the list or read, for one who may see it
        }
    if number is not None:
        return {
            "kind": "number",
            "user_id": None,
            "contact_id": None,
            "number": number,
            "contact_name": None,
        }
    # call.started has not arrived yet
    return {
        "kind": "unknown",
        "user_id": None,
        "contact_id": None,
        "number": None,
        "contact_name": None,
    }


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
        call_dict(
            opened,
            call,
            tags=tags,
            participant_ids=participant_ids,
            has_notes=has_notes,
            notes=notes,
        )
    )


def call_dict(
    opened: CallOpeners,
    call: CallFields,
    *,
    tags: list[str],
    participant_ids: list[str],
    has_notes: bool,
    notes: str | None = None,
) -> dict[str, object]:
    """`CallOut`'s fields, every one, in its order, as JSON-ready values (the enums as their
    stored strings, checked against the enums: what the model would refuse, this refuses)."""
    return row_dict(
        opened,
        tuple(getattr(call, name) for name in FIELDS),
        tags=tags,
        participant_ids=participant_ids,
        has_notes=has_notes,
        notes=notes,
    )


# The stored columns a call's output is built from, in the order `row_dict` takes them
# (a list page selects them in this order: repository._ROW).
FIELDS = (
    "id",
    "external_id_sealed",
    "state",
    "direction",
    "disposition",
    "caller_user_id",
    "caller_contact_id",
    "caller_number_sealed",
    "callee_user_id",
    "callee_contact_id",
    "callee_number_sealed",
    "started_at",
    "answered_at",
    "ended_at",
    "duration_seconds",
    "talk_seconds",
    "recorded",
    "vi_ran",
)


def row_dict(
    opened: CallOpeners,
    row: Sequence[Any],
    *,
    tags: list[str],
    participant_ids: list[str],
    has_notes: bool,
    notes: str | None = None,
) -> dict[str, object]:
    """`call_dict` from the FIELDS' values by position (a list page's row, unpacked once:
    fifty rows' attribute look-ups by name were a sixth of the page's Python)."""
    (
        call_id,
        external_id_sealed,
        state,
        direction,
        disposition,
        caller_user_id,
        caller_contact_id,
        caller_number_sealed,
        callee_user_id,
        callee_contact_id,
        callee_number_sealed,
        started_at,
        answered_at,
        ended_at,
        duration_seconds,
        talk_seconds,
        recorded,
        vi_ran,
    ) = row[:_WIDTH]
    return {
        "id": call_id,
        "external_call_id": opened.external_id(call_id, external_id_sealed),
        "state": state,
        "direction": _member(direction, _DIRECTIONS),
        "disposition": _member(disposition, _DISPOSITIONS),
        "caller": _party(
            call_id, caller_user_id, caller_contact_id, caller_number_sealed, opened.caller_number
        ),
        "callee": _party(
            call_id, callee_user_id, callee_contact_id, callee_number_sealed, opened.callee_number
        ),
        "started_at": started_at,
        "answered_at": answered_at,
        "ended_at": ended_at,
        "duration_seconds": duration_seconds,
        "talk_seconds": talk_seconds,
        "recorded": recorded,
        "vi_ran": vi_ran,
        "tags": tags,
        "has_notes": has_notes,
        "notes": notes,
        "participant_ids": participant_ids,
    }


_WIDTH = len(FIELDS)
