"""`callvault serve` with two web processes (ADR 0016), as real processes: both answer; the
rate limit, the sign-in throttle and chat's live events hold across them (also in cluster
mode, through Redis: ADR 0021); the job workers run once; a killed worker is replaced while
the other serves; SIGTERM stops everything."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
import redis

from tests.support.databases import postgres_database, require_postgres
from tests.support.redis_server import (
    REDIS_URL,
    delete_prefixed,
    pubsub_clients,
    require_redis,
    unique_prefix,
)
from tests.support.serve_process import Serve, add_user_who_chose, serving
from tests.support.wss import WssClient, open_wss

pytestmark = pytest.mark.slow

LIMIT = 12
OWNER = {"workspace": "default", "email": "owner@callvault.local"}


def _by_worker(
    serve: Serve, address: str, want: set[int], token: str | None = None
) -> dict[int, httpx.Client]:
    """A kept-alive client on each worker in want (fresh connections until each is hit)."""
    found: dict[int, httpx.Client] = {}
    for _ in range(200):
        client = serve.client(address, token)
        pid = serve.pid_of(client)
        if pid in want and pid not in found:
            found[pid] = client
        else:
            client.close()
        if set(found) == want:
            return found
    raise AssertionError(f"connections reached only {set(found)} of {want}")


def test_two_processes_share_the_work_the_limits_and_the_events(tmp_path: Path) -> None:
    with serving(
        tmp_path,
        processes=2,
        rate_limit=f"{LIMIT}/day",  # no window boundary within the test
        signin_free_failures_per_pair=3,
        signin_first_delay_seconds=300,
    ) as serve:
        workers = serve.listening_workers()
        assert len(workers) == 2
        assert serve.pid_of(serve.client()) in workers

        # The rate limit of one address is one budget, whichever worker answers.
        answers: dict[int, list[int]] = {pid: [] for pid in workers}
        for _ in range(3):
            for pid, client in _by_worker(serve, "127.0.0.2", workers).items():
                for _ in range(3):
                    answers[pid].append(client.get("/api/v1/me").status_code)
        codes = [code for per_worker in answers.values() for code in per_worker]
        assert all(401 in per_worker for per_worker in answers.values()), answers  # both served
        assert codes.count(401) == LIMIT and codes.count(429) == len(codes) - LIMIT, answers

        # The sign-in throttle counts wrong passwords from every worker.
        wrong = {**OWNER, "password": "not-the-password-123"}
        clients = _by_worker(serve, "127.0.0.3", workers)
        attempts = [
            client.post("/api/v1/auth/sign-in", json=wrong).status_code
            for _ in range(2)
            for client in clients.values()
        ]
        assert attempts == [401, 401, 401, 429], attempts

        _chat_events_cross_processes(serve, workers)

    # The job workers and scheduler ran in one process, neither web worker.
    started = [line for line in serve.log().splitlines() if "job pool started" in line]
    assert len(started) == 1, started
    assert not any(f"[{pid}]" in started[0] for pid in workers)


def test_two_processes_in_cluster_mode_share_limits_and_events_through_redis(
    tmp_path: Path,
) -> None:
    """The same serve with CALLVAULT_REDIS_URL: what crosses the processes goes through Redis,
    under this test's prefix; the supervisor runs no hub and makes no shared table."""
    require_redis()
    prefix = unique_prefix()
    admin = redis.Redis.from_url(REDIS_URL)
    try:
        with serving(
            tmp_path,
            processes=2,
            rate_limit=f"{LIMIT}/day",
            redis_url=REDIS_URL,
            redis_prefix=prefix,
        ) as serve:
            workers = serve.listening_workers()
            assert len(workers) == 2
            supervisor = psutil.Process(serve.popen.pid)
            hubs = [u for u in supervisor.net_connections(kind="unix") if "hub.sock" in u.laddr]
            assert hubs == []
            # The run directory is found by the audit socket the supervisor holds (under
            # <data>/run, or in a private temporary directory when that path is too long).
            audits = [u.laddr for u in supervisor.net_connections(kind="unix")]
            audits = [a for a in audits if a.endswith("/audit.sock")]
            assert len(audits) == 1, audits
            run_dir = Path(audits[0]).parent
            assert not (run_dir / "hub.sock").exists()
            assert not (run_dir / "rate-limits").exists()
            # Each web worker and the job process listen on the Redis bus (the fourth is
            # the supervisor's own container, which publishes nothing).
            deadline = time.monotonic() + 20  # the job process subscribes after it starts
            while len(pubsub_clients(prefix)) < 4 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert len(pubsub_clients(prefix)) == 4, pubsub_clients(prefix)
            answers = [
                client.get("/api/v1/me").status_code
                for _ in range(3)
                for client in _by_worker(serve, "127.0.0.2", workers).values()
                for _ in range(3)
            ]
            assert answers.count(401) == LIMIT and answers.count(429) == len(answers) - LIMIT
            assert list(admin.scan_iter(match=f"{prefix}limits:*"))  # counted in Redis
            _chat_events_cross_processes(serve, workers)
    finally:
        delete_prefixed(prefix)
        admin.close()


def _chat_events_cross_processes(serve: Serve, workers: set[int]) -> None:
    api = serve.client("127.0.0.4")
    owner = api.post("/api/v1/auth/sign-in", json={**OWNER, "password": serve.password})
    assert owner.status_code == 201, owner.text
    owner_token = owner.json()["token"]
    member = {"email": "member@callvault.local", "name": "Member"}
    poster = serve.client("127.0.0.4", owner_token)
    member_id, member_token = add_user_who_chose(
        serve, poster, member, "m" * 16 + "-7Q!", "127.0.0.4"
    )
    conversation = poster.post(
        "/api/v1/chat/conversations", json={"kind": "group", "member_ids": [member_id]}
    )
    assert conversation.status_code == 201, conversation.text
    path = f"/api/v1/chat/conversations/{conversation.json()['id']}/messages"

    with contextlib.ExitStack() as opened:
        sockets = _socket_on_each_worker(serve, workers, member_token, opened)
        posters = _by_worker(serve, "127.0.0.5", workers, owner_token)
        for pid, client in posters.items():
            sent = client.post(path, json={"body": f"posted through {pid}"})
            assert sent.status_code == 201, sent.text
            for where, ws in sockets.items():
                got = _next_event(ws)
                assert got["type"] == "message.created", (pid, where, got)
                assert sent.json()["id"] in json.dumps(got), (pid, where, got)


def _socket_on_each_worker(
    serve: Serve, workers: set[int], token: str, opened: contextlib.ExitStack
) -> dict[int, WssClient]:
    url = serve.base.replace("https://", "wss://") + "/api/v1/ws"
    sockets: dict[int, WssClient] = {}
    for _ in range(100):
        ws = opened.enter_context(open_wss(url, ssl_context=serve.ctx, open_timeout=20))
        ws.send(json.dumps({"type": "auth", "token": token}))
        assert json.loads(ws.recv(timeout=20))["type"] == "ready"
        pid = serve.worker_of_local_port(ws.local_address[1])
        if pid is not None and pid not in sockets:
            sockets[pid] = ws
        else:
            ws.close()
        if set(sockets) == workers:
            return sockets
    raise AssertionError(f"WebSockets reached only {set(sockets)} of {workers}")


def _next_event(ws: WssClient) -> dict[str, Any]:
    deadline = time.monotonic() + 20
    while True:
        event: dict[str, Any] = json.loads(ws.recv(timeout=max(0.1, deadline - time.monotonic())))
        if event.get("type") != "ping":
            return event


def test_a_killed_worker_is_replaced_and_sigterm_stops_everything(tmp_path: Path) -> None:
    with serving(tmp_path, processes=2) as serve:
        workers = serve.listening_workers()
        victim, survivor = sorted(workers)
        os.kill(victim, signal.SIGKILL)
        for _ in range(10):  # the other keeps serving, at once
            with httpx.Client(base_url=serve.base, verify=serve.ctx, timeout=10) as fresh:
                r = fresh.get("/readyz")
                assert r.status_code == 200 and serve.pid_answering(r) == survivor
        replaced = serve.wait_for_workers(2, exclude=frozenset({victim}))
        assert survivor in replaced
        assert f"ended with signal {signal.SIGKILL.value}" in serve.log()
        tree = psutil.Process(serve.popen.pid).children(recursive=True)

        assert serve.stop(signal.SIGTERM) == 0, serve.log()[-3000:]
        _, alive = psutil.wait_procs(tree, timeout=10)
        assert alive == []
        assert list((serve.data_dir / "run").iterdir()) == []  # hub socket and table removed
        logs = serve.log()
        assert logs.count("Finished server process") == 2  # the survivor and the newcomer
        assert "callvault.web.supervisor stopped" in logs
        assert logs.count("job pool started") == 1  # not started again with the newcomer
        # The web processes stop before the media engine their live calls use: a clean
        # shutdown logs no error ("media engine lost" was logged by every web process).
        assert "media engine lost" not in logs and "ERROR" not in logs, logs[-3000:]


def test_a_supervisor_killed_outright_leaves_no_child_behind(tmp_path: Path) -> None:
    """SIGKILL gives the supervisor no chance to stop its children: the fork server it
    started exits with it, and every child, seeing its parent gone, stops by itself and
    frees the port (a leftover worker would keep answering with stale code)."""
    with serving(tmp_path, processes=2) as serve:
        tree = psutil.Process(serve.popen.pid).children(recursive=True)
        workers = serve.listening_workers()
        assert len(workers) == 2 and workers <= {p.pid for p in tree}
        os.kill(serve.popen.pid, signal.SIGKILL)
        serve.popen.wait(timeout=10)
        _, alive = psutil.wait_procs(tree, timeout=60)
        assert alive == [], [(p.pid, p.name()) for p in alive]
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{serve.base}/healthz", verify=serve.ctx, timeout=5)

def _audit_listeners(serve: Serve) -> list[psutil.Process]:
    children = psutil.Process(serve.popen.pid).children(recursive=True)
    return [
        child
        for child in children
        if any(c.laddr.endswith("audit.sock") for c in child.net_connections(kind="unix"))
    ]


def _audit_process(serve: Serve) -> psutil.Process:
    """The child that listens on the serve's audit socket (web workers only connect to it)."""
    for child in psutil.Process(serve.popen.pid).children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            if any(c.laddr.endswith("audit.sock") for c in child.net_connections(kind="unix")):
                return child
    raise AssertionError("no audit process")


def test_one_audit_process_writes_every_worker_s_reads_and_is_replaced(tmp_path: Path) -> None:
    """The reads of both web processes are audited by the serve's one audit process (ADR 0015
    addendum), all present and verifying; while it is down a read is refused (503, no
    content), never answered without its entry; it is started again and reads resume."""
    with serving(tmp_path, processes=2) as serve:
        workers = serve.listening_workers()
        api = serve.client("127.0.0.6")
        signed = api.post("/api/v1/auth/sign-in", json={**OWNER, "password": serve.password})
        assert signed.status_code == 201, signed.text
        token = signed.json()["token"]
        readers = _by_worker(serve, "127.0.0.6", workers, token)
        answered = 0
        for client in readers.values():
            for _ in range(5):
                assert client.get("/api/v1/calls").status_code == 200
                answered += 1
        auditor = _audit_process(serve)
        assert auditor.pid not in workers

        auditor.kill()
        codes: list[int] = []
        deadline = time.monotonic() + 60
        reader = next(iter(readers.values()))
        while time.monotonic() < deadline:
            r = reader.get("/api/v1/calls")
            codes.append(r.status_code)
            if r.status_code == 200:
                answered += 1
                break
            assert r.status_code == 503, r.text
            assert r.json()["error"]["code"] == "audit_unavailable" and "calls" not in r.json()
            time.sleep(0.2)
        assert codes[-1] == 200, codes
        assert _audit_process(serve).pid != auditor.pid
        assert "audit process" in serve.log() and "restarting" in serve.log()

        owner = serve.client("127.0.0.6", token)
        listed = owner.get("/api/v1/audit", params={"action": "call.list", "limit": 500})
        assert listed.status_code == 200, listed.text
        assert len(listed.json()["entries"]) == answered  # one per answered read, no more
        verified = owner.post("/api/v1/audit/verify")
        assert verified.status_code == 200 and verified.json()["ok"] is True, verified.text


def test_on_postgresql_each_worker_writes_its_own_reads_into_one_chain(tmp_path: Path) -> None:
    """On PostgreSQL there is no audit process (ADR 0015 addendum 4): each web process
    appends its own reads, the chain head's row lock ordering them; reads made through both
    workers at once are all present, one each, in one chain that verifies."""
    require_postgres()
    with postgres_database() as url, serving(tmp_path, processes=2, database_url=url) as serve:
        workers = serve.listening_workers()
        api = serve.client("127.0.0.7")
        signed = api.post("/api/v1/auth/sign-in", json={**OWNER, "password": serve.password})
        assert signed.status_code == 201, signed.text
        token = signed.json()["token"]
        assert _audit_listeners(serve) == []
        readers = list(_by_worker(serve, "127.0.0.7", workers, token).values())
        assert len(readers) == 2

        def read(client: httpx.Client) -> int:
            return sum(client.get("/api/v1/calls").status_code == 200 for _ in range(20))

        with ThreadPoolExecutor(2) as pool:  # one thread per worker, at the same time
            answered = sum(pool.map(read, readers))
        assert answered == 40
        owner = serve.client("127.0.0.7", token)
        listed = owner.get("/api/v1/audit", params={"action": "call.list", "limit": 500})
        assert listed.status_code == 200, listed.text
        assert len(listed.json()["entries"]) == answered
        verified = owner.post("/api/v1/audit/verify")
        assert verified.status_code == 200 and verified.json()["ok"] is True, verified.text
