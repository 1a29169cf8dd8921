"""The recording announcement and the call's consent ledger (issue #13 item 3, ADR 0027).

Before a live call's recording starts — on a party's request or by an `always` policy —
every party hears the announcement (a chime, then "This call is now being recorded.":
prompts.py), played into each leg through the media port's `play`. Only when it has been
played to the end into *every* leg does recording start; a party whose leg closed first was
not told, and nothing is recorded. The ledger then gets one row per party: user, device leg,
when the announcement finished for them, which announcement (`ANNOUNCEMENT_ID`, a digest of
its audio, so a changed asset is a different id), the policy the call ran under, and the
recording. Writing the rows is audited (`live_call.consent`); reading them is audited too
and follows the visibility of the call's recordings."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.calls import service as calls
from callvault.comms.calls.visibility import visibility
from callvault.comms.live.models import ConsentEntry
from callvault.comms.live.prompts import recording_announcement
from callvault.comms.live.values import Call
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.core.permissions import Permission, require
from callvault.db.engine import Database
from callvault.media.port import LegRef, MediaPlayback

ANNOUNCEMENT = recording_announcement()
ANNOUNCEMENT_ID = "spoken-1:" + hashlib.sha256(ANNOUNCEMENT).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Told:
    user_id: str
    leg_id: str
    party: str  # caller, callee
    at: datetime


async def announce(play: MediaPlayback, call: Call) -> list[Told] | None:
    """Play the announcement into both parties' legs at once; who was told and when, or None
    when a leg closed before it finished (then nobody may be recorded)."""
    assert call.callee_user_id is not None and call.callee_device_id is not None
    parties = [
        (call.caller_user_id, call.caller_device_id, "caller"),
        (call.callee_user_id, call.callee_device_id, "callee"),
    ]

    async def one(user_id: str, leg_id: str, party: str) -> Told | None:
        done = await play.play(LegRef(call.id, leg_id), ANNOUNCEMENT)
        return Told(user_id, leg_id, party, utcnow()) if done else None

    told = await asyncio.gather(*(one(*p) for p in parties))
    if any(t is None for t in told):
        return None
    return [t for t in told if t is not None]


def write_ledger(
    session: Session,
    *,
    audit: AuditLog,
    workspace_id: str,
    call_log_id: str,
    live_call_id: str,
    recording_id: str,
    policy: str,
    told: Sequence[Told],
    actor: Actor,
) -> None:
    for t in told:
        session.add(
            ConsentEntry(
                id=new_id(),
                workspace_id=workspace_id,
                call_id=call_log_id,
                live_call_id=live_call_id,
                recording_id=recording_id,
                user_id=t.user_id,
                leg_id=t.leg_id,
                party=t.party,
                announcement_id=ANNOUNCEMENT_ID,
                policy=policy,
                told_at=t.at,
            )
        )
    session.flush()
    audit.record(
        session,
        workspace_id=workspace_id,
        actor=actor,
        action="live_call.consent",
        object_type="call",
        object_id=call_log_id,
        details={
            "recording_id": recording_id,
            "parties": len(told),
            "announcement_id": ANNOUNCEMENT_ID,
            "policy": policy,
        },
    )


class ConsentEntryOut(BaseModel):
    user_id: str
    leg_id: str
    party: str
    told_at: datetime
    announcement_id: str
    policy: str
    recording_id: str | None


class ConsentLedgerOut(BaseModel):
    call_id: str
    entries: list[ConsentEntryOut]


def read_ledger(db: Database, *, audit: AuditLog, actor: Actor, call_id: str) -> ConsentLedgerOut:
    """The ledger of a call-log entry the actor may see (as for its recordings); audited."""
    require(actor.role, actor.scopes, Permission.RECORDINGS_READ)
    with db.write() as session:
        call = calls.visible_call(session, actor, visibility(session, actor), call_id)
        rows = session.scalars(
            select(ConsentEntry)
            .where(ConsentEntry.workspace_id == actor.workspace_id, ConsentEntry.call_id == call.id)
            .order_by(ConsentEntry.told_at, ConsentEntry.party)
        ).all()
        audit.record(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="consent_ledger.read",
            object_type="call",
            object_id=call.id,
            details={"entries": len(rows)},
        )
        return ConsentLedgerOut(
            call_id=call.id,
            entries=[
                ConsentEntryOut(
                    user_id=r.user_id,
                    leg_id=r.leg_id,
                    party=r.party,
                    told_at=r.told_at,
                    announcement_id=r.announcement_id,
                    policy=r.policy,
                    recording_id=r.recording_id,
                )
                for r in rows
            ],
        )
