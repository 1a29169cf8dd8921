"""The live-call state machine: pure functions from (call snapshot, command) to an outcome.

Nothing here touches the database, the bus or the media engine. `decide` returns the call as
it must be afterwards plus what has to follow (notices to devices, media actions, call-record
writes, audit actions); the service stores the new snapshot with a compare-and-set on the
call's `version`, so two processes deciding from the same snapshot cannot both win (the loser
reloads and decides again, and then sees the winner's state).

States of a call: `ringing` → `answered` → `ended`, or `ringing` → `ended`. A blind transfer
takes an answered call back to `ringing` with the remaining party as the caller (a new
*segment*, recorded as its own call-log entry). Each device in a call has its own state:
the caller's device is `caller`; a rung device is `ringing`, then `answered`, `declined`,
`stopped` (rung no more: answered elsewhere, cancelled, ended) or `gone` (its socket went);
a party that transferred the call away is `left`.

End reasons and the call-log disposition each maps to (see `DISPOSITION`): `completed`
(answered, then hung up or a party went), `missed` (no answer before the deadline, or every
rung device went), `rejected` (every rung device declined, or declined and the rest went),
`cancelled` (the caller gave up while it rang), `busy` and `unavailable` (decided when the
call is placed: never rang), `failed` (the media engine lost a leg or itself).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from callvault.comms.live.values import (
    DISPOSITION,
    DTMF_DIGITS,
    MAX_DTMF,
    Answer,
    Call,
    CallState,
    Cancel,
    CloseCall,
    CloseLeg,
    Command,
    Decline,
    Device,
    DeviceGone,
    DeviceState,
    Dtmf,
    EndReason,
    Hangup,
    Hold,
    HoldLeg,
    Join,
    MediaAction,
    MediaFailed,
    Mute,
    Notice,
    Outcome,
    RecordOp,
    Refused,
    SegmentAnswered,
    SegmentEnded,
    TakeMessage,
    Timeout,
    Transfer,
)

__all__ = [
    "DISPOSITION",
    "DTMF_DIGITS",
    "MAX_DTMF",
    "Answer",
    "Call",
    "CallState",
    "Cancel",
    "CloseCall",
    "CloseLeg",
    "Command",
    "Decline",
    "Device",
    "DeviceGone",
    "DeviceState",
    "Dtmf",
    "EndReason",
    "Hangup",
    "Hold",
    "HoldLeg",
    "Join",
    "MediaAction",
    "MediaFailed",
    "Mute",
    "Notice",
    "Outcome",
    "RecordOp",
    "Refused",
    "SegmentAnswered",
    "SegmentEnded",
    "TakeMessage",
    "Timeout",
    "Transfer",
    "decide",
    "place",
]

# ---- placing a call ----------------------------------------------------------------------


def place(
    *,
    call_id: str,
    workspace_id: str,
    caller_user_id: str,
    caller_device_id: str,
    target_kind: str,
    target_id: str,
    rung: Iterable[tuple[str, str]],  # (device_id, user_id) of every device to ring
    busy: bool,
    now: datetime,
    ring_deadline: datetime,
    voicemail: bool = False,
) -> Outcome:
    """A new call: ringing on every rung device, or ended at once as busy (every callee is
    in another call) or unavailable (no callee has a signed-in device). With `voicemail`,
    a call to a user that ends unanswered takes the caller to the callee's voicemail."""
    devices = [Device(caller_device_id, caller_user_id, DeviceState.CALLER)]
    devices += [Device(d, u, DeviceState.RINGING) for d, u in rung]
    empty = Call(
        id=call_id,
        workspace_id=workspace_id,
        state=CallState.RINGING,
        caller_user_id=caller_user_id,
        caller_device_id=caller_device_id,
        target_kind=target_kind,
        target_id=target_id,
        started_at=now,
        ring_deadline=ring_deadline,
        devices=(),
        version=-1,  # nothing stored yet
        voicemail=voicemail and target_kind == "user",
    )
    call = replace(empty, devices=tuple(devices), version=0)
    if busy or len(devices) == 1:
        reason = EndReason.BUSY if busy else EndReason.UNAVAILABLE
        ended = _end(Outcome(empty, replace(call, devices=tuple(devices[:1]))), reason, now)
        return replace(ended, audit=("live_call.place", *ended.audit))
    notices = [
        Notice("call.ringing", caller_user_id, caller_device_id, {"call_id": call_id}),
        *(_incoming(call, d) for d in call.ringing()),
    ]
    return Outcome(empty, call, notices=tuple(notices), audit=("live_call.place",))


def _incoming(call: Call, device: Device) -> Notice:
    return Notice(
        "call.incoming",
        device.user_id,
        device.device_id,
        {
            "call_id": call.id,
            "from_user_id": call.caller_user_id,
            "to_kind": call.target_kind,
            "to_id": call.target_id,
        },
    )


# ---- deciding ------------------------------------------------------------------------------


def decide(call: Call, command: Command) -> Outcome:
    """What the command does to the call; Refused when it does not apply."""
    if isinstance(command, Answer):
        return _answer(call, command)
    if isinstance(command, Decline):
        return _decline(call, command.device_id, command.now)
    if isinstance(command, Cancel):
        return _cancel(call, command)
    if isinstance(command, Hangup):
        return _hangup(call, command)
    if isinstance(command, Timeout):
        if call.state is CallState.RINGING and command.now >= call.ring_deadline:
            return _end(Outcome(call, call), EndReason.MISSED, command.now)
        return Outcome(call, call)
    if isinstance(command, DeviceGone):
        return _gone(call, command)
    if isinstance(command, Hold):
        return _hold(call, command)
    if isinstance(command, Mute):
        return _mute(call, command)
    if isinstance(command, Dtmf):
        return _dtmf(call, command)
    if isinstance(command, Transfer):
        return _transfer(call, command)
    if call.state is CallState.ENDED:  # MediaFailed
        return Outcome(call, call)
    return _end(Outcome(call, call), EndReason.FAILED, command.now)


def _set_device(call: Call, device_id: str, state: DeviceState) -> Call:
    return replace(
        call,
        devices=tuple(
            replace(d, state=state) if d.device_id == device_id else d for d in call.devices
        ),
    )


def _not_here(call: Call, device_id: str) -> Refused | None:
    if call.device(device_id) is None:
        return Refused("call_not_found", "No such call.")
    return None


def _answer(call: Call, cmd: Answer) -> Outcome:
    if (missing := _not_here(call, cmd.device_id)) is not None:
        raise missing
    device = call.device(cmd.device_id)
    assert device is not None
    if call.state is CallState.ENDED:
        raise Refused("call_ended", "The call has ended.")
    if device.state is DeviceState.ANSWERED:
        raise Refused("already_answered", "This device already answered the call.")
    if device.state is not DeviceState.RINGING:
        if call.state is CallState.ANSWERED:
            raise Refused("answered_elsewhere", "The call was answered on another device.")
        raise Refused("not_ringing", "This device is not ringing for the call.")
    after = replace(
        _set_device(call, cmd.device_id, DeviceState.ANSWERED),
        state=CallState.ANSWERED,
        callee_user_id=device.user_id,
        callee_device_id=device.device_id,
        answered_at=cmd.now,
    )
    notices = [
        Notice(
            "call.answered",
            call.caller_user_id,
            call.caller_device_id,
            {"call_id": call.id, "by_user_id": device.user_id},
        )
    ]
    for other in call.ringing():
        if other.device_id != cmd.device_id:
            after = _set_device(after, other.device_id, DeviceState.STOPPED)
            notices.append(
                Notice("call.answered_elsewhere", other.user_id, other.device_id, _ids(call))
            )
    return Outcome(
        call,
        after,
        notices=tuple(notices),
        media=(Join((call.caller_device_id, cmd.device_id)),),
        record=(SegmentAnswered(call.segment),),
        audit=("live_call.answer",),
    )


def _decline(call: Call, device_id: str, now: datetime) -> Outcome:
    if (missing := _not_here(call, device_id)) is not None:
        raise missing
    device = call.device(device_id)
    assert device is not None
    if call.state is CallState.ENDED or device.state is not DeviceState.RINGING:
        return Outcome(call, call)  # nothing rings here any more: declining is moot
    after = _set_device(call, device_id, DeviceState.DECLINED)
    stop = Notice("call.ended", device.user_id, device_id, {**_ids(call), "reason": "declined"})
    return _settle(Outcome(call, after, notices=(stop,)), now)


def _settle(out: Outcome, now: datetime) -> Outcome:
    """A ringing call with no device left ringing ends: rejected if anyone declined."""
    call = out.call
    if call.state is not CallState.RINGING or call.ringing():
        return out
    declined = any(d.state is DeviceState.DECLINED for d in call.devices)
    return _end(out, EndReason.REJECTED if declined else EndReason.MISSED, now)


def _cancel(call: Call, cmd: Cancel) -> Outcome:
    if (missing := _not_here(call, cmd.device_id)) is not None:
        raise missing
    if call.state is CallState.ENDED:
        return Outcome(call, call)
    if cmd.device_id != call.caller_device_id:
        raise Refused("not_caller", "Only the caller's device cancels a call.")
    if call.state is CallState.ANSWERED:
        raise Refused("already_answered", "The call was answered; hang up instead.")
    return _end(Outcome(call, call), EndReason.CANCELLED, cmd.now)


def _hangup(call: Call, cmd: Hangup) -> Outcome:
    if (missing := _not_here(call, cmd.device_id)) is not None:
        raise missing
    if call.state is CallState.ENDED:
        return Outcome(call, call)  # both sides hung up at once: the first one ended it
    if call.state is CallState.RINGING:
        if cmd.device_id == call.caller_device_id:
            return _end(Outcome(call, call), EndReason.CANCELLED, cmd.now)
        return _decline(call, cmd.device_id, cmd.now)
    if call.side_of(cmd.device_id) is None:
        return Outcome(call, call)  # a device that stopped ringing: not in the call
    return _end(Outcome(call, call), EndReason.COMPLETED, cmd.now)


def _gone(call: Call, cmd: DeviceGone) -> Outcome:
    device = call.device(cmd.device_id)
    if device is None or call.state is CallState.ENDED:
        return Outcome(call, call)
    if call.state is CallState.RINGING:
        if cmd.device_id == call.caller_device_id:
            return _end(Outcome(call, call), EndReason.CANCELLED, cmd.now)
        if device.state is DeviceState.RINGING:
            after = _set_device(call, cmd.device_id, DeviceState.GONE)
            return _settle(Outcome(call, after), cmd.now)
        return Outcome(call, call)
    if call.side_of(cmd.device_id) is None:
        return Outcome(call, call)
    after = _set_device(call, cmd.device_id, DeviceState.GONE)
    return _end(Outcome(call, after), EndReason.COMPLETED, cmd.now)


def _party(call: Call, device_id: str) -> str:
    if (missing := _not_here(call, device_id)) is not None:
        raise missing
    if call.state is CallState.ENDED:
        raise Refused("call_ended", "The call has ended.")
    side = call.side_of(device_id)
    if side is None:
        raise Refused("not_in_call", "This device is not a party to an answered call.")
    return side


def _parties(call: Call, kind: str, data: dict[str, str | None]) -> tuple[Notice, ...]:
    assert call.callee_user_id is not None and call.callee_device_id is not None
    return (
        Notice(kind, call.caller_user_id, call.caller_device_id, data),
        Notice(kind, call.callee_user_id, call.callee_device_id, data),
    )


def _hold(call: Call, cmd: Hold) -> Outcome:
    side = _party(call, cmd.device_id)
    after = replace(call, **{f"{side}_held": cmd.held})  # type: ignore[arg-type]
    if after == call:
        return Outcome(call, call)
    by = call.caller_user_id if side == "caller" else call.callee_user_id
    data = {**_ids(call), "by_user_id": by, "held": _flag(cmd.held)}
    return Outcome(
        call,
        after,
        notices=_parties(call, "call.held", data),
        media=(HoldLeg(cmd.device_id, cmd.held),),
    )


def _mute(call: Call, cmd: Mute) -> Outcome:
    side = _party(call, cmd.device_id)
    after = replace(call, **{f"{side}_muted": cmd.muted})  # type: ignore[arg-type]
    if after == call:
        return Outcome(call, call)
    by = call.caller_user_id if side == "caller" else call.callee_user_id
    data = {**_ids(call), "by_user_id": by, "muted": _flag(cmd.muted)}
    return Outcome(call, after, notices=_parties(call, "call.muted", data))


def valid_dtmf(digits: object) -> bool:
    return (
        isinstance(digits, str)
        and 0 < len(digits) <= MAX_DTMF
        and all(ch in DTMF_DIGITS for ch in digits)
    )


def _dtmf(call: Call, cmd: Dtmf) -> Outcome:
    side = _party(call, cmd.device_id)
    if not valid_dtmf(cmd.digits):
        raise Refused("invalid_dtmf", f"DTMF is 1-{MAX_DTMF} of 0-9 * # A B C D.")
    if side == "caller":
        user, device = call.callee_user_id, call.callee_device_id
    else:
        user, device = call.caller_user_id, call.caller_device_id
    assert user is not None
    notice = Notice("call.dtmf", user, device, {**_ids(call), "digits": cmd.digits})
    return Outcome(call, call, notices=(notice,))


def _transfer(call: Call, cmd: Transfer) -> Outcome:
    side = _party(call, cmd.device_id)
    assert call.callee_user_id is not None and call.callee_device_id is not None
    if side == "caller":
        stay_user, stay_device = call.callee_user_id, call.callee_device_id
    else:
        stay_user, stay_device = call.caller_user_id, call.caller_device_id
    if cmd.to_user_id in (call.caller_user_id, call.callee_user_id):
        raise Refused("invalid_target", "Transfer to someone not already in the call.")
    if not cmd.to_devices:
        raise Refused("unavailable", "That person has no signed-in device.")
    by_user = call.device(cmd.device_id)
    assert by_user is not None
    kept = [
        replace(d, state=DeviceState.LEFT)
        if d.device_id == cmd.device_id
        else replace(d, state=DeviceState.CALLER)
        if d.device_id == stay_device
        else d
        for d in call.devices
        if d.device_id not in cmd.to_devices
    ]
    rung = [Device(d, cmd.to_user_id, DeviceState.RINGING) for d in cmd.to_devices]
    after = replace(
        call,
        state=CallState.RINGING,
        segment=call.segment + 1,
        caller_user_id=stay_user,
        caller_device_id=stay_device,
        target_kind="user",
        target_id=cmd.to_user_id,
        started_at=cmd.now,
        ring_deadline=cmd.ring_deadline,
        callee_user_id=None,
        callee_device_id=None,
        answered_at=None,
        caller_held=False,
        callee_held=False,
        caller_muted=False,
        callee_muted=False,
        devices=(*kept, *rung),
    )
    moved = {**_ids(call), "to_user_id": cmd.to_user_id}
    notices = [
        Notice(
            "call.ended", by_user.user_id, cmd.device_id, {**_ids(call), "reason": "transferred"}
        ),
        Notice("call.transferred", stay_user, stay_device, moved),
        Notice("call.ringing", stay_user, stay_device, _ids(call)),
        *(_incoming(after, d) for d in after.ringing()),
    ]
    return Outcome(
        call,
        after,
        notices=tuple(notices),
        media=(CloseLeg(cmd.device_id), HoldLeg(stay_device, False)),
        record=(SegmentEnded(call.segment, EndReason.COMPLETED, True, transferred=True),),
        audit=("live_call.transfer",),
    )


_TO_VOICEMAIL = frozenset({EndReason.MISSED, EndReason.BUSY, EndReason.UNAVAILABLE})


def _end(out: Outcome, reason: EndReason, now: datetime) -> Outcome:
    """End the call: everyone still in it or still rung is told, the media is closed. A call
    to a user ending unanswered (no answer, busy, nobody signed in) with voicemail on keeps
    the caller's leg: the caller is told `call.voicemail` (their `call.ended` comes when the
    message is done) and the engine takes a message instead of closing the call."""
    call = out.call
    notices = list(out.notices)
    data = {**_ids(call), "reason": reason.value}
    told: set[str] = {n.device_id for n in notices if n.kind == "call.ended" and n.device_id}
    to_voicemail = (
        call.voicemail
        and call.target_kind == "user"
        and reason in _TO_VOICEMAIL
        and call.state is CallState.RINGING
    )
    if to_voicemail:
        notices.append(Notice("call.voicemail", call.caller_user_id, call.caller_device_id, data))
        told.add(call.caller_device_id)
    devices = []
    for d in call.devices:
        if d.state in (DeviceState.CALLER, DeviceState.RINGING, DeviceState.ANSWERED):
            if d.device_id not in told:
                notices.append(Notice("call.ended", d.user_id, d.device_id, data))
            if d.state is DeviceState.RINGING:
                d = replace(d, state=DeviceState.STOPPED)
        devices.append(d)
    answered = call.state is CallState.ANSWERED
    after = replace(
        call,
        state=CallState.ENDED,
        ended_at=now,
        end_reason=reason,
        devices=tuple(devices),
        caller_held=False,
        callee_held=False,
    )
    close: CloseCall | TakeMessage = (
        TakeMessage(call.caller_device_id, call.target_id) if to_voicemail else CloseCall()
    )
    return replace(
        out,
        call=after,
        notices=tuple(notices),
        media=(*out.media, close),
        record=(
            *out.record,
            SegmentEnded(call.segment, reason, answered, voicemail=to_voicemail),
        ),
        audit=(*out.audit, "live_call.end"),
    )


def _ids(call: Call) -> dict[str, str | None]:
    return {"call_id": call.id}


def _flag(value: bool) -> str:
    return "true" if value else "false"
