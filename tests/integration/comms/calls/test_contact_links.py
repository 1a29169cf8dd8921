"""Calls and voicemail from a contact's number are linked to that contact, at ingestion and
whenever the contact is added, edited or deleted; a contact id the telephony side gives must
be a contact of the workspace. Through the real HTTPS API."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import delete, func, select

from callvault.comms.contacts.line_backfill import LINE_BACKFILL_JOB
from callvault.comms.contacts.models import ContactPoint
from callvault.jobs.queue import enqueue_job
from callvault.jobs.worker import Worker
from tests.integration.comms.calls.helpers import office, started
from tests.integration.comms.voicemail.helpers import deliver
from tests.support import audio
from tests.support import factories as f
from tests.support.live import LiveServer, create_workspace

pytestmark = pytest.mark.slow

EVENTS = "/api/v1/calls/events"
KNOWN = "+14155550100"
LATER = "+14155550177"


def _call(api: httpx.Client, caller: dict[str, str], callee: dict[str, str]) -> httpx.Response:
    return api.post(EVENTS, json=started(f.unique("ext"), caller=caller, callee=callee))


def _party(api: httpx.Client, call_id: str, side: str = "caller") -> dict[str, Any]:
    r = api.get(f"/api/v1/calls/{call_id}")
    assert r.status_code == 200, r.text
    party: dict[str, Any] = r.json()[side]
    return party


def _calls_of(api: httpx.Client, contact_id: str) -> set[str]:
    r = api.get("/api/v1/calls", params={"contact_id": contact_id})
    assert r.status_code == 200, r.text
    return {c["id"] for c in r.json()["calls"]}


def _voicemail_caller(api: httpx.Client, message_id: str) -> dict[str, Any]:
    r = api.get(f"/api/v1/voicemail/messages/{message_id}")
    assert r.status_code == 200, r.text
    caller: dict[str, Any] = r.json()["caller"]
    return caller


def test_calls_and_voicemail_follow_the_contacts_numbers(live: LiveServer) -> None:
    o = office(live)
    admin, alice, bob = (live.client(m.token) for m in (o.admin, o.alice, o.bob))
    to_alice = {"user_id": o.alice.user_id}

    shared = admin.post(
        "/api/v1/contacts", json={"name": "Acme Supplies", "phones": [KNOWN], "shared": True}
    ).json()
    r = _call(admin, {"number": "+1 (415) 555-0100"}, to_alice)
    assert r.status_code == 200, r.text
    known_call = r.json()["call_id"]
    assert _party(admin, known_call) == {
        "kind": "contact",
        "contact_id": shared["id"],
        "number": KNOWN,
        "user_id": None,
        "contact_name": "Acme Supplies",
    }
    assert _calls_of(admin, shared["id"]) == {known_call}
    vm = deliver(admin, o.alice.user_id, audio.wav_bytes(0.5), caller_number=KNOWN)
    assert vm.status_code == 201, vm.text
    assert vm.json()["caller"]["contact_id"] == shared["id"]
    assert _voicemail_caller(alice, vm.json()["id"])["contact_name"] == "Acme Supplies"
    (listed,) = alice.get("/api/v1/voicemail/messages").json()["messages"]
    assert listed["caller"]["contact_name"] == "Acme Supplies"

    # Calls and voicemail that came before the contact are linked when it is added...
    early = _call(admin, {"number": LATER}, to_alice).json()["call_id"]
    early_vm = deliver(admin, o.alice.user_id, audio.wav_bytes(0.5), caller_number=LATER).json()
    assert _party(admin, early)["contact_id"] is None
    later = admin.post(
        "/api/v1/contacts", json={"name": "Later Ltd", "phones": [LATER], "shared": True}
    ).json()
    assert _party(admin, early)["contact_id"] == later["id"]
    assert _calls_of(admin, later["id"]) == {early}
    assert _voicemail_caller(alice, early_vm["id"])["contact_id"] == later["id"]

    # ...unlinked when the number leaves it, linked again when it comes back...
    assert admin.patch(f"/api/v1/contacts/{later['id']}", json={"phones": []}).status_code == 200
    assert _party(admin, early) == {
        "kind": "number",
        "number": LATER,
        "contact_id": None,
        "user_id": None,
        "contact_name": None,
    }
    assert _calls_of(admin, later["id"]) == set()
    assert _voicemail_caller(alice, early_vm["id"])["kind"] == "number"
    admin.patch(f"/api/v1/contacts/{later['id']}", json={"phones": [LATER]})
    assert _calls_of(admin, later["id"]) == {early}

    # ...and unlinked when it is deleted.
    assert admin.delete(f"/api/v1/contacts/{later['id']}").status_code == 200
    assert _party(admin, early)["contact_id"] is None
    assert _voicemail_caller(alice, early_vm["id"])["contact_id"] is None

    # A personal contact links its owner's calls only, and a shared one comes first.
    mine = bob.post("/api/v1/contacts", json={"name": "Bob's plumber", "phones": [LATER]}).json()
    bobs = _call(admin, {"number": LATER}, {"user_id": o.bob.user_id}).json()["call_id"]
    alices = _call(admin, {"number": LATER}, to_alice).json()["call_id"]
    assert _party(admin, bobs)["contact_id"] == mine["id"]
    # Only Bob may read his contact: the call log names it for him alone.
    assert _party(admin, bobs)["contact_name"] is None
    assert _party(bob, bobs)["contact_name"] == "Bob's plumber"
    listed = {c["id"]: c["caller"] for c in bob.get("/api/v1/calls").json()["calls"]}
    assert listed[bobs]["contact_name"] == "Bob's plumber"
    listed = {c["id"]: c["caller"] for c in admin.get("/api/v1/calls").json()["calls"]}
    assert listed[bobs]["contact_name"] is None and listed[bobs]["number"] == LATER
    assert listed[known_call]["contact_name"] == "Acme Supplies"
    audited = admin.get("/api/v1/audit", params={"action": "call.list"}).json()["entries"]
    assert audited[0]["details"]["contacts_named"] == 1  # a count, never the names
    assert _party(admin, alices)["contact_id"] is None
    assert _party(admin, early)["contact_id"] is None
    again = admin.post(
        "/api/v1/contacts", json={"name": "Later Again", "phones": [LATER], "shared": True}
    ).json()
    assert _calls_of(admin, again["id"]) == {early, bobs, alices}

    # An import links too.
    fresh = _call(admin, {"number": "+14155550188"}, to_alice).json()["call_id"]
    r = admin.post(
        "/api/v1/contacts/import",
        params={"shared": "true"},
        content="name,phone\nImported Co,+1 415 555 0188\n",
        headers={"content-type": "text/csv"},
    )
    assert r.status_code == 200 and r.json()["created"] == 1, r.text
    assert _party(admin, fresh)["contact_id"] == r.json()["contact_ids"][0]


def test_contact_ids_must_be_the_workspaces(live: LiveServer) -> None:
    o = office(live)
    admin = live.client(o.admin.token)
    other = create_workspace(live.container, "globex")
    foreign_admin = live.client(
        f.session_token(live.container, other.workspace_id, other.user_id)[0]
    )
    foreign = foreign_admin.post(
        "/api/v1/contacts", json={"name": "Theirs", "phones": [KNOWN], "shared": True}
    ).json()["id"]
    random_id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    answers = []
    for contact_id in (foreign, random_id):
        r = _call(admin, {"contact_id": contact_id}, {"user_id": o.alice.user_id})
        assert r.status_code == 422, r.text
        answers.append(r.json()["error"])
        vm = deliver(admin, o.alice.user_id, audio.wav_bytes(0.5), caller_contact_id=contact_id)
        assert vm.status_code == 422, vm.text
        answers.append(vm.json()["error"])
    assert {a["code"] for a in answers} == {"unknown_contact"}
    # The same answer whether the id exists elsewhere or nowhere.
    assert answers[0] == answers[2] and answers[1] == answers[3]
    assert admin.get("/api/v1/calls").json()["calls"] == []

    ours = admin.post("/api/v1/contacts", json={"name": "Ours", "shared": True}).json()["id"]
    r = _call(admin, {"contact_id": ours}, {"user_id": o.alice.user_id})
    assert r.status_code == 200, r.text
    call_id = r.json()["call_id"]
    assert _party(admin, call_id)["contact_id"] == ours
    # A deleted contact is no longer named by the calls that named it.
    admin.delete(f"/api/v1/contacts/{ours}")
    assert _party(admin, call_id)["kind"] == "unknown"


def test_contacts_from_before_linking_are_indexed_by_the_backfill_job(live: LiveServer) -> None:
    """A contact stored before calls were linked by number (no "line" points) gets them from
    the scheduled job, and the calls with its number are linked; a second run changes
    nothing."""
    o = office(live)
    admin = live.client(o.admin.token)
    old = admin.post(
        "/api/v1/contacts", json={"name": "Old Card", "phones": [KNOWN], "shared": True}
    ).json()
    db = live.container.db
    with db.write() as s:  # as stored by a version that did not index lines
        s.execute(delete(ContactPoint).where(ContactPoint.kind == "line"))
    call = _call(admin, {"number": KNOWN}, {"user_id": o.alice.user_id}).json()["call_id"]
    assert _party(admin, call)["contact_id"] is None

    for _ in range(2):  # the second run finds nothing left to index
        with db.write() as s:
            enqueue_job(s, kind=LINE_BACKFILL_JOB, payload={})
        assert Worker(db, live.container.jobs, lease_seconds=30).run_once()
    assert _party(admin, call)["contact_id"] == old["id"]
    with db.read() as s:
        lines = s.scalar(
            select(func.count()).select_from(ContactPoint).where(ContactPoint.kind == "line")
        )
    assert lines == 1
