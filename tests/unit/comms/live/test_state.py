"""Every transition of the live-call state machine (pure: no database, no sockets)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from callvault.comms.live.state import (
    DISPOSITION,
    Answer,
    Call,
    CallState,
    Cancel,
    CloseCall,
    CloseLeg,
    Decline,
    DeviceGone,
    DeviceState,
    Dtmf,
    EndReason,
    Hangup,
    Hold,
    HoldLeg,
    Join,
    MediaFailed,
    Mute,
    Outcome,
    Refused,
    SegmentAnswered,
    SegmentEnded,
    Timeout,
    Transfer,
    decide,
    place,
    valid_dtmf,
)

T0 = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
DEADLINE = T0 + timedelta(seconds=30)


def ringing(*rung: tuple[str, str], kind: str = "user", target: str = "bob") -> Call:
    out = place(
        call_id="c1",
        workspace_id="w",
        caller_user_id="alice",
        caller_device_id="a1",
        target_kind=kind,
        target_id=target,
        rung=rung or (("b1", "bob"),),
        busy=False,
        now=T0,
        ring_deadline=DEADLINE,
    )
    return out.call


def answered(*rung: tuple[str, str], by: str = "b1") -> Call:
    return decide(ringing(*rung), Answer(by, T0 + timedelta(seconds=2))).call


def kinds(out: Outcome) -> list[tuple[str, str | None]]:
    return [(n.kind, n.device_id) for n in out.notices]


def state_of(call: Call, device: str) -> DeviceState:
    d = call.device(device)
    assert d is not None
    return d.state


# ---- placing ------------------------------------------------------------------------------


def test_place_rings_every_device_and_tells_the_caller() -> None:
    out = place(
        call_id="c1",
        workspace_id="w",
        caller_user_id="alice",
        caller_device_id="a1",
        target_kind="group",
        target_id="g",
        rung=[("b1", "bob"), ("b2", "bob"), ("c1", "carol")],
        busy=False,
        now=T0,
        ring_deadline=DEADLINE,
    )
    assert out.call.state is CallState.RINGING and out.call.version == 0
    assert kinds(out) == [
        ("call.ringing", "a1"),
        ("call.incoming", "b1"),
        ("call.incoming", "b2"),
        ("call.incoming", "c1"),
    ]
    assert out.notices[1].data == {
        "call_id": "c1",
        "from_user_id": "alice",
        "to_kind": "group",
        "to_id": "g",
    }
    assert out.record == () and out.audit == ("live_call.place",)


@pytest.mark.parametrize(
    ("busy", "reason"), [(True, EndReason.BUSY), (False, EndReason.UNAVAILABLE)]
)
def test_place_with_nobody_to_ring_ends_at_once(busy: bool, reason: EndReason) -> None:
    out = place(
        call_id="c1",
        workspace_id="w",
        caller_user_id="alice",
        caller_device_id="a1",
        target_kind="user",
        target_id="bob",
        rung=[],
        busy=busy,
        now=T0,
        ring_deadline=DEADLINE,
    )
    assert out.call.state is CallState.ENDED and out.call.end_reason is reason
    assert kinds(out) == [("call.ended", "a1")]
    assert out.notices[0].data["reason"] == reason.value
    assert out.media == (CloseCall(),)
    assert out.record == (SegmentEnded(0, reason, False),)
    assert out.audit == ("live_call.place", "live_call.end")


# ---- answering ----------------------------------------------------------------------------


def test_first_answer_wins_the_others_stop_ringing() -> None:
    call = ringing(("b1", "bob"), ("b2", "bob"), ("c1", "carol"))
    out = decide(call, Answer("b2", T0 + timedelta(seconds=3)))
    after = out.call
    assert after.state is CallState.ANSWERED
    assert (after.callee_user_id, after.callee_device_id) == ("bob", "b2")
    assert after.answered_at == T0 + timedelta(seconds=3)
    assert [state_of(after, d) for d in ("b1", "b2", "c1")] == [
        DeviceState.STOPPED,
        DeviceState.ANSWERED,
        DeviceState.STOPPED,
    ]
    assert kinds(out) == [
        ("call.answered", "a1"),
        ("call.answered_elsewhere", "b1"),
        ("call.answered_elsewhere", "c1"),
    ]
    assert out.media == (Join(("a1", "b2")),)
    assert out.record == (SegmentAnswered(0),) and out.audit == ("live_call.answer",)


def test_a_second_answer_from_the_same_snapshot_loses() -> None:
    call = ringing(("b1", "bob"), ("b2", "bob"))
    first = decide(call, Answer("b1", T0))
    with pytest.raises(Refused) as lost:
        decide(first.call, Answer("b2", T0))
    assert lost.value.code == "answered_elsewhere"
    with pytest.raises(Refused) as again:
        decide(first.call, Answer("b1", T0))
    assert again.value.code == "already_answered"
    declined = decide(call, Decline("b1", T0)).call
    with pytest.raises(Refused) as not_ringing:
        decide(declined, Answer("b1", T0))
    assert not_ringing.value.code == "not_ringing"


def test_answer_by_unknown_device_or_after_the_end() -> None:
    call = ringing()
    with pytest.raises(Refused) as unknown:
        decide(call, Answer("zz", T0))
    assert unknown.value.code == "call_not_found"
    ended = decide(call, Cancel("a1", T0)).call
    with pytest.raises(Refused) as late:
        decide(ended, Answer("b1", T0))
    assert late.value.code == "call_ended"


# ---- declining ---------------------------------------------------------------------------


def test_one_decline_of_several_keeps_ringing_all_declining_rejects() -> None:
    call = ringing(("b1", "bob"), ("c1", "carol"))
    one = decide(call, Decline("b1", T0))
    assert one.call.state is CallState.RINGING and state_of(one.call, "b1") is DeviceState.DECLINED
    assert kinds(one) == [("call.ended", "b1")] and one.notices[0].data["reason"] == "declined"
    assert one.record == () and one.media == ()
    both = decide(one.call, Decline("c1", T0 + timedelta(seconds=1)))
    assert both.call.state is CallState.ENDED and both.call.end_reason is EndReason.REJECTED
    assert kinds(both) == [("call.ended", "c1"), ("call.ended", "a1")]
    assert both.record == (SegmentEnded(0, EndReason.REJECTED, False),)
    assert both.media == (CloseCall(),)


def test_decline_when_no_longer_ringing_is_a_no_op() -> None:
    call = answered(("b1", "bob"), ("b2", "bob"))
    out = decide(call, Decline("b2", T0))
    assert not out.changed and out.notices == ()


# ---- cancel and hang-up ------------------------------------------------------------------


def test_cancel_by_the_caller_while_ringing() -> None:
    out = decide(ringing(("b1", "bob"), ("b2", "bob")), Cancel("a1", T0))
    assert out.call.end_reason is EndReason.CANCELLED
    assert kinds(out) == [("call.ended", "a1"), ("call.ended", "b1"), ("call.ended", "b2")]
    assert all(state_of(out.call, d) is DeviceState.STOPPED for d in ("b1", "b2"))
    assert DISPOSITION[EndReason.CANCELLED] == "missed"


def test_cancel_refused_for_callee_and_after_answer() -> None:
    with pytest.raises(Refused) as callee:
        decide(ringing(), Cancel("b1", T0))
    assert callee.value.code == "not_caller"
    with pytest.raises(Refused) as late:
        decide(answered(), Cancel("a1", T0))
    assert late.value.code == "already_answered"
    ended = decide(ringing(), Cancel("a1", T0)).call
    assert not decide(ended, Cancel("a1", T0)).changed


@pytest.mark.parametrize("who", ["a1", "b1"])
def test_hangup_by_either_side_completes(who: str) -> None:
    out = decide(answered(), Hangup(who, T0 + timedelta(seconds=60)))
    assert out.call.end_reason is EndReason.COMPLETED
    assert kinds(out) == [("call.ended", "a1"), ("call.ended", "b1")]
    assert out.record == (SegmentEnded(0, EndReason.COMPLETED, True),)
    assert out.media == (CloseCall(),)


def test_both_hang_up_at_once_the_second_is_a_no_op() -> None:
    call = answered()
    first = decide(call, Hangup("a1", T0))
    assert first.changed
    second = decide(first.call, Hangup("b1", T0))
    assert not second.changed and second.notices == () and second.record == ()


def test_hangup_while_ringing_is_cancel_or_decline() -> None:
    assert decide(ringing(), Hangup("a1", T0)).call.end_reason is EndReason.CANCELLED
    assert decide(ringing(), Hangup("b1", T0)).call.end_reason is EndReason.REJECTED


def test_hangup_by_a_device_that_stopped_ringing_changes_nothing() -> None:
    call = answered(("b1", "bob"), ("b2", "bob"))
    assert not decide(call, Hangup("b2", T0)).changed


# ---- no answer ----------------------------------------------------------------------------


def test_timeout_before_the_deadline_does_nothing_after_it_misses() -> None:
    call = ringing()
    assert not decide(call, Timeout(DEADLINE - timedelta(seconds=1))).changed
    out = decide(call, Timeout(DEADLINE))
    assert out.call.end_reason is EndReason.MISSED and out.call.ended_at == DEADLINE
    assert out.record == (SegmentEnded(0, EndReason.MISSED, False),)
    assert not decide(answered(), Timeout(DEADLINE + timedelta(hours=1))).changed


# ---- devices going away ---------------------------------------------------------------


def test_a_ringing_device_going_stops_it_only() -> None:
    call = ringing(("b1", "bob"), ("b2", "bob"))
    out = decide(call, DeviceGone("b1", T0))
    assert out.call.state is CallState.RINGING and state_of(out.call, "b1") is DeviceState.GONE
    assert out.notices == ()


def test_the_only_ringing_device_going_ends_the_call_as_missed() -> None:
    out = decide(ringing(), DeviceGone("b1", T0))
    assert out.call.end_reason is EndReason.MISSED
    assert kinds(out) == [("call.ended", "a1")]


def test_gone_after_a_decline_is_rejected() -> None:
    call = decide(ringing(("b1", "bob"), ("b2", "bob")), Decline("b1", T0)).call
    assert decide(call, DeviceGone("b2", T0)).call.end_reason is EndReason.REJECTED


def test_caller_going_while_ringing_cancels_party_going_mid_call_completes() -> None:
    assert decide(ringing(), DeviceGone("a1", T0)).call.end_reason is EndReason.CANCELLED
    out = decide(answered(), DeviceGone("b1", T0))
    assert out.call.end_reason is EndReason.COMPLETED
    assert kinds(out) == [("call.ended", "a1")]  # the gone device is not told
    assert not decide(out.call, DeviceGone("a1", T0)).changed
    assert not decide(ringing(), DeviceGone("nobody", T0)).changed


# ---- in the call: hold, mute, DTMF ---------------------------------------------------------


def test_hold_and_resume_tell_both_sides_and_the_engine() -> None:
    call = answered()
    held = decide(call, Hold("b1", True))
    assert held.call.callee_held and not held.call.caller_held
    assert kinds(held) == [("call.held", "a1"), ("call.held", "b1")]
    assert held.notices[0].data == {"call_id": "c1", "by_user_id": "bob", "held": "true"}
    assert held.media == (HoldLeg("b1", True),)
    assert not decide(held.call, Hold("b1", True)).changed  # already held
    resumed = decide(held.call, Hold("b1", False))
    assert not resumed.call.callee_held and resumed.media == (HoldLeg("b1", False),)


def test_mute_is_state_only_and_reported() -> None:
    out = decide(answered(), Mute("a1", True))
    assert out.call.caller_muted and out.media == ()
    assert out.notices[0].data["muted"] == "true" and out.notices[0].data["by_user_id"] == "alice"


@pytest.mark.parametrize("command", [Hold("b1", True), Mute("b1", True), Dtmf("b1", "1")])
def test_in_call_commands_need_an_answered_call_and_a_party(command: object) -> None:
    with pytest.raises(Refused) as ringing_yet:
        decide(ringing(), command)  # type: ignore[arg-type]
    assert ringing_yet.value.code == "not_in_call"
    with pytest.raises(Refused) as stopped:
        decide(answered(("b1", "bob"), ("b2", "bob"), by="b2"), command)  # type: ignore[arg-type]
    assert stopped.value.code == "not_in_call"
    ended = decide(answered(), Hangup("a1", T0)).call
    with pytest.raises(Refused) as over:
        decide(ended, command)  # type: ignore[arg-type]
    assert over.value.code == "call_ended"


def test_dtmf_goes_to_the_other_party_only_valid_digits() -> None:
    out = decide(answered(), Dtmf("a1", "12*#ABCD"))
    assert not out.changed and kinds(out) == [("call.dtmf", "b1")]
    assert out.notices[0].data["digits"] == "12*#ABCD"
    assert kinds(decide(answered(), Dtmf("b1", "9"))) == [("call.dtmf", "a1")]
    for bad in ("", "12E", "1" * 33, "١"):
        with pytest.raises(Refused) as refused:
            decide(answered(), Dtmf("a1", bad))
        assert refused.value.code == "invalid_dtmf"
    assert valid_dtmf("0") and not valid_dtmf(5)


# ---- blind transfer -----------------------------------------------------------------------


def test_blind_transfer_rings_the_target_with_the_other_party_as_caller() -> None:
    call = answered()
    now = T0 + timedelta(seconds=40)
    out = decide(call, Transfer("b1", "dave", ("d1", "d2"), now, now + timedelta(seconds=30)))
    after = out.call
    assert after.state is CallState.RINGING and after.segment == 1
    assert (after.caller_user_id, after.caller_device_id) == ("alice", "a1")
    assert after.callee_user_id is None and after.target_id == "dave"
    assert state_of(after, "b1") is DeviceState.LEFT
    assert state_of(after, "d1") is DeviceState.RINGING
    assert after.started_at == now
    assert kinds(out) == [
        ("call.ended", "b1"),
        ("call.transferred", "a1"),
        ("call.ringing", "a1"),
        ("call.incoming", "d1"),
        ("call.incoming", "d2"),
    ]
    assert out.media == (CloseLeg("b1"), HoldLeg("a1", False))
    assert out.record == (SegmentEnded(0, EndReason.COMPLETED, True, transferred=True),)
    # The transferred segment is answered and ends like any other call.
    answered2 = decide(after, Answer("d2", now + timedelta(seconds=5)))
    assert answered2.media == (Join(("a1", "d2")),)
    assert answered2.record == (SegmentAnswered(1),)


def test_transfer_by_the_caller_leaves_the_callee_as_caller() -> None:
    out = decide(answered(), Transfer("a1", "dave", ("d1",), T0, DEADLINE))
    assert (out.call.caller_user_id, out.call.caller_device_id) == ("bob", "b1")
    assert state_of(out.call, "b1") is DeviceState.CALLER


def test_transfer_refusals() -> None:
    call = answered()
    for target, devices, code in (
        ("alice", ("x",), "invalid_target"),
        ("bob", ("x",), "invalid_target"),
        ("dave", (), "unavailable"),
    ):
        with pytest.raises(Refused) as refused:
            decide(call, Transfer("a1", target, devices, T0, DEADLINE))
        assert refused.value.code == code
    with pytest.raises(Refused):
        decide(ringing(), Transfer("a1", "dave", ("d1",), T0, DEADLINE))


def test_transfer_to_a_device_that_rang_earlier_rings_it_again() -> None:
    call = answered(("b1", "bob"), ("c1", "carol"))  # c1 stopped ringing
    out = decide(call, Transfer("b1", "carol", ("c1",), T0, DEADLINE))
    assert state_of(out.call, "c1") is DeviceState.RINGING
    assert len([d for d in out.call.devices if d.device_id == "c1"]) == 1


# ---- media failures ----------------------------------------------------------------------


def test_media_failure_ends_any_live_call_as_failed() -> None:
    for call in (ringing(), answered()):
        out = decide(call, MediaFailed(None, T0))
        assert out.call.end_reason is EndReason.FAILED
        assert out.media == (CloseCall(),)
    ended = decide(ringing(), Cancel("a1", T0)).call
    assert not decide(ended, MediaFailed("a1", T0)).changed


def test_every_end_reason_has_a_call_log_disposition() -> None:
    assert set(DISPOSITION) == set(EndReason)
    assert set(DISPOSITION.values()) <= {"answered", "missed", "rejected", "failed", "voicemail"}


def test_outcome_changed_compares_snapshots() -> None:
    call = ringing()
    assert not Outcome(call, call).changed
    assert Outcome(call, replace(call, caller_muted=True)).changed
