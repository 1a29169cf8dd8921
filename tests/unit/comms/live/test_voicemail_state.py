"""The state machine's voicemail transitions (ADR 0027) and the recording policy's rule
(pure: no database, no sockets)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from callvault.comms.live.policy import Mode, strictest
from callvault.comms.live.state import (
    Call,
    CallState,
    Cancel,
    CloseCall,
    Decline,
    DeviceGone,
    EndReason,
    Hangup,
    SegmentEnded,
    TakeMessage,
    Timeout,
    decide,
    place,
)

T0 = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
DEADLINE = T0 + timedelta(seconds=30)


def _place(*, busy: bool = False, rung: bool = True, kind: str = "user", vm: bool = True) -> Call:
    return place(
        call_id="c1",
        workspace_id="w",
        caller_user_id="alice",
        caller_device_id="a1",
        target_kind=kind,
        target_id="bob",
        rung=(("b1", "bob"),) if rung else (),
        busy=busy,
        now=T0,
        ring_deadline=DEADLINE,
        voicemail=vm,
    ).call


def _kinds(notices: tuple[object, ...], device: str) -> list[str]:
    return [n.kind for n in notices if getattr(n, "device_id", None) == device]  # type: ignore[attr-defined]


def test_no_answer_takes_the_caller_to_voicemail() -> None:
    out = decide(_place(), Timeout(DEADLINE))
    assert out.call.state is CallState.ENDED and out.call.end_reason is EndReason.MISSED
    assert _kinds(out.notices, "a1") == ["call.voicemail"]  # no call.ended for the caller yet
    assert _kinds(out.notices, "b1") == ["call.ended"]
    assert out.media == (TakeMessage("a1", "bob"),)
    assert out.record == (SegmentEnded(0, EndReason.MISSED, False, voicemail=True),)


@pytest.mark.parametrize(
    ("busy", "rung", "reason"),
    [(True, True, EndReason.BUSY), (False, False, EndReason.UNAVAILABLE)],
)
def test_busy_and_unavailable_go_to_voicemail_at_once(
    busy: bool, rung: bool, reason: EndReason
) -> None:
    out = place(
        call_id="c1",
        workspace_id="w",
        caller_user_id="alice",
        caller_device_id="a1",
        target_kind="user",
        target_id="bob",
        rung=(("b1", "bob"),) if rung else (),
        busy=busy,
        now=T0,
        ring_deadline=DEADLINE,
        voicemail=True,
    )
    assert out.call.end_reason is reason
    assert out.media == (TakeMessage("a1", "bob"),)
    assert [n.kind for n in out.notices] == ["call.voicemail"]


def test_every_rung_device_gone_is_missed_and_goes_to_voicemail() -> None:
    out = decide(_place(), DeviceGone("b1", T0))
    assert out.call.end_reason is EndReason.MISSED
    assert out.media == (TakeMessage("a1", "bob"),)


@pytest.mark.parametrize(
    "command",
    [Decline("b1", T0), Cancel("a1", T0), Hangup("a1", T0), DeviceGone("a1", T0)],
)
def test_declined_or_cancelled_calls_do_not_go_to_voicemail(command: object) -> None:
    out = decide(_place(), command)  # type: ignore[arg-type]
    assert out.call.state is CallState.ENDED
    assert out.media == (CloseCall(),)
    assert "call.voicemail" not in [n.kind for n in out.notices]


def test_group_calls_and_voicemail_off_end_as_before() -> None:
    for call in (_place(kind="group"), _place(vm=False)):
        out = decide(call, Timeout(DEADLINE))
        assert out.media == (CloseCall(),)
        assert _kinds(out.notices, "a1") == ["call.ended"]
        assert out.record[-1] == SegmentEnded(0, EndReason.MISSED, False)


def test_hanging_up_an_ended_voicemail_call_changes_nothing() -> None:
    ended = replace(decide(_place(), Timeout(DEADLINE)).call, version=1)
    out = decide(ended, Hangup("a1", T0))
    assert not out.changed and out.media == ()


def test_the_strictest_recording_setting_wins() -> None:
    assert strictest([]) is Mode.ON_DEMAND
    assert strictest([Mode.ON_DEMAND, Mode.ALWAYS]) is Mode.ALWAYS
    assert strictest([Mode.ALWAYS, Mode.NEVER, Mode.ON_DEMAND]) is Mode.NEVER
    assert strictest([Mode.ON_DEMAND]) is Mode.ON_DEMAND
