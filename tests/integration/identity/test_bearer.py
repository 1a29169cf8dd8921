"""Authenticating a request: one indexed read for a token this process has not cached, none
for one it has, never a write on the request path ("last seen" is written in the background);
and every change that must void a cached actor or cached keys bumps its workspace's epoch once
committed, while bookkeeping and rolled-back changes do not (ADR 0017)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from callvault.core.clock import utcnow
from callvault.core.context import Actor, Origin
from callvault.core.permissions import Role
from callvault.identity import api_tokens, auth, groups, lifecycle, sessions
from callvault.identity import service as identity
from callvault.identity.last_seen import LastSeenWriter
from callvault.identity.models import DeviceSession
from callvault.wiring import Container
from tests.support.live import PASSWORD, LiveServer, Member, add_user, create_workspace, sign_in

AUTH_TABLES = ("device_sessions", "api_tokens", "group_members", "workspaces", "data_keys")


@contextmanager
def request_statements(c: Container) -> Iterator[list[str]]:
    """SQL run by request threads meanwhile (not the background "last seen" writer)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if threading.current_thread().name != "callvault-last-seen":
            seen.append(" ".join(statement.split()).lower())

    engines = {c.db.engine, c.db.read_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", record)


def _writes(statements: list[str]) -> list[str]:
    return [s for s in statements if s.split()[0] in ("insert", "update", "delete")]


def test_a_request_authenticates_with_one_read_then_none_and_never_writes(
    live: LiveServer,
) -> None:
    c = live.container
    owner = create_workspace(c, "one-read")
    token = sign_in(live, owner)
    long_ago = utcnow() - timedelta(minutes=5)
    with c.db.write() as s:  # "last seen" is stale: the old path wrote it in the request
        s.execute(update(DeviceSession).values(last_seen_at=long_ago))
    client = live.client(token)

    with request_statements(c) as cold:
        assert client.get("/api/v1/me").status_code == 200
    with request_statements(c) as second:
        assert client.get("/api/v1/me").status_code == 200
    with request_statements(c) as warm:
        assert client.get("/api/v1/me").status_code == 200

    for statements in (cold, second, warm):
        assert _writes(statements) == []
    # One statement joins the token to its user, workspace and groups; the workspace's
    # keys come from the process's cache, voided through epochs.
    reads = [s for s in cold if any(t in s for t in AUTH_TABLES)]
    assert len(reads) == 1 and reads[0].startswith("select") and "device_sessions" in reads[0]
    assert len([s for s in second if any(t in s for t in AUTH_TABLES)]) == 1
    assert [s for s in warm if any(t in s for t in AUTH_TABLES)] == []

    # "Last seen" reaches the database from the background writer, within seconds.
    deadline = time.monotonic() + 10
    while True:
        with c.db.read() as s:
            seen = s.scalars(select(DeviceSession.last_seen_at)).one()
        if seen > long_ago + timedelta(minutes=4):
            break
        assert time.monotonic() < deadline, "last seen was never written"
        time.sleep(0.1)


@contextmanager
def bumps(c: Container, m: Member, *, expected: bool = True) -> Iterator[None]:
    before = c.epochs.stamp(m.workspace_id)
    yield
    after = c.epochs.stamp(m.workspace_id)
    assert after[0] == before[0], "a change of one workspace voided every workspace"
    assert (after[1] > before[1]) is expected


def _actor(m: Member, *, session_id: str | None = None) -> Actor:
    return Actor(
        workspace_id=m.workspace_id,
        actor_type="user",
        actor_id=m.user_id,
        role=m.role,
        user_id=m.user_id,
        session_id=session_id,
    )


def _open_session(c: Container, m: Member) -> str:
    out = auth.sign_in(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        policy=c.auth_policy,
        workspace=m.slug,
        email=m.email,
        password=PASSWORD,
        device_name="test",
        origin=Origin(ip="127.0.0.1"),
    )
    return out.session_id


def _update_user(
    c: Container,
    admin: Actor,
    m: Member,
    *,
    role: Role | None = None,
    name: str | None = None,
    then_fail: bool = False,
) -> None:
    with c.db.write() as s:
        identity.update_user(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=admin,
            user_id=m.user_id,
            name=name,
            role=role,
        )
        if then_fail:
            raise RuntimeError("the transaction fails after the change")


def test_changes_that_void_cached_actors_and_keys_bump_their_workspace_epoch(
    container: Container,
) -> None:
    c = container
    owner = create_workspace(c, "bumps")
    member = add_user(c, owner, Role.MEMBER)
    admin = _actor(owner)

    with bumps(c, owner, expected=False):  # bookkeeping: a sign-in, "last seen"
        session_id = _open_session(c, member)
        writer = LastSeenWriter(c.db)
        writer.touch("session", session_id, utcnow() + timedelta(minutes=2))
        writer.close()
    with c.db.read() as s:
        assert s.get(DeviceSession, session_id).last_seen_at > utcnow()  # type: ignore[union-attr]

    with bumps(c, owner, expected=False), pytest.raises(RuntimeError):
        _update_user(c, admin, member, role=Role.SUPERVISOR, then_fail=True)  # rolled back
    with bumps(c, owner):
        _update_user(c, admin, member, role=Role.SUPERVISOR)
    with bumps(c, owner):  # a name is not part of the actor, but of the cached GET /me
        _update_user(c, admin, member, name="New Name")

    with c.db.write() as s:
        group = groups.create_group(s, audit=c.audit, actor=admin, name="Team")
    for change in ("join", "leave", "join", "delete group"):
        with bumps(c, owner), c.db.write() as s:
            if change == "join":
                groups.set_group_member(
                    s,
                    audit=c.audit,
                    actor=admin,
                    group_id=group.id,
                    user_id=member.user_id,
                    is_supervisor=False,
                )
            elif change == "leave":
                groups.remove_group_member(
                    s, audit=c.audit, actor=admin, group_id=group.id, user_id=member.user_id
                )
            else:
                groups.delete_group(s, audit=c.audit, actor=admin, group_id=group.id)

    with bumps(c, owner), c.db.write() as s:  # sign-out
        auth.sign_out(s, audit=c.audit, actor=_actor(member, session_id=session_id))
    other = _open_session(c, member)
    with bumps(c, owner), c.db.write() as s:  # revoke one session
        sessions.revoke_session(s, audit=c.audit, actor=admin, session_id=other)
    _open_session(c, member)
    with bumps(c, owner), c.db.write() as s:  # password reset: bulk revoke
        identity.set_password_by_operator(
            s,
            audit=c.audit,
            workspace_id=owner.workspace_id,
            user_id=member.user_id,
            password=PASSWORD + " again",
        )

    with c.db.write() as s:
        created = api_tokens.create_api_token(
            s, audit=c.audit, actor=admin, name="pbx", scopes=["users.read"], expires_in_days=1
        )
    with bumps(c, owner), c.db.write() as s:
        api_tokens.revoke_api_token(s, audit=c.audit, actor=admin, token_id=created.id)
    with bumps(c, owner), c.db.write() as s:  # disable: status, then bulk revokes
        identity.set_user_status(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=admin,
            user_id=member.user_id,
            disabled=True,
        )
    with bumps(c, owner):
        c.keyring.rotate_workspace(c.db, owner.workspace_id)
    with bumps(c, owner), c.db.write() as s:
        lifecycle.set_status(s, owner.workspace_id, lifecycle.CLOSING)


def test_me_comes_from_the_cache_and_follows_a_rename_or_role_change_at_once(
    live: LiveServer,
) -> None:
    c = live.container
    owner = create_workspace(c, "me-cache")
    member = add_user(c, owner, Role.MEMBER)
    admin = live.client(sign_in(live, owner))
    mine = live.client(sign_in(live, member))

    first = mine.get("/api/v1/me")
    assert first.status_code == 200 and first.json()["role"] == "member"
    mine.get("/api/v1/me")  # the token's first read could not be cached (see above)
    with request_statements(c) as warm:
        assert mine.get("/api/v1/me").json() == first.json()
    assert warm == []  # neither the token, nor the user, nor the keys: no SQL at all

    renamed = admin.patch(f"/api/v1/users/{member.user_id}", json={"name": "Renamed Person"})
    assert renamed.status_code == 200
    assert mine.get("/api/v1/me").json()["name"] == "Renamed Person"
    admin.patch(f"/api/v1/users/{member.user_id}", json={"role": "supervisor"})
    assert mine.get("/api/v1/me").json()["role"] == "supervisor"
