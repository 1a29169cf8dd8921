"""Live-call use cases over the database: place a call, apply a command, register devices.

Every change is decided by the pure state machine (state.py) from the stored snapshot and
stored with a compare-and-set on the call's version (repository.save), retried from a fresh
snapshot when another process won; the call-log record (through the calls domain's
`ingest_call_event`, as PBX ingestion writes it) and the audit entries go in the same
transaction, so a call is never half written. What must follow outside the database (events
to devices, media actions) is returned in the Outcome and done by signaling.py after the
commit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.calls.ingest import ingest_call_event
from callvault.comms.calls.schemas import CallEventIn
from callvault.comms.live import repository as repo
from callvault.comms.live.errors import (
    CalleeNotFound,
    CallingSelf,
    CallNotFound,
    CallRace,
    DeviceBusy,
    TooManyCalls,
)
from callvault.comms.live.state import (
    DISPOSITION,
    Call,
    CallState,
    Command,
    DeviceState,
    Notice,
    Outcome,
    Refused,
    SegmentAnswered,
    SegmentEnded,
    decide,
    place,
)
from callvault.core.context import Actor
from callvault.core.permissions import Permission, allows, require
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import repository as identity_repo
from callvault.realtime.bus import Bus, Event

MAX_ATTEMPTS = 8
_RUNG = frozenset(
    {DeviceState.RINGING, DeviceState.DECLINED, DeviceState.GONE, DeviceState.STOPPED}
)


@dataclass(frozen=True, slots=True)
class LivePolicy:
    ring_seconds: float = 30.0
    invites_per_minute: int = 30
    # A device not seen for this long belongs to a process that died.
    stale_seconds: float = 90.0
    # An unanswered call to a user takes the caller to the callee's voicemail (voicemail.py).
    voicemail: bool = False


@dataclass(frozen=True, slots=True)
class Target:
    kind: str  # "user" or "group"
    id: str


def may_call(actor: Actor) -> bool:
    return actor.user_id is not None and allows(actor.role, Permission.CALLS_LIVE, actor.scopes)


def target_users(session: Session, actor: Actor, target: Target) -> list[str]:
    """The active users a call to the target rings (the caller left out); CalleeNotFound for
    a user or group not in the actor's workspace, CallingSelf for the caller."""
    ws = actor.workspace_id
    if target.kind == "user":
        user = identity_repo.user(session, ws, target.id)
        if user is None or user.status != "active":
            raise CalleeNotFound("No such user in this workspace.")
        if user.id == actor.user_id:
            raise CallingSelf("You cannot call yourself.")
        return [user.id]
    group = identity_repo.group(session, ws, target.id)
    if group is None:
        raise CalleeNotFound("No such group in this workspace.")
    members = [m.user_id for m in identity_repo.group_members(session, ws, group.id)]
    users = [u for u in sorted(set(members)) if u != actor.user_id and _active(session, ws, u)]
    if not users and actor.user_id in members:
        raise CallingSelf("You are the only member of that group.")
    return users


def _active(session: Session, ws: str, user_id: str) -> bool:
    user = identity_repo.user(session, ws, user_id)
    return user is not None and user.status == "active"


def check_invite(
    session: Session,
    *,
    actor: Actor,
    device_id: str,
    target: Target,
    now: datetime,
    policy: LivePolicy,
) -> None:
    """The checks before the media engine is asked for a leg (repeated by place_call)."""
    require(actor.role, actor.scopes, Permission.CALLS_LIVE)
    assert actor.user_id is not None
    target_users(session, actor, target)
    if repo.device_busy(session, device_id):
        raise DeviceBusy("This device is already in a call.")
    sent = repo.invites_since(
        session, actor.workspace_id, actor.user_id, now - timedelta(minutes=1)
    )
    if sent >= policy.invites_per_minute:
        raise TooManyCalls("Too many calls placed; wait a minute.", retry_after=60)


def place_call(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    device_id: str,
    call_id: str,
    target: Target,
    now: datetime,
    policy: LivePolicy,
) -> Outcome:
    """Store a new call: ringing on every signed-in device of the callee(s), or ended at once
    (busy, unavailable) with its call-log record."""
    check_invite(session, actor=actor, device_id=device_id, target=target, now=now, policy=policy)
    assert actor.user_id is not None
    users = target_users(session, actor, target)
    busy_users = repo.users_in_calls(session, actor.workspace_id, users)
    free = [u for u in users if u not in busy_users]
    fresh = now - timedelta(seconds=policy.stale_seconds)
    rung = [
        (d, u)
        for d, u in repo.devices_of(session, actor.workspace_id, free, fresh_after=fresh)
        if d != device_id
    ]
    outcome = place(
        call_id=call_id,
        workspace_id=actor.workspace_id,
        caller_user_id=actor.user_id,
        caller_device_id=device_id,
        target_kind=target.kind,
        target_id=target.id,
        rung=rung,
        busy=bool(users) and not free,
        now=now,
        ring_deadline=now + timedelta(seconds=policy.ring_seconds),
        voicemail=policy.voicemail,
    )
    repo.insert(session, outcome.call, placed_by=actor.user_id)
    _follow(session, keyring=keyring, audit=audit, actor=actor, outcome=outcome, rung_users=users)
    return outcome


def act(
    db: Database,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    call_id: str,
    command: Command,
    voicemail: bool = False,
) -> Outcome:
    """Apply a command to a call of the actor's workspace; retried from a fresh snapshot
    when another process changed the call first. Refused / CallNotFound when it does not
    apply. `voicemail`: the policy's (an unanswered end takes the caller to voicemail)."""
    for _ in range(MAX_ATTEMPTS):
        with db.write() as session:
            call = repo.load(session, actor.workspace_id, call_id)
            if call is None:
                raise CallNotFound("No such call.")
            call = replace(call, voicemail=voicemail and call.target_kind == "user")
            outcome = decide(call, command)
            if not outcome.changed:
                return outcome
            if not repo.save(session, call, outcome.call):
                session.rollback()
                continue
            _follow(
                session,
                keyring=keyring,
                audit=audit,
                actor=actor,
                outcome=outcome,
                rung_users=_rung_users(call),
            )
            return outcome
    raise CallRace("The call is changing too fast; try again.")


def _rung_users(call: Call) -> list[str]:
    return sorted({d.user_id for d in call.devices if d.state in _RUNG})


def _follow(
    session: Session,
    *,
    keyring: Keyring,
    audit: AuditLog,
    actor: Actor,
    outcome: Outcome,
    rung_users: list[str],
) -> None:
    """The call-log record and the audit entries of a stored outcome (same transaction)."""
    before, call = outcome.before, outcome.call
    system = Actor.system(call.workspace_id, reason="live-calls")
    for op in outcome.record:
        seg = before if before.version >= 0 else call
        external = external_id(call.id, op.segment)
        events: list[dict[str, object]] = []
        if isinstance(op, SegmentAnswered):
            assert call.callee_user_id is not None and call.answered_at is not None
            events = [
                _started(external, seg, call.callee_user_id),
                _event("call.answered", external, call.answered_at),
            ]
        elif isinstance(op, SegmentEnded) and op.answered:
            ended = call.started_at if op.transferred else call.ended_at
            assert ended is not None
            events = [_ended(external, ended, op)]
        elif isinstance(op, SegmentEnded):
            assert call.ended_at is not None
            callees = [seg.target_id] if seg.target_kind == "user" else rung_users
            for user in callees:
                ext = external if seg.target_kind == "user" else f"{external}:{user}"
                started = _started(ext, seg, user, voicemail=op.voicemail)
                events += [started, _ended(ext, call.ended_at, op)]
        for body in events:
            ingest_call_event(
                session,
                keyring=keyring,
                audit=audit,
                actor=system,
                event=CallEventIn.model_validate(body),
            )
    for action in outcome.audit:
        audit.record(
            session,
            workspace_id=call.workspace_id,
            actor=actor,
            action=action,
            object_type="live_call",
            object_id=call.id,
            details={
                "target_kind": call.target_kind,
                "segment": call.segment,
                "reason": call.end_reason.value if call.end_reason else None,
            },
        )


def external_id(call_id: str, segment: int) -> str:
    """The call-log entry's external id for a segment of a live call (one per transfer)."""
    return call_id if segment == 0 else f"{call_id}:t{segment}"


def _started(
    external: str, seg: Call, callee: str, *, voicemail: bool = False
) -> dict[str, object]:
    tags = ["live"] + (["ring-group"] if seg.target_kind == "group" else [])
    tags += ["voicemail"] if voicemail else []  # missed, and the caller went to voicemail
    return {
        "type": "call.started",
        "external_call_id": external,
        "occurred_at": seg.started_at.isoformat(),
        "direction": "internal",
        "caller": {"user_id": seg.caller_user_id},
        "callee": {"user_id": callee},
        "tags": tags,
    }


def _event(kind: str, external: str, at: datetime) -> dict[str, object]:
    return {"type": kind, "external_call_id": external, "occurred_at": at.isoformat()}


def _ended(external: str, at: datetime, op: SegmentEnded) -> dict[str, object]:
    return {**_event("call.ended", external, at), "disposition": DISPOSITION[op.reason]}


def publish(bus: Bus, workspace_id: str, notices: tuple[Notice, ...]) -> None:
    """Send each notice to its user's channel; the socket of `device_id` (or every device
    of the user when None) delivers it."""
    for n in notices:
        data = {**n.data, "device_id": n.device_id}
        bus.publish(
            workspace_id, [n.user_id], Event(type=n.kind, workspace_id=workspace_id, data=data)
        )


# ---- devices ------------------------------------------------------------------------------


def register_device(db: Database, *, actor: Actor, device_id: str, now: datetime) -> None:
    assert actor.user_id is not None
    with db.write() as s:
        repo.add_device(s, device_id, actor.workspace_id, actor.user_id, now)


def touch_device(db: Database, *, device_id: str, now: datetime) -> None:
    with db.write() as s:
        repo.touch_device(s, device_id, now)


def forget_device(db: Database, *, device_id: str) -> list[tuple[str, str]]:
    """Remove the device; (workspace, call) of the calls it was in, to end or stop ringing."""
    with db.write() as s:
        repo.remove_device(s, device_id)
        return repo.calls_of_device(s, device_id)


def ringing_here(db: Database, *, actor: Actor, call_id: str, device_id: str) -> Call:
    """The call, if this device rings for it (checked before the engine is asked for a leg)."""
    with db.read() as s:
        call = repo.load(s, actor.workspace_id, call_id)
    if call is None or call.device(device_id) is None:
        raise CallNotFound("No such call.")
    device = call.device(device_id)
    assert device is not None
    if call.state is CallState.ENDED:
        raise Refused("call_ended", "The call has ended.")
    if device.state is not DeviceState.RINGING:
        code = "answered_elsewhere" if call.state is CallState.ANSWERED else "not_ringing"
        raise Refused(code, "This device is not ringing for the call.")
    return call
