"""The call-log page is serialised from plain dicts, with no `CallOut` validated per row
(issue 14: a quarter of the page's CPU). What leaves the server must still be byte for byte
what the declared `CallPageOut` renders, for every kind of row: each kind of party, missing
times, microseconds, tags, notes, a cursor; and a stored value the model would refuse is
refused here too, never passed through."""

from __future__ import annotations

from sqlalchemy import update

from callvault.comms.calls import service as calls
from callvault.comms.calls.models import Call
from callvault.comms.calls.schemas import CallFilterIn, CallPageOut
from callvault.comms.contacts import service as contacts
from callvault.comms.contacts.schemas import ContactIn
from callvault.core.context import Actor
from callvault.core.permissions import Role
from tests.integration.comms.calls.helpers import answered, ended, seed, started
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace


def _rendered_by_model(body: bytes) -> bytes:
    return CallPageOut.model_validate_json(body).model_dump_json().encode()


def test_pages_are_exactly_what_the_model_renders(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, f.unique("ws")[:30])
    ws = owner.workspace_id
    token = f.session_token(c, ws, owner.user_id)[0]
    with c.db.write() as s:
        contacts.create_contact(
            s,
            keyring=c.keyring,
            audit=c.audit,
            actor=Actor.system(ws),
            data=ContactIn(name="Zoë Ng", phones=["+14155550123"], shared=True),
        )
    ids = seed(
        c,
        ws,
        [
            # a user calling a known contact's number, answered, with tags
            started(
                "j-1",
                minute=0.123457,
                caller={"user_id": owner.user_id},
                callee={"number": "+14155550123"},
                tags=["vip", "follow_up-2"],
            ),
            answered("j-1", minute=0.5),
            ended("j-1", minute=3.000001),
            # an unknown number calling a user, missed (no answer time)
            started(
                "j-2",
                minute=5,
                caller={"number": "+442071838750"},
                callee={"user_id": owner.user_id},
                direction="inbound",
            ),
            ended("j-2", minute=6, disposition="missed"),
            # ended before it started: no parties known yet, no duration
            ended("j-3", minute=9, disposition="answered"),
        ],
    )
    api = live.client(token)
    notes = api.patch(f"/api/v1/calls/{ids[0]}", json={"notes": "née <b>bold</b>"})
    assert notes.status_code == 200, notes.text

    first = api.get("/api/v1/calls", params={"limit": 2})
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "application/json"
    assert first.content == _rendered_by_model(first.content)
    page = first.json()
    kinds = {p["kind"] for call in page["calls"] for p in (call["caller"], call["callee"])}
    assert kinds == {"unknown", "number", "user"}
    assert page["next_cursor"]

    rest = api.get("/api/v1/calls", params={"limit": 2, "cursor": page["next_cursor"]})
    assert rest.status_code == 200, rest.text
    assert rest.content == _rendered_by_model(rest.content)
    (last,) = rest.json()["calls"]
    assert (last["caller"]["kind"], last["callee"]["kind"]) == ("user", "contact")
    assert last["callee"]["number"] == "+14155550123" and last["tags"] == ["follow_up-2", "vip"]
    assert last["has_notes"] is True and last["notes"] is None  # notes only on one call's read
    assert rest.json()["next_cursor"] is None

    # The service's model (other callers) and the route's bytes agree.
    member = Actor(
        workspace_id=ws,
        actor_type="user",
        actor_id=owner.user_id,
        role=Role.OWNER,
        user_id=owner.user_id,
    )
    model = calls.list_calls(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=member,
        filters=CallFilterIn(),
        cursor=None,
        limit=2,
    )
    assert model.model_dump_json().encode() == first.content


def test_a_stored_value_the_model_would_refuse_fails_the_page(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, f.unique("ws")[:30])
    token = f.session_token(c, owner.workspace_id, owner.user_id)[0]
    (call_id,) = seed(c, owner.workspace_id, [started("bad-1", caller={"user_id": owner.user_id})])
    with c.db.write() as s:
        s.execute(update(Call).where(Call.id == call_id).values(direction="sideways"))
    api = live.client(token)
    r = api.get("/api/v1/calls")
    assert r.status_code == 500
    assert "sideways" not in r.text
