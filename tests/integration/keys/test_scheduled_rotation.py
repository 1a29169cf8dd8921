"""The scheduled 90-day rotation runs as a job through the real worker and is audited;
rotation through the API while users are being written loses nothing."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import update

from callvault.audit.service import AuditFilter
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.crypto.models import DataKey
from callvault.identity import service as identity
from callvault.jobs.scheduler import Scheduler
from callvault.jobs.worker import Worker
from callvault.wiring import KEY_ROTATION_JOB, Container
from tests.support.live import LiveServer, create_workspace, sign_in


def test_scheduled_job_rotates_only_workspaces_past_max_age(container: Container) -> None:
    old = create_workspace(container, "old-keys")
    fresh = create_workspace(container, "fresh-keys")
    with container.db.write() as s:
        s.execute(
            update(DataKey)
            .where(DataKey.workspace_id == old.workspace_id)
            .values(created_at=utcnow() - timedelta(days=91))
        )
    # Only the rotation schedule (others, such as stale-upload sweeps, have their own tests).
    rotation = tuple(x for x in container.schedules if x.kind == KEY_ROTATION_JOB)
    enqueued = Scheduler(container.db, rotation).tick()
    assert len(enqueued) == 1
    worker = Worker(container.db, container.jobs, lease_seconds=30)
    assert worker.run_once()
    with container.db.read() as s:
        old_status = container.keyring.status(s, old.workspace_id)
        fresh_status = container.keyring.status(s, fresh.workspace_id)
        entries = container.audit.list(
            s, workspace_id=old.workspace_id, filters=AuditFilter(action="keys.rotate")
        )
    assert old_status.content_version == 2 and fresh_status.content_version == 1
    assert old_status.kek_versions == (2,)  # version 1 retired once nothing used it
    assert len(entries) == 1 and entries[0].actor_id == "scheduler"
    # Content sealed before rotation still opens (the owner can still read their name).
    with container.db.read() as s:
        users = identity.list_users(
            s, keyring=container.keyring, actor=Actor.system(old.workspace_id)
        )
    assert users[0].name == "Owner of old-keys"
    # A second tick in the same slot enqueues nothing.
    assert Scheduler(container.db, rotation).tick() == []


def test_rotation_while_writes_continue_loses_nothing(live: LiveServer) -> None:
    owner = create_workspace(live.container, "busy")
    client = live.client(sign_in(live, owner))
    created: list[str] = []
    errors: list[str] = []
    stop = threading.Event()

    def writer(n: int) -> None:
        c = live.client(owner.token)
        i = 0
        while not stop.is_set() and i < 200:
            r = c.post(
                "/api/v1/users",
                json={
                    "email": f"w{n}-{i}@busy.example.com",
                    "name": f"Writer {n} {i}",
                    "role": Role.MEMBER,
                },
            )
            if r.status_code == 201:
                created.append(r.json()["id"])
            else:
                errors.append(r.text)
            i += 1

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()

    def writes_reach(count: int) -> None:
        # Writes happen before, between and after the rotations however slow the machine
        # (a fixed pace let three rotations finish before ten writes under load).
        deadline = time.monotonic() + 60
        while len(created) + len(errors) < count and time.monotonic() < deadline:
            time.sleep(0.02)

    rotations = []
    for n in range(3):
        writes_reach(4 * (n + 1))
        r = client.post("/api/v1/keys/rotate")
        assert r.status_code == 200, r.text
        rotations.append(r.json())
    writes_reach(16)
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert [r["content_version"] for r in rotations] == [2, 3, 4]
    users = {u["id"]: u for u in client.get("/api/v1/users").json()}
    assert len(created) > 10
    for uid in created:
        assert users[uid]["name"].startswith("Writer ")
    keys = client.get("/api/v1/keys").json()
    assert keys["kek_versions"] == [4] and keys["content_version"] == 4
