"""Queries and the compare-and-set writes of live calls (service.py decides, this stores)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from callvault.comms.live.models import LiveCall, LiveCallDevice, LiveDevice, VoicemailTake
from callvault.comms.live.state import Call, CallState, Device, DeviceState, EndReason

_IN_CALL = (DeviceState.CALLER.value, DeviceState.ANSWERED.value)


def load(session: Session, workspace_id: str, call_id: str) -> Call | None:
    row = session.get(LiveCall, call_id)
    if row is None or row.workspace_id != workspace_id:
        return None
    devices = session.scalars(select(LiveCallDevice).where(LiveCallDevice.call_id == call_id)).all()
    return Call(
        id=row.id,
        workspace_id=row.workspace_id,
        state=CallState(row.state),
        caller_user_id=row.caller_user_id,
        caller_device_id=row.caller_device_id,
        target_kind=row.target_kind,
        target_id=row.target_id,
        started_at=row.started_at,
        ring_deadline=row.ring_deadline,
        devices=tuple(
            Device(d.device_id, d.user_id, DeviceState(d.state))
            for d in sorted(devices, key=lambda d: d.device_id)
        ),
        segment=row.segment,
        callee_user_id=row.callee_user_id,
        callee_device_id=row.callee_device_id,
        answered_at=row.answered_at,
        ended_at=row.ended_at,
        end_reason=EndReason(row.end_reason) if row.end_reason else None,
        caller_held=row.caller_held,
        callee_held=row.callee_held,
        caller_muted=row.caller_muted,
        callee_muted=row.callee_muted,
        version=row.version,
    )


def _values(call: Call) -> dict[str, object]:
    return {
        "state": call.state.value,
        "segment": call.segment,
        "caller_user_id": call.caller_user_id,
        "caller_device_id": call.caller_device_id,
        "target_kind": call.target_kind,
        "target_id": call.target_id,
        "callee_user_id": call.callee_user_id,
        "callee_device_id": call.callee_device_id,
        "started_at": call.started_at,
        "ring_deadline": call.ring_deadline,
        "answered_at": call.answered_at,
        "ended_at": call.ended_at,
        "end_reason": call.end_reason.value if call.end_reason else None,
        "caller_held": call.caller_held,
        "callee_held": call.callee_held,
        "caller_muted": call.caller_muted,
        "callee_muted": call.callee_muted,
    }


def insert(session: Session, call: Call, *, placed_by: str) -> None:
    session.add(
        LiveCall(
            id=call.id,
            workspace_id=call.workspace_id,
            version=0,
            placed_by=placed_by,
            **_values(call),
        )
    )
    session.flush()
    _add_devices(session, call, call.devices)


def _add_devices(session: Session, call: Call, devices: Sequence[Device]) -> None:
    for d in devices:
        session.add(
            LiveCallDevice(
                call_id=call.id,
                device_id=d.device_id,
                user_id=d.user_id,
                workspace_id=call.workspace_id,
                state=d.state.value,
            )
        )
    session.flush()


def save(session: Session, before: Call, after: Call) -> bool:
    """Store `after` if the call is still at `before`'s version; False when another process
    changed it first (nothing written then)."""
    result = session.execute(
        update(LiveCall)
        .where(LiveCall.id == before.id, LiveCall.version == before.version)
        .values(version=before.version + 1, **_values(after))
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    old = {d.device_id: d for d in before.devices}
    added = []
    for d in after.devices:
        prior = old.get(d.device_id)
        if prior is None:
            added.append(d)
        elif prior != d:
            session.execute(
                update(LiveCallDevice)
                .where(LiveCallDevice.call_id == after.id, LiveCallDevice.device_id == d.device_id)
                .values(state=d.state.value, user_id=d.user_id)
            )
    _add_devices(session, after, added)
    return True


def device_busy(session: Session, device_id: str) -> bool:
    """Whether the device is the caller's or the answering device of an unended call."""
    return (
        session.scalar(
            select(func.count())
            .select_from(LiveCallDevice)
            .join(LiveCall, LiveCall.id == LiveCallDevice.call_id)
            .where(
                LiveCallDevice.device_id == device_id,
                LiveCallDevice.state.in_(_IN_CALL),
                LiveCall.state != CallState.ENDED.value,
            )
        )
        or 0
    ) > 0


def users_in_calls(session: Session, workspace_id: str, user_ids: Sequence[str]) -> set[str]:
    """Which of these users are busy: the caller or the answering party of an unended call."""
    if not user_ids:
        return set()
    rows = session.scalars(
        select(LiveCallDevice.user_id)
        .join(LiveCall, LiveCall.id == LiveCallDevice.call_id)
        .where(
            LiveCallDevice.workspace_id == workspace_id,
            LiveCallDevice.user_id.in_(user_ids),
            LiveCallDevice.state.in_(_IN_CALL),
            LiveCall.state != CallState.ENDED.value,
        )
    ).all()
    return set(rows)


def calls_of_device(session: Session, device_id: str) -> list[tuple[str, str]]:
    """(workspace, call) of every unended call the device takes part in or rings for."""
    rows = session.execute(
        select(LiveCall.workspace_id, LiveCall.id)
        .join(LiveCallDevice, LiveCall.id == LiveCallDevice.call_id)
        .where(LiveCallDevice.device_id == device_id, LiveCall.state != CallState.ENDED.value)
    ).all()
    return [(w, c) for w, c in rows]


def due_calls(session: Session, now: datetime) -> list[tuple[str, str]]:
    rows = session.execute(
        select(LiveCall.workspace_id, LiveCall.id).where(
            LiveCall.state == CallState.RINGING.value, LiveCall.ring_deadline <= now
        )
    ).all()
    return [(w, c) for w, c in rows]


def unended_calls(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(LiveCall.workspace_id, LiveCall.id).where(LiveCall.state != CallState.ENDED.value)
    ).all()
    return [(w, c) for w, c in rows]


def invites_since(session: Session, workspace_id: str, user_id: str, since: datetime) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(LiveCall)
            .where(
                LiveCall.workspace_id == workspace_id,
                LiveCall.placed_by == user_id,
                LiveCall.created_at >= since,
            )
        )
        or 0
    )


# ---- signed-in devices ------------------------------------------------------------------


def add_device(
    session: Session, device_id: str, workspace_id: str, user_id: str, now: datetime
) -> None:
    session.add(
        LiveDevice(
            id=device_id, workspace_id=workspace_id, user_id=user_id, connected_at=now, seen_at=now
        )
    )


def touch_device(session: Session, device_id: str, now: datetime) -> None:
    session.execute(update(LiveDevice).where(LiveDevice.id == device_id).values(seen_at=now))


def remove_device(session: Session, device_id: str) -> None:
    session.execute(delete(LiveDevice).where(LiveDevice.id == device_id))


def devices_of(
    session: Session, workspace_id: str, user_ids: Sequence[str], *, fresh_after: datetime
) -> list[tuple[str, str]]:
    """(device, user) of the users' signed-in devices seen after fresh_after."""
    if not user_ids:
        return []
    rows = session.execute(
        select(LiveDevice.id, LiveDevice.user_id)
        .where(
            LiveDevice.workspace_id == workspace_id,
            LiveDevice.user_id.in_(user_ids),
            LiveDevice.seen_at > fresh_after,
        )
        .order_by(LiveDevice.id)
    ).all()
    return [(d, u) for d, u in rows]


def stale_devices(session: Session, before: datetime) -> list[str]:
    return list(session.scalars(select(LiveDevice.id).where(LiveDevice.seen_at <= before)).all())


def workspace_of(session: Session, call_id: str) -> str | None:
    return session.scalar(select(LiveCall.workspace_id).where(LiveCall.id == call_id))


# ---- voicemail takes in progress (voicemail.py) ------------------------------------------


def add_take(session: Session, take: VoicemailTake) -> None:
    session.add(take)


def remove_take(session: Session, object_id: str) -> None:
    session.execute(delete(VoicemailTake).where(VoicemailTake.object_id == object_id))


def takes_started_before(session: Session, before: datetime) -> list[VoicemailTake]:
    rows = session.scalars(
        select(VoicemailTake)
        .where(VoicemailTake.started_at <= before)
        .order_by(VoicemailTake.started_at)
    ).all()
    for row in rows:
        session.expunge(row)  # handed to the sweep after this session ends
    return list(rows)
