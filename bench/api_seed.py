"""Seed data for bench/api_throughput.py, written in this process before the server starts
on the same data directory, all of it encrypted under the workspace's real keys.

- Contacts: through the `create_contact` use case (validation, sealed card, blind indexes,
  audit entry), one write transaction per BATCH.
- Calls: the first `ingested` through `ingest_call_event`, the use case behind
  `POST /api/v1/calls/events` that a PBX feeds (`call.started` + `call.ended`, audit entry
  each). The use case costs ~10 ms of CPU per event (ORM flushes, nested savepoints, one
  audit entry), so 100,000 calls that way take more than half an hour on two cores, and the
  product has no bulk ingestion path for calls. The rest are therefore inserted in bulk (Core
  executemany, BATCH calls per transaction) as the same rows the use case writes: PBX call id
  and outside numbers sealed by the workspace cipher with the same kind/object/field binding,
  the same blind indexes, participants and tags; without the per-event idempotency rows
  (`call_events`) and audit entries, which no list reads."""

from __future__ import annotations

import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from callvault.comms.calls.ingest import ingest_call_event
from callvault.comms.calls.models import Call, CallParticipant, CallTag
from callvault.comms.calls.schemas import CallEventIn, Direction, Disposition, EventType, PartyIn
from callvault.comms.calls.values import EXTERNAL_ID_FIELD, normalise_number, number_index
from callvault.comms.contacts.schemas import ContactIn
from callvault.comms.contacts.service import create_contact
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.ids import new_id
from callvault.crypto.keyring import WorkspaceCipher
from callvault.identity import repository as identity_repo
from callvault.wiring import Container

BATCH = 500  # contacts or calls per write transaction
SPAN = timedelta(days=90)  # calls spread over the last 90 days
TAGS = ("sales", "support", "renewal", "escalated")


@dataclass(frozen=True)
class Seeded:
    workspace_id: str
    contacts: int
    calls_ingested: int  # through ingest_call_event
    calls_bulk: int  # bulk rows (see the module docstring)
    contact_seconds: float
    ingest_seconds: float
    bulk_seconds: float


@dataclass(frozen=True)
class CallSpec:
    """One seeded call: the owner and a contact or an outside number, inbound or outbound."""

    external_id: str
    started: datetime
    duration: int
    inbound: bool
    answered: bool
    contact_id: str | None
    number: str | None  # E.164, when the other party is not a contact
    tags: list[str]


def call_spec(i: int, contacts: list[str], rng: random.Random) -> CallSpec:
    answered = i % 5 != 0
    with_contact = bool(contacts) and i % 2 == 1
    return CallSpec(
        external_id=f"pbx-{i:07d}",
        started=utcnow() - SPAN * rng.random(),
        duration=rng.randint(5, 900) if answered else rng.randint(5, 40),
        inbound=i % 3 == 0,
        answered=answered,
        contact_id=rng.choice(contacts) if with_contact else None,
        number=None if with_contact else f"+1415555{i % 10_000:04d}",
        tags=[TAGS[i % len(TAGS)]] if i % 3 == 0 else [],
    )


def owner_actor(c: Container, slug: str) -> Actor:
    """The workspace's first owner, as the seeding actor (owners may ingest calls)."""
    with c.db.read() as s:
        ws = identity_repo.workspace_by_slug(s, slug)
        assert ws is not None, f"no workspace {slug!r}"
        owner = identity_repo.users(s, ws.id, role="owner")[0]
    return Actor(
        workspace_id=ws.id, actor_type="user", actor_id=owner.id, role="owner", user_id=owner.id
    )


def seed_contacts(c: Container, actor: Actor, n: int, rng: random.Random) -> list[str]:
    ids: list[str] = []
    for start in range(0, n, BATCH):
        with c.db.write() as s:
            for i in range(start, min(n, start + BATCH)):
                data = ContactIn(
                    name=f"Contact {i:05d} {rng.choice(('Ng', 'Berg', 'Okafor', 'Silva'))}",
                    phones=[f"+4420{70_000_000 + i:08d}"],
                    emails=[f"contact{i}@customer{i % 97}.example.com"],
                    company=f"Customer {i % 97} Ltd",
                    shared=True,
                )
                out = create_contact(s, keyring=c.keyring, audit=c.audit, actor=actor, data=data)
                ids.append(out.id)
    return ids


def events(spec: CallSpec, actor: Actor) -> list[CallEventIn]:
    user = PartyIn(user_id=actor.user_id)
    other = PartyIn(contact_id=spec.contact_id, number=spec.number)
    return [
        CallEventIn(
            type=EventType.STARTED,
            external_call_id=spec.external_id,
            occurred_at=spec.started,
            direction=Direction.INBOUND if spec.inbound else Direction.OUTBOUND,
            caller=other if spec.inbound else user,
            callee=user if spec.inbound else other,
            tags=spec.tags or None,
        ),
        CallEventIn(
            type=EventType.ENDED,
            external_call_id=spec.external_id,
            occurred_at=spec.started + timedelta(seconds=spec.duration),
            disposition=Disposition.ANSWERED if spec.answered else Disposition.MISSED,
            duration_seconds=spec.duration,
        ),
    ]


def ingest_calls(c: Container, actor: Actor, specs: list[CallSpec]) -> None:
    for start in range(0, len(specs), BATCH):
        with c.db.write() as s:
            for spec in specs[start : start + BATCH]:
                for event in events(spec, actor):
                    ingest_call_event(s, keyring=c.keyring, audit=c.audit, actor=actor, event=event)


def call_row(cipher: WorkspaceCipher, actor: Actor, spec: CallSpec) -> dict[str, Any]:
    """The row ingest_call_event leaves for a started and ended call (see its _apply_started
    and _derive_and_check)."""
    call_id = new_id()
    sides: dict[str, Any] = {}
    other = "caller" if spec.inbound else "callee"
    user = "callee" if spec.inbound else "caller"
    sealed = index = None
    if spec.number is not None:
        e164 = normalise_number(spec.number)
        sealed = cipher.seal_text(e164, kind="call", object_id=call_id, field=f"{other}_number")
        index = number_index(cipher, e164)
    sides.update(
        {
            f"{user}_user_id": actor.user_id,
            f"{user}_contact_id": None,
            f"{user}_number_sealed": None,
            f"{user}_number_index": None,
            f"{other}_user_id": None,
            f"{other}_contact_id": spec.contact_id,
            f"{other}_number_sealed": sealed,
            f"{other}_number_index": index,
        }
    )
    ended = spec.started + timedelta(seconds=spec.duration)
    return {
        "id": call_id,
        "workspace_id": actor.workspace_id,
        "external_key": cipher.blind_index(spec.external_id, field=EXTERNAL_ID_FIELD),
        "external_id_sealed": cipher.seal_text(
            spec.external_id, kind="call", object_id=call_id, field="external_id"
        ),
        "state": "ended",
        "direction": (Direction.INBOUND if spec.inbound else Direction.OUTBOUND).value,
        "disposition": (Disposition.ANSWERED if spec.answered else Disposition.MISSED).value,
        **sides,
        "started_at": spec.started,
        "has_started": True,
        "answered_at": None,
        "ended_at": ended,
        "duration_seconds": spec.duration,
        "talk_seconds": 0,
        "reported_duration": spec.duration,
        "recorded": False,
        "vi_ran": False,
        "notes_sealed": None,
        "created_at": ended,
        "updated_at": ended,
    }


def bulk_calls(c: Container, actor: Actor, specs: list[CallSpec]) -> None:
    ws = actor.workspace_id
    for start in range(0, len(specs), BATCH):
        with c.db.write() as s:
            cipher = c.keyring.cipher(s, ws)
            rows = [call_row(cipher, actor, spec) for spec in specs[start : start + BATCH]]
            s.execute(insert(Call), rows)
            s.execute(
                insert(CallParticipant),
                [{"call_id": r["id"], "user_id": actor.user_id, "workspace_id": ws} for r in rows],
            )
            tags = [
                {"call_id": r["id"], "tag": t, "workspace_id": ws}
                for r, spec in zip(rows, specs[start : start + BATCH], strict=True)
                for t in spec.tags
            ]
            if tags:
                s.execute(insert(CallTag), tags)


def analyze(c: Container) -> None:
    """Planner statistics for the seeded tables, on both engines, before anything is
    measured. A bulk load leaves PostgreSQL without them until autovacuum gets round to it
    (the bare app's page query then ran at 65 req/s); SQLite has none for tables that were
    empty when `initialise` analysed them. A long-running installation has both."""
    c.db.refresh_statistics()  # SQLite (a no-op on PostgreSQL)
    if not c.db.is_sqlite:
        with c.db.write() as s:
            s.execute(text("ANALYZE"))


def checkpoint(url: str) -> None:
    """Move a seeded SQLite database's pages out of its write-ahead log (call with every
    connection closed: a checkpoint cannot pass a reader's snapshot). While the bulk load's
    pages sit in the WAL, every reader looks each page up in the WAL index, which made the
    first rounds after seeding cost several times the later ones (stop 22: the bare list's
    11.3 ms of CPU per request in its first rounds, 1.8 ms later). A long-running
    installation has long been checkpointed: that is what is measured. A no-op on
    PostgreSQL."""
    if not url.startswith("sqlite:///"):
        return
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        busy, wal_pages, moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise RuntimeError(f"WAL checkpoint blocked ({moved} of {wal_pages} pages moved)")


def seed(c: Container, slug: str, *, contacts: int, calls: int, ingested: int) -> Seeded:
    """`contacts` shared contacts and `calls` calls, the first `ingested` of them through the
    ingestion use case and the rest in bulk."""
    rng = random.Random(14)  # the same data every run
    actor = owner_actor(c, slug)
    t0 = time.perf_counter()
    contact_ids = seed_contacts(c, actor, contacts, rng)
    specs = [call_spec(i, contact_ids, rng) for i in range(calls)]
    t1 = time.perf_counter()
    ingest_calls(c, actor, specs[:ingested])
    t2 = time.perf_counter()
    bulk_calls(c, actor, specs[ingested:])
    analyze(c)
    t3 = time.perf_counter()
    done = min(ingested, calls)
    return Seeded(actor.workspace_id, contacts, done, calls - done, t1 - t0, t2 - t1, t3 - t2)
