"""The consent ledger: privacy-first defaults, the most restrictive level wins, every change
recorded (and audited), and the effective state at any past moment."""

from __future__ import annotations

import time

from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.core.permissions import Role
from callvault.governance.consent import service as consent
from callvault.governance.consent.schemas import Level, Setting
from callvault.identity import groups
from callvault.wiring import Container
from tests.support import factories as f
from tests.support.consent_factories import opt_in_workspace, set_consent
from tests.support.live import LiveServer, add_user, create_workspace, sign_in

TRAIN = Setting.AI_TRAINING


def _effective(c: Container, ws: str, user_id: str, at: object = None) -> dict[Setting, bool]:
    with c.db.read() as s:
        return consent.effective(
            s,
            actor=Actor.system(ws),
            user_id=user_id,
            as_of=at,  # type: ignore[arg-type]
        ).allowed


def test_defaults_are_opted_out_until_the_workspace_opts_in(container: Container) -> None:
    ws = create_workspace(container, "consent-default")
    user = f.user_without_password(container, ws.workspace_id)
    assert _effective(container, ws.workspace_id, user) == dict.fromkeys(Setting, False)
    opt_in_workspace(container, ws.workspace_id)
    assert _effective(container, ws.workspace_id, user) == dict.fromkeys(Setting, True)


def test_any_group_or_the_user_opting_out_wins(container: Container) -> None:
    ws = create_workspace(container, "consent-levels")
    w = ws.workspace_id
    user = f.user_without_password(container, w)
    f.group_with_member(container, w, user)
    strict = f.group_with_member(container, w, user)
    opt_in_workspace(container, w)
    set_consent(container, w, Level.GROUP, strict, TRAIN, False)
    assert _effective(container, w, user)[TRAIN] is False
    set_consent(container, w, Level.GROUP, strict, TRAIN, True)
    set_consent(container, w, Level.USER, user, TRAIN, True)  # a user can't widen
    set_consent(container, w, Level.WORKSPACE, w, TRAIN, False)
    assert _effective(container, w, user)[TRAIN] is False
    set_consent(container, w, Level.WORKSPACE, w, TRAIN, True)
    set_consent(container, w, Level.USER, user, TRAIN, False)
    assert _effective(container, w, user) == {TRAIN: False, Setting.MANUAL_REVIEW: True}


def test_history_and_as_of(container: Container) -> None:
    ws = create_workspace(container, "consent-history")
    w = ws.workspace_id
    user = f.user_without_password(container, w)
    before = utcnow()
    time.sleep(0.002)
    set_consent(container, w, Level.WORKSPACE, w, TRAIN, True)
    time.sleep(0.002)
    opted_in = utcnow()
    time.sleep(0.002)
    set_consent(container, w, Level.USER, user, TRAIN, False)
    time.sleep(0.002)
    opted_out = utcnow()
    set_consent(container, w, Level.USER, user, TRAIN, False)  # a repeat records nothing
    assert _effective(container, w, user, before)[TRAIN] is False
    assert _effective(container, w, user, opted_in)[TRAIN] is True
    assert _effective(container, w, user, opted_out)[TRAIN] is False
    with container.db.read() as s:
        history = consent.history(s, actor=Actor.system(w))
        audited = s.scalars(
            select(AuditEvent.object_type).where(
                AuditEvent.workspace_id == w, AuditEvent.action == "consent.changed"
            )
        ).all()
    assert [(i.level, i.allowed) for i in history.items] == [
        (Level.USER, False),
        (Level.WORKSPACE, True),
    ]
    assert all(i.actor_id == "system" and i.changed_at for i in history.items)
    assert sorted(audited) == ["user", "workspace"]


def test_as_of_uses_the_group_memberships_of_that_moment(container: Container) -> None:
    """A user who joined an opted-out group later was allowed before; one who left it was
    blocked while a member; a deleted group still counted while it existed."""
    c = container
    w = create_workspace(c, "consent-groups").workspace_id
    admin = Actor.system(w)
    joiner, leaver = (f.user_without_password(c, w) for _ in range(2))
    with c.db.write() as s:
        strict = groups.create_group(s, audit=c.audit, actor=admin, name="Strict").id
        groups.set_group_member(
            s, audit=c.audit, actor=admin, group_id=strict, user_id=leaver, is_supervisor=False
        )
    opt_in_workspace(c, w)
    set_consent(c, w, Level.GROUP, strict, TRAIN, False)
    time.sleep(0.002)
    before = utcnow()
    time.sleep(0.002)
    with c.db.write() as s:
        groups.set_group_member(
            s, audit=c.audit, actor=admin, group_id=strict, user_id=joiner, is_supervisor=False
        )
        groups.remove_group_member(s, audit=c.audit, actor=admin, group_id=strict, user_id=leaver)
    assert _effective(c, w, joiner, before)[TRAIN] is True
    assert _effective(c, w, joiner)[TRAIN] is False
    assert _effective(c, w, leaver, before)[TRAIN] is False
    assert _effective(c, w, leaver)[TRAIN] is True
    time.sleep(0.002)
    member_then = utcnow()
    time.sleep(0.002)
    with c.db.write() as s:
        groups.delete_group(s, audit=c.audit, actor=admin, group_id=strict)
    assert _effective(c, w, joiner)[TRAIN] is True
    assert _effective(c, w, joiner, member_then)[TRAIN] is False


def test_api_users_set_their_own_admins_the_workspace(live: LiveServer) -> None:
    c = live.container
    ws = create_workspace(c, "consent-api")
    member = add_user(c, ws, Role.MEMBER)
    other = add_user(c, ws, Role.MEMBER)
    admin = live.client(sign_in(live, ws))
    me = live.client(sign_in(live, member))
    body = {"setting": "ai_training", "allowed": True}
    assert me.put("/api/v1/consent/workspace", json=body).status_code == 403
    assert admin.put("/api/v1/consent/workspace", json=body).status_code == 200
    r = me.put(f"/api/v1/consent/users/{member.user_id}", json={**body, "allowed": False})
    assert r.status_code == 200 and r.json()["settings"]["ai_training"]["allowed"] is False
    assert me.get(f"/api/v1/consent/users/{other.user_id}").status_code == 404
    r = admin.get(f"/api/v1/consent/users/{member.user_id}/effective")
    assert r.json()["allowed"] == {"ai_training": False, "manual_review": False}
    assert r.json()["blocked_by"]["ai_training"] == ["user"]
    assert r.json()["blocked_by"]["manual_review"] == ["workspace"]
    past = admin.get(
        f"/api/v1/consent/users/{member.user_id}/effective",
        params={"as_of": "2001-01-01T00:00:00Z"},
    )
    assert past.json()["allowed"]["ai_training"] is False
    assert len(admin.get("/api/v1/consent/history").json()["items"]) == 2
    bad = admin.put("/api/v1/consent/workspace", json={"setting": "everything", "allowed": 1})
    assert bad.status_code == 422
