"""The live-call state machine's vocabulary: call and device snapshots, the commands it
takes and the outcomes it returns (state.py decides; this module holds data only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CallState(StrEnum):
    RINGING = "ringing"
    ANSWERED = "answered"
    ENDED = "ended"


class DeviceState(StrEnum):
    CALLER = "caller"
    RINGING = "ringing"
    ANSWERED = "answered"
    DECLINED = "declined"
    STOPPED = "stopped"
    GONE = "gone"
    LEFT = "left"


class EndReason(StrEnum):
    COMPLETED = "completed"
    MISSED = "missed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    BUSY = "busy"
    UNAVAILABLE = "unavailable"
    FAILED = "failed"


# How each end lands in the call log (comms/calls Disposition values).
DISPOSITION: dict[EndReason, str] = {
    EndReason.COMPLETED: "answered",
    EndReason.MISSED: "missed",
    EndReason.REJECTED: "rejected",
    EndReason.CANCELLED: "missed",
    EndReason.BUSY: "missed",
    EndReason.UNAVAILABLE: "missed",
    EndReason.FAILED: "failed",
}

DTMF_DIGITS = frozenset("0123456789*#ABCD")
MAX_DTMF = 32


class Refused(Exception):
    """The command does not apply to the call as it is; `code` is stable (sent to the client)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    user_id: str
    state: DeviceState


@dataclass(frozen=True, slots=True)
class Call:
    id: str
    workspace_id: str
    state: CallState
    caller_user_id: str
    caller_device_id: str
    target_kind: str  # "user" or "group"
    target_id: str
    started_at: datetime  # of the current segment
    ring_deadline: datetime
    devices: tuple[Device, ...]
    segment: int = 0
    callee_user_id: str | None = None
    callee_device_id: str | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    end_reason: EndReason | None = None
    caller_held: bool = False
    callee_held: bool = False
    caller_muted: bool = False
    callee_muted: bool = False
    version: int = 0
    # Not stored: whether an unanswered end takes the caller to the callee's voicemail,
    # set from the settings before each decision (the same in every process).
    voicemail: bool = False

    def device(self, device_id: str) -> Device | None:
        return next((d for d in self.devices if d.device_id == device_id), None)

    def ringing(self) -> list[Device]:
        return [d for d in self.devices if d.state is DeviceState.RINGING]

    def side_of(self, device_id: str) -> str | None:
        """ "caller" or "callee" for the two devices in an answered call, else None."""
        if self.state is CallState.ANSWERED:
            if device_id == self.caller_device_id:
                return "caller"
            if device_id == self.callee_device_id:
                return "callee"
        return None


# ---- what follows a decision -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Notice:
    """A message for one device (device_id) or all of a user's devices (None)."""

    kind: str
    user_id: str
    device_id: str | None
    data: dict[str, str | None]


@dataclass(frozen=True, slots=True)
class Join:
    legs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HoldLeg:
    leg: str
    held: bool


@dataclass(frozen=True, slots=True)
class CloseLeg:
    leg: str


@dataclass(frozen=True, slots=True)
class CloseCall:
    pass


@dataclass(frozen=True, slots=True)
class TakeMessage:
    """Instead of closing the call: the caller's leg stays with the engine, which plays the
    callee's greeting and a beep and records a message for the mailbox (voicemail.py)."""

    leg: str
    mailbox_user_id: str


MediaAction = Join | HoldLeg | CloseLeg | CloseCall | TakeMessage


@dataclass(frozen=True, slots=True)
class SegmentAnswered:
    """Write the segment's started and answered events."""

    segment: int


@dataclass(frozen=True, slots=True)
class SegmentEnded:
    """Write the segment's end (and its start first, when it was never answered)."""

    segment: int
    reason: EndReason
    answered: bool
    transferred: bool = False
    voicemail: bool = False  # the caller was taken to voicemail (tagged in the call log)


RecordOp = SegmentAnswered | SegmentEnded


@dataclass(frozen=True, slots=True)
class Outcome:
    before: Call
    call: Call
    notices: tuple[Notice, ...] = ()
    media: tuple[MediaAction, ...] = ()
    record: tuple[RecordOp, ...] = ()
    audit: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.call != self.before


# ---- commands ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Answer:
    device_id: str
    now: datetime


@dataclass(frozen=True, slots=True)
class Decline:
    device_id: str
    now: datetime


@dataclass(frozen=True, slots=True)
class Cancel:
    device_id: str
    now: datetime


@dataclass(frozen=True, slots=True)
class Hangup:
    device_id: str
    now: datetime


@dataclass(frozen=True, slots=True)
class Timeout:
    now: datetime


@dataclass(frozen=True, slots=True)
class DeviceGone:
    device_id: str
    now: datetime


@dataclass(frozen=True, slots=True)
class Hold:
    device_id: str
    held: bool


@dataclass(frozen=True, slots=True)
class Mute:
    device_id: str
    muted: bool


@dataclass(frozen=True, slots=True)
class Dtmf:
    device_id: str
    digits: str


@dataclass(frozen=True, slots=True)
class Transfer:
    device_id: str
    to_user_id: str
    to_devices: tuple[str, ...]  # the target's signed-in devices
    now: datetime
    ring_deadline: datetime


@dataclass(frozen=True, slots=True)
class MediaFailed:
    device_id: str | None  # None: the engine itself was lost
    now: datetime


Command = (
    Answer
    | Decline
    | Cancel
    | Hangup
    | Timeout
    | DeviceGone
    | Hold
    | Mute
    | Dtmf
    | Transfer
    | MediaFailed
)
