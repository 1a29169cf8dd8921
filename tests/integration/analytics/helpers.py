"""Known calls for the usage figures, ingested through the real use case (as the PBX would
post them), at chosen UTC times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from callvault.core.permissions import Role
from callvault.identity.models import Group, GroupMember
from callvault.wiring import Container
from tests.support import factories as f
from tests.support.live import LiveServer, Member, add_user, create_workspace, sign_in

OUTSIDE = "+14155550100"


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A time on 2026-11-<day>, UTC."""
    return datetime(2026, 11, day, hour, minute, second, tzinfo=UTC)


def ingest(
    c: Container,
    workspace_id: str,
    *,
    started: datetime,
    direction: str,
    caller: dict[str, str],
    callee: dict[str, str],
    disposition: str,
    seconds: int,
    answer_after: int = 5,
) -> str:
    """One ended call: answered `answer_after` s after it started when answered, ended after
    `seconds` (so its talk time is seconds - answer_after)."""
    external = f.unique("an")
    events: list[dict[str, Any]] = [
        {
            "type": "call.started",
            "occurred_at": started,
            "direction": direction,
            "caller": caller,
            "callee": callee,
        }
    ]
    if disposition == "answered":
        events.append(
            {"type": "call.answered", "occurred_at": started + timedelta(seconds=answer_after)}
        )
    events.append(
        {
            "type": "call.ended",
            "occurred_at": started + timedelta(seconds=seconds),
            "disposition": disposition,
        }
    )
    return f.ingest_events(c, workspace_id, external, events)


def group(c: Container, workspace_id: str, members: dict[str, bool]) -> str:
    """A group of the users (user id -> is supervisor)."""
    with c.db.write() as s:
        g = Group(workspace_id=workspace_id, name=f.unique("team"))
        s.add(g)
        s.flush()
        for user_id, supervisor in members.items():
            s.add(
                GroupMember(
                    group_id=g.id,
                    user_id=user_id,
                    workspace_id=workspace_id,
                    is_supervisor=supervisor,
                )
            )
        return g.id


@dataclass
class Office:
    owner: Member
    supervisor: Member
    m1: Member
    m2: Member
    m3: Member
    auditor: Member
    team: str  # the supervisor's group: supervisor, m1, m2
    other_team: str  # m3's group, supervised by nobody
    other_workspace_group: str
    calls: dict[str, str]


def office(live: LiveServer) -> Office:
    """Workspace A with six known calls on 2-4 November 2026 (and one just after), and
    workspace B with calls on the same days that must never be counted in A."""
    c = live.container
    owner = create_workspace(c, f.unique("usage"))
    sup = add_user(c, owner, Role.SUPERVISOR, name="Sam Supervisor")
    m1 = add_user(c, owner, Role.MEMBER, name="Mia One")
    m2 = add_user(c, owner, Role.MEMBER, name="Max Two")
    m3 = add_user(c, owner, Role.MEMBER, name="Moe Three")
    auditor = add_user(c, owner, Role.AUDITOR)
    team = group(c, owner.workspace_id, {sup.user_id: True, m1.user_id: False, m2.user_id: False})
    other_team = group(c, owner.workspace_id, {m3.user_id: False})
    ws = owner.workspace_id
    out = {"number": OUTSIDE}

    def user(m: Member) -> dict[str, str]:
        return {"user_id": m.user_id}

    calls = {
        # 2 Nov: two inbound to m1 (answered: 125 s, talk 120; missed: 20 s), m2 outbound
        # answered (65 s, talk 60).
        "m1_answered": ingest(c, ws, started=at(2, 9, 10), direction="inbound", caller=out,
                              callee=user(m1), disposition="answered", seconds=125),
        "m1_missed": ingest(c, ws, started=at(2, 9, 40), direction="inbound", caller=out,
                            callee=user(m1), disposition="missed", seconds=20),
        "m2_out": ingest(c, ws, started=at(2, 14, 0), direction="outbound", caller=user(m2),
                         callee=out, disposition="answered", seconds=65),
        # 3 Nov: m3's voicemail (30 s, 23:30) and an internal call m3 -> m1 (305 s, talk 300).
        "m3_voicemail": ingest(c, ws, started=at(3, 23, 30), direction="inbound", caller=out,
                               callee=user(m3), disposition="voicemail", seconds=30),
        "internal": ingest(c, ws, started=at(3, 10, 0), direction="internal", caller=user(m3),
                           callee=user(m1), disposition="answered", seconds=305),
        # 4 Nov, last second of the day: counts on the 4th though it ends on the 5th.
        "m3_rejected": ingest(c, ws, started=at(4, 23, 59, 59), direction="inbound",
                              caller=out, callee=user(m3), disposition="rejected", seconds=10),
        # 5 Nov, first instant: outside a range that ends on the 4th.
        "after": ingest(c, ws, started=at(5, 0, 0), direction="inbound", caller=out,
                        callee=user(m1), disposition="answered", seconds=50),
    }  # fmt: skip
    other = create_workspace(c, f.unique("usage-b"))
    b_user = add_user(c, other, Role.MEMBER)
    for hour in (9, 10, 11):
        ingest(c, other.workspace_id, started=at(2, hour), direction="inbound", caller=out,
               callee={"user_id": b_user.user_id}, disposition="missed", seconds=5)  # fmt: skip
    b_group = group(c, other.workspace_id, {b_user.user_id: True})
    for m in (owner, sup, m1, m2, m3, auditor):
        sign_in(live, m)
    return Office(owner, sup, m1, m2, m3, auditor, team, other_team, b_group, calls)
