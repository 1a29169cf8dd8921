"""The signaling messages a device sends on `/api/v1/ws` (JSON objects with a `type`).

Client → server (every one but `call.invite` names its `call_id`):

- `call.invite {client_ref, to: {user_id} | {group_id}, sdp}`: place a call (sdp: the
  device's offer).
- `call.answer {call_id, sdp}`: answer a ringing call with the answering device's own offer.
- `call.decline {call_id}`: stop ringing here (the call ends when no device rings any more).
- `call.cancel {call_id}`: the caller gives up while it rings.
- `call.hangup {call_id}`: leave the call (ends it; while ringing: cancel or decline).
- `call.hold {call_id, held}`: put the call on hold or take it off.
- `call.mute {call_id, muted}`: tell the other side this side is muted (state only).
- `call.transfer {call_id, to: {user_id}}`: blind transfer; the other party now rings them.
- `call.dtmf {call_id, digits}`: relay key presses (1-32 of 0-9 * # A B C D).
- `call.record {call_id, on}`: a party starts (on: true) or stops recording the answered
  call (one channel per party; it stops by itself when the call ends).
- `call.listen {call_id, sdp}`: a supervisor (or admin) silently listens to a team's
  answered call with a receive-only offer; `call.unlisten {call_id}` stops (ADR 0029).

Server → client: `call.trying {call_id, client_ref}` (the invite was accepted),
`call.answer_sdp {call_id, sdp}` (the media engine's answer to this device's offer),
`call.ringing {call_id}` (to the caller), `call.incoming {call_id, from_user_id, to_kind,
to_id}` (to each rung device), `call.answered {call_id, by_user_id}` (to the caller),
`call.answered_elsewhere {call_id}` (to the other rung devices: stop ringing),
`call.held {call_id, by_user_id, held}` and `call.muted {call_id, by_user_id, muted}` (to
both parties), `call.dtmf {call_id, digits}` (to the other party), `call.transferred
{call_id, to_user_id}` (to the party that stays), `call.recording {call_id, recording,
by_user_id, recording_id}` (to both parties: recording started or stopped), `call.ended
{call_id, reason}` (reason: completed, missed, rejected, cancelled, busy, unavailable,
failed, or declined / transferred for the one device that did so) and `call.error {code,
message, call_id?, client_ref?}`. Listen-in and assist (ADR 0029): `call.listening {call_id,
sdp}` (the listener's answer), `call.listen_ended {call_id, reason}`, `call.card {call_id,
card_id, title, body, link, segment_id, span, speaker}` and `call.sentiment {call_id, party,
role, score, label}` (to the agent side and the parties' supervisors).

Voicemail (ADR 0027): a call to a user that ends missed, busy or unavailable, with voicemail
on, sends the caller `call.voicemail {call_id, reason}` (reason: missed, busy or
unavailable) instead of `call.ended`; the caller's media stays up, hears the callee's
greeting and a beep, and is recorded. The caller then gets `call.ended {call_id, reason:
"voicemail", voicemail_id?}` (voicemail_id: the message left, absent when none was: hung up
before the beep, or silent). `call.hangup {call_id}` from the caller ends the message (what
was said after the beep is kept).

Live transcript (ADR 0028; only where the
workspace has voice intelligence on), to both parties' devices in the call and every device
of a supervisor of either party's group: `call.transcript {call_id, segment_id, speaker
("caller" | "callee"), user_id (the speaker), text, final, start_ms, end_ms, spans: [{start,
end, type}]}`. `text` is always redacted (placeholders such as "[CARD_NUMBER]", and
"[DIGITS]" for digit runs not yet judged); `spans` locate the placeholders in it. A segment
is sent as partials (final: false, re-sent about every second while it is being said, each
replacing the last) then once as final (final: true; an empty final text withdraws the
partials). Times are milliseconds of the speaker's audio since the call was answered."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

from callvault.comms.live.state import DTMF_DIGITS, MAX_DTMF

Id = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", max_length=36
    ),
]
ClientRef = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[\w.:-]+$")]
Sdp = Annotated[str, StringConstraints(min_length=1, max_length=32_000)]
Digits = Annotated[
    str,
    StringConstraints(
        min_length=1,
        max_length=MAX_DTMF,
        pattern="^[" + "".join(sorted(DTMF_DIGITS)).replace("*", r"\*").replace("#", r"\#") + "]+$",
    ),
]

# Far above any real message: the largest is an SDP offer (a few KiB with candidates).
MAX_MESSAGE_BYTES = 40_000


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ToUser(_In):
    user_id: Id


class ToGroup(_In):
    group_id: Id


class Invite(_In):
    type: Literal["call.invite"]
    client_ref: ClientRef
    to: ToUser | ToGroup
    sdp: Sdp


class AnswerMsg(_In):
    type: Literal["call.answer"]
    call_id: Id
    sdp: Sdp


class Simple(_In):
    type: Literal["call.decline", "call.cancel", "call.hangup"]
    call_id: Id


class HoldMsg(_In):
    type: Literal["call.hold"]
    call_id: Id
    held: bool


class MuteMsg(_In):
    type: Literal["call.mute"]
    call_id: Id
    muted: bool


class TransferMsg(_In):
    type: Literal["call.transfer"]
    call_id: Id
    to: ToUser


class DtmfMsg(_In):
    type: Literal["call.dtmf"]
    call_id: Id
    digits: Digits


class RecordMsg(_In):
    type: Literal["call.record"]
    call_id: Id
    on: bool


class ListenMsg(_In):  # ADR 0029
    type: Literal["call.listen"]
    call_id: Id
    sdp: Sdp


class UnlistenMsg(_In):
    type: Literal["call.unlisten"]
    call_id: Id


Message = Annotated[
    Invite
    | AnswerMsg
    | Simple
    | HoldMsg
    | MuteMsg
    | TransferMsg
    | DtmfMsg
    | RecordMsg
    | ListenMsg
    | UnlistenMsg,
    Field(discriminator="type"),
]
_ADAPTER: TypeAdapter[Message] = TypeAdapter(Message)


class BadMessage(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_signaling(data: dict[str, object]) -> bool:
    kind = data.get("type")
    return isinstance(kind, str) and kind.startswith("call.")


def parse(data: dict[str, object]) -> Message:
    """The message, or BadMessage naming the first field that is wrong."""
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "message"
        raise BadMessage(f"{where}: {first['msg']}") from None
