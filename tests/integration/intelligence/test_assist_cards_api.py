"""The assist-card API through a real server: CRUD, who may, other workspaces, bad input, the
audit trail, and the sealed storage (no card text in the table)."""

from __future__ import annotations

from sqlalchemy import select

from callvault.audit.models import AuditEvent
from callvault.core.permissions import Role
from callvault.intelligence.assist.models import AssistCardRow
from tests.support import factories as f
from tests.support.live import LiveServer, add_user, create_workspace

URL = "/api/v1/intelligence/assist-cards"
CARD = {
    "title": "Retention offer",
    "body": "Offer two months free before cancelling.",
    "link": "https://kb.example.com/retention",
    "phrases": ["cancel my account"],
    "keywords": ["competitor"],
    "speaker": "customer",
}


def token(live: LiveServer, m: object) -> str:
    return f.session_token(live.container, m.workspace_id, m.user_id)[0]  # type: ignore[attr-defined]


def test_admins_manage_cards_and_every_change_is_audited(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "cards")
    admin = add_user(c, owner, Role.ADMIN)
    http = live.client(token(live, admin))

    r = http.post(URL, json=CARD)
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["version"] == 1 and made["enabled"] is True
    assert {k: made[k] for k in CARD} == CARD

    r = http.put(f"{URL}/{made['id']}", json={**CARD, "enabled": False, "link": None})
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2 and r.json()["enabled"] is False and r.json()["link"] is None
    assert [x["id"] for x in http.get(URL).json()["cards"]] == [made["id"]]

    with c.db.read() as s:
        row = s.get(AssistCardRow, made["id"])
        assert row is not None and b"Retention" not in row.sealed and b"cancel" not in row.sealed

    assert http.delete(f"{URL}/{made['id']}").status_code == 204
    assert http.get(URL).json()["cards"] == []
    assert http.delete(f"{URL}/{made['id']}").json()["error"]["code"] == "assist_card_not_found"
    with c.db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.object_id == made["id"])
        ).all()
    assert sorted(actions) == [
        "intelligence.assist_card.create",
        "intelligence.assist_card.delete",
        "intelligence.assist_card.update",
    ]


def test_only_admins_and_only_their_workspace(live: LiveServer) -> None:
    c = live.container
    a = create_workspace(c, "cards-a")
    b = create_workspace(c, "cards-b")
    b_admin = live.client(token(live, b))
    theirs = b_admin.post(URL, json=CARD).json()["id"]
    for role in (Role.SUPERVISOR, Role.MEMBER, Role.AUDITOR, Role.REVIEWER):
        http = live.client(token(live, add_user(c, a, role)))
        assert http.get(URL).status_code == 403, role
        assert http.post(URL, json=CARD).status_code == 403, role
    owner = live.client(token(live, a))
    assert owner.get(URL).json()["cards"] == []
    assert owner.put(f"{URL}/{theirs}", json=CARD).status_code == 404
    assert owner.delete(f"{URL}/{theirs}").status_code == 404
    assert [x["title"] for x in b_admin.get(URL).json()["cards"]] == ["Retention offer"]


BAD = [
    ({"link": "http://kb.example.com"}, "link"),
    ({"link": "javascript:alert(1)"}, "link"),
    ({"title": ""}, "title"),
    ({"body": "x" * 1001}, "body"),
    ({"speaker": "robot"}, "speaker"),
    ({"phrases": [], "keywords": []}, "phrases"),
    ({"term_ids": ["00000000-0000-4000-8000-000000000000"]}, "term_ids"),
    ({"colour": "red"}, "colour"),
]


def test_bad_input_is_refused_with_the_field(live: LiveServer) -> None:
    owner = create_workspace(live.container, "cards-bad")
    http = live.client(token(live, owner))
    for change, field in BAD:
        r = http.post(URL, json={**CARD, **change})
        assert r.status_code == 422, (change, r.text)
        assert field in r.text, (change, r.text)
    assert http.get(URL).json()["cards"] == []
