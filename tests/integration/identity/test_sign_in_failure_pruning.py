"""Failed password checks are kept as keyed hashes only, and the hourly job deletes those too
old for the throttle to count."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from callvault.core.clock import utcnow
from callvault.identity import throttle
from callvault.identity.jobs import PRUNE_FAILURES_JOB
from callvault.identity.models import SignInFailure
from callvault.jobs.scheduler import Scheduler
from callvault.jobs.worker import Worker
from callvault.wiring import Container


def test_old_failures_are_pruned_by_the_scheduled_job(container: Container) -> None:
    policy = container.auth_policy.throttle
    now = utcnow()
    with container.db.write() as s:
        account = throttle.sign_in_account("acme", "a@b.example", None)
        g = throttle.guess(s, container.keyring, account=account, address="10.1.2.3")
        for age in (timedelta(0), policy.keep_for - timedelta(minutes=1), policy.keep_for * 2):
            throttle.hold(s, g, now=now - age)  # a guess counted, then found wrong
    with container.db.read() as s:
        rows = s.scalars(select(SignInFailure)).all()
        assert len(rows) == 3
        for row in rows:
            assert len(row.account_key) == len(row.ip_key) == 64
            assert "10.1.2.3" not in row.ip_key and "a@b" not in row.account_key

    prune = tuple(x for x in container.schedules if x.kind == PRUNE_FAILURES_JOB)
    assert len(Scheduler(container.db, prune).tick()) == 1
    assert Worker(container.db, container.jobs, lease_seconds=30).run_once()
    with container.db.read() as s:
        kept = sorted(row.created_at for row in s.scalars(select(SignInFailure)))
    assert kept == [now - policy.keep_for + timedelta(minutes=1), now]
