"""Offboarding a user: sessions and tokens revoked at once, then their data reassigned to a
colleague or deleted, as the admin chose; asserted on the database rows; safe to re-run."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import text

from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.core.permissions import Role
from callvault.governance.offboarding import service as offboarding
from callvault.governance.offboarding.schemas import OffboardIn
from callvault.wiring import Container
from tests.support import chat_factories as chat
from tests.support.live import LiveServer, Member, add_user, create_workspace, sign_in
from tests.support.matrix import mailbox_with_greeting, personal_contact, voicemail_for

pytestmark = pytest.mark.slow


def rows(c: Container, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with c.db.read() as s:
        return [tuple(r) for r in s.execute(text(sql), params).all()]


def leaver_with_data(live: LiveServer, ws: Member) -> tuple[Member, str, str]:
    """A signed-in member with an API token, personal contacts, voicemail and a greeting,
    a group conversation and a message; returns (member, API token, conversation id)."""
    c = live.container
    m = add_user(c, ws, Role.MEMBER)
    sign_in(live, m)
    token = live.client(m.token).post(
        "/api/v1/tokens", json={"name": "ci", "scopes": ["users.read"]}
    )
    assert token.status_code == 201, token.text
    personal_contact(c, ws.workspace_id, m.user_id)
    voicemail_for(c, ws.workspace_id, m.user_id)
    mailbox_with_greeting(c, ws.workspace_id, m.user_id)
    message = chat.message_of(c, ws.workspace_id, m.user_id)
    [(conversation,)] = rows(
        c, "SELECT conversation_id FROM chat_messages WHERE id = :m", m=message
    )
    return m, token.json()["token"], conversation


def listen(c: Container, loop: asyncio.AbstractEventLoop, ws: str, user_id: str) -> Any:
    async def subscribe() -> Any:
        return c.bus.subscribe(ws, user_id)

    return loop.run_until_complete(subscribe())


def heard(loop: asyncio.AbstractEventLoop, sub: Any) -> list[tuple[str, dict[str, Any]]]:
    async def drain() -> list[tuple[str, dict[str, Any]]]:
        out = []
        while (event := await sub.next(0.2)) is not None:
            out.append((event.type, dict(event.data)))
        return out

    return loop.run_until_complete(drain())


def test_reassign_then_delete(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "offboard")
    admin = add_user(c, owner, Role.ADMIN)
    heir = add_user(c, owner, Role.MEMBER)
    sign_in(live, admin)
    as_admin = live.client(admin.token)
    leaver, api_token, group = leaver_with_data(live, owner)
    loop = asyncio.new_event_loop()
    heir_hears = listen(c, loop, owner.workspace_id, heir.user_id)
    leaver_hears = listen(c, loop, owner.workspace_id, leaver.user_id)

    r = as_admin.post(
        f"/api/v1/users/{leaver.user_id}/offboard",
        json={"mode": "reassign", "reassign_to": heir.user_id},
    )
    assert r.status_code == 200, r.text
    counts = r.json()["counts"]
    assert counts["sessions_revoked"] == 1 and counts["tokens_revoked"] == 1
    assert counts["contacts_reassigned"] == 1 and counts["voicemail_reassigned"] == 1
    assert counts["greetings_deleted"] == 1
    assert counts["chat_groups_left"] == 1 and counts["chat_groups_joined"] == 1
    # Their session and their API token are refused at once.
    for t in (leaver.token, api_token):
        assert live.client(t).get("/api/v1/me").status_code == 401
    # On the rows: contacts and voicemail are the heir's; the heir sits in the group in the
    # leaver's place; the leaver's messages keep their author.
    ws = owner.workspace_id
    assert rows(c, "SELECT owner_id FROM contacts WHERE workspace_id = :w", w=ws) == [
        (heir.user_id,)
    ]
    assert rows(c, "SELECT user_id FROM voicemail_messages WHERE workspace_id = :w", w=ws) == [
        (heir.user_id,)
    ]
    assert rows(c, "SELECT id FROM voicemail_greetings WHERE workspace_id = :w", w=ws) == []
    assert rows(c, "SELECT user_id FROM chat_members WHERE conversation_id = :g", g=group) == [
        (heir.user_id,)
    ]
    assert rows(c, "SELECT sender_id FROM chat_messages WHERE conversation_id = :g", g=group) == [
        (leaver.user_id,)
    ]
    [(status,)] = rows(c, "SELECT status FROM users WHERE id = :u", u=leaver.user_id)
    assert status == "disabled"
    # The receipt is an audit entry with the counts.
    receipt = r.json()["receipt_id"]
    entries = as_admin.get("/api/v1/audit", params={"action": "user.offboard"}).json()
    assert receipt in str(entries)
    # Re-running is safe: nothing left to move.
    again = as_admin.post(
        f"/api/v1/users/{leaver.user_id}/offboard",
        json={"mode": "reassign", "reassign_to": heir.user_id},
    )
    assert again.status_code == 200
    assert set(again.json()["counts"].values()) == {0}
    # Members' live connections were told, as when members are added and removed by hand.
    added = ("conversation.member_added", {"conversation_id": group, "user_id": heir.user_id})
    removed = ("conversation.member_removed", {"conversation_id": group, "user_id": leaver.user_id})
    by = {"by": admin.user_id}
    assert heard(loop, heir_hears) == [(added[0], {**added[1], **by})]
    assert heard(loop, leaver_hears) == [
        (added[0], {**added[1], **by}),
        (removed[0], {**removed[1], **by}),
    ]
    loop.close()

    # Delete: their personal contacts, voicemail, greeting and chat messages go.
    gone, _, group2 = leaver_with_data(live, owner)
    r = as_admin.post(f"/api/v1/users/{gone.user_id}/offboard", json={"mode": "delete"})
    assert r.status_code == 200, r.text
    counts = r.json()["counts"]
    assert counts["contacts_deleted"] == 1 and counts["voicemail_deleted"] == 1
    assert counts["chat_messages_deleted"] == 1 and counts["chat_groups_left"] == 1
    assert rows(c, "SELECT id FROM contacts WHERE owner_id = :u", u=gone.user_id) == []
    assert rows(c, "SELECT id FROM voicemail_messages WHERE user_id = :u", u=gone.user_id) == []
    assert rows(c, "SELECT id FROM chat_messages WHERE sender_id = :u", u=gone.user_id) == []
    assert rows(c, "SELECT user_id FROM chat_members WHERE conversation_id = :g", g=group2) == []
    # The heir's inherited data is untouched by the second offboarding.
    assert len(rows(c, "SELECT id FROM contacts WHERE owner_id = :u", u=heir.user_id)) == 1


def test_refusals(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "offboard-no")
    admin = add_user(c, owner, Role.ADMIN)
    member = add_user(c, owner, Role.MEMBER)
    sign_in(live, admin)
    sign_in(live, owner)
    as_admin, as_owner = live.client(admin.token), live.client(owner.token)
    url = f"/api/v1/users/{member.user_id}/offboard"
    # A successor is required for reassign, must be another active user, and is refused
    # for delete.
    assert as_admin.post(url, json={"mode": "reassign"}).status_code == 422
    r = as_admin.post(url, json={"mode": "reassign", "reassign_to": member.user_id})
    assert r.status_code == 422 and r.json()["error"]["field"] == "reassign_to"
    r = as_admin.post(url, json={"mode": "delete", "reassign_to": admin.user_id})
    assert r.status_code == 422
    # Admins cannot offboard owners; nobody offboards themselves.
    r = as_admin.post(f"/api/v1/users/{owner.user_id}/offboard", json={"mode": "delete"})
    assert r.status_code == 403
    r = as_owner.post(f"/api/v1/users/{owner.user_id}/offboard", json={"mode": "delete"})
    assert r.status_code == 403
    # Members cannot offboard anyone.
    sign_in(live, member)
    r = live.client(member.token).post(
        f"/api/v1/users/{admin.user_id}/offboard", json={"mode": "delete"}
    )
    assert r.status_code == 403
    # The last owner cannot be offboarded, not even by the operator.
    with pytest.raises(CallvaultError) as err:
        offboarding.offboard_user(
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            blobs=c.blobs,
            bus=c.bus,
            steps=c.offboarding_steps,
            actor=Actor.system(owner.workspace_id),
            user_id=owner.user_id,
            plan=OffboardIn(mode="delete"),
        )
    assert err.value.code == "last_owner"
    assert live.client(owner.token).get("/api/v1/me").status_code == 200
