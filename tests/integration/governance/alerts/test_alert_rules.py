"""Security alerts (ADR 0048) from real requests: each rule raises its alert at its threshold
and stays quiet below it; a continuing attack updates one alert; acknowledging is audited;
alerts' own entries raise nothing; another workspace's activity never shows; members cannot
list alerts."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from callvault.core.permissions import Role
from tests.support import audio
from tests.support.alerts import evaluate, recordings_for
from tests.support.live import (
    PASSWORD,
    LiveServer,
    Member,
    add_user,
    create_workspace,
    sign_in,
)
from tests.support.mfa import enrol

pytestmark = pytest.mark.slow


def alerts(client: httpx.Client, **params: str) -> list[dict[str, Any]]:
    r = client.get("/api/v1/audit/alerts", params=params)
    assert r.status_code == 200, r.text
    found: list[dict[str, Any]] = r.json()["alerts"]
    return found


def by_rule(client: httpx.Client, rule: str) -> list[dict[str, Any]]:
    return [a for a in alerts(client) if a["rule"] == rule]


# Saved without a request to the provider (discovery happens at sign-in).
SSO = {
    "issuer": "https://idp.example.com",
    "client_id": "callvault",
    "client_secret": "a client secret",
    "allowed_domains": ["lowered.example.com"],
}


def wrong_sign_in(live: LiveServer, m: Member) -> None:
    r = live.client().post(
        "/api/v1/auth/sign-in",
        json={"workspace": m.slug, "email": m.email, "password": "not the password at all"},
    )
    assert r.status_code == 401, r.text


def test_probing_raises_one_alert_that_a_continuing_attack_updates(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "probed")
    member = add_user(c, owner, Role.MEMBER)
    other = create_workspace(c, "bystander")
    as_owner = live.client(sign_in(live, owner))
    as_member = live.client(sign_in(live, member))
    for _ in range(9):  # one below the threshold
        assert as_member.get("/api/v1/audit").status_code == 403
    evaluate(c)
    assert by_rule(as_owner, "repeated_denials") == []

    assert as_member.post("/api/v1/audit/verify").status_code == 403  # the tenth
    evaluate(c)
    [alert] = by_rule(as_owner, "repeated_denials")
    assert alert["severity"] == "warning" and alert["status"] == "open"
    assert alert["subject"] == member.user_id and alert["count"] == 10
    assert member.user_id in alert["summary"]
    # Every alert links to its entries: the ten denials, in the owner's audit log.
    denials = as_owner.get(
        "/api/v1/audit", params={"action": "access.denied", "actor_id": member.user_id}
    ).json()["entries"]
    assert sorted(e["seq"] for e in alert["evidence"]) == sorted(e["seq"] for e in denials)
    link = alert["audit_link"]
    assert (link["action"], link["actor_id"]) == ("access.denied", member.user_id)

    for _ in range(5):  # the attack goes on: the same alert, counted on
        assert as_member.get("/api/v1/keys").status_code == 403
    evaluate(c)
    [alert] = by_rule(as_owner, "repeated_denials")
    assert alert["count"] == 15 and len(alert["evidence"]) == 15

    raised = as_owner.get("/api/v1/audit", params={"action": "alert."}).json()["entries"]
    assert [e["action"] for e in raised] == ["alert.raised"]  # one, not one per run
    assert raised[0]["object_id"] == alert["id"]

    # Another workspace sees none of it, and its own alert list is empty.
    as_other = live.client(sign_in(live, other))
    assert alerts(as_other) == []
    assert as_other.post(f"/api/v1/audit/alerts/{alert['id']}/acknowledge").status_code == 404
    # Members cannot list alerts (and the refusal is itself audited, as every one is).
    assert as_member.get("/api/v1/audit/alerts").status_code == 403


def test_acknowledging_is_audited_and_alert_entries_raise_nothing(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "acked")
    member = add_user(c, owner, Role.MEMBER)
    auditor = add_user(c, owner, Role.AUDITOR)
    as_owner = live.client(sign_in(live, owner))
    as_auditor = live.client(sign_in(live, auditor))
    as_member = live.client(sign_in(live, member))
    for _ in range(10):
        assert as_member.get("/api/v1/audit").status_code == 403
    evaluate(c)
    [alert] = by_rule(as_auditor, "repeated_denials")  # auditors read them
    # ...but acknowledging is for owners and admins.
    assert as_auditor.post(f"/api/v1/audit/alerts/{alert['id']}/acknowledge").status_code == 403
    r = as_owner.post(f"/api/v1/audit/alerts/{alert['id']}/acknowledge")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "acknowledged" and r.json()["acknowledged_by"] == owner.user_id
    again = as_owner.post(f"/api/v1/audit/alerts/{alert['id']}/acknowledge")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "alert_already_acknowledged"
    entries = as_owner.get("/api/v1/audit", params={"action": "alert."}).json()["entries"]
    assert [e["action"] for e in entries] == ["alert.acknowledged", "alert.raised"]
    assert entries[0]["actor_id"] == owner.user_id
    assert alerts(as_owner, status="open") == []
    assert [a["id"] for a in alerts(as_owner, status="acknowledged")] == [alert["id"]]

    # Only alert entries (and the reads above) since: nothing new is raised from them.
    evaluate(c)
    assert [a["id"] for a in alerts(as_owner)] == [alert["id"]]


def test_wrong_passwords_against_one_account(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "guessed")
    target = add_user(c, owner, Role.MEMBER)
    as_owner = live.client(sign_in(live, owner))
    for _ in range(4):
        wrong_sign_in(live, target)
    evaluate(c)
    assert by_rule(as_owner, "sign_in_attack") == []
    wrong_sign_in(live, target)  # the fifth: the throttle's free guesses are used up
    evaluate(c)
    [alert] = by_rule(as_owner, "sign_in_attack")
    assert alert["subject_type"] == "account" and alert["subject"] == target.user_id
    assert alert["count"] == 5 and alert["audit_link"]["object_id"] == target.user_id
    assert by_rule(as_owner, "password_spraying") == []  # one account only


def test_wrong_passwords_re_entered_in_a_signed_in_session(live: LiveServer) -> None:
    # A hijacked session guessing its user's password at a protected change.
    c = live.container
    owner = create_workspace(c, "hijacked")
    as_owner = live.client(sign_in(live, owner))
    for _ in range(5):
        r = as_owner.put("/api/v1/workspace/sso", json=SSO | {"password": "a wrong guess"})
        assert r.status_code == 403 and r.json()["error"]["code"] == "reauthentication_failed"
    evaluate(c)
    [alert] = by_rule(as_owner, "sign_in_attack")
    assert alert["subject"] == owner.user_id and alert["count"] == 5


def test_password_spraying_from_one_address(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "sprayed")
    users = [add_user(c, owner, Role.MEMBER) for _ in range(4)]
    as_owner = live.client(sign_in(live, owner))
    for user in users[:3]:
        wrong_sign_in(live, user)
    evaluate(c)
    assert by_rule(as_owner, "password_spraying") == []
    wrong_sign_in(live, users[3])
    evaluate(c)
    [alert] = by_rule(as_owner, "password_spraying")
    assert alert["severity"] == "critical" and alert["subject_type"] == "address"
    # The address only as a keyed hash: never in clear in the alert.
    assert "127.0.0.1" not in str(alert) and len(alert["subject"]) == 64
    assert alert["count"] == 4 and "4 different accounts" in alert["summary"]


def test_reading_many_recordings(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "pulled")
    reader = add_user(c, owner, Role.ADMIN)
    as_owner = live.client(sign_in(live, owner))
    as_reader = live.client(sign_in(live, reader))
    ids = recordings_for(c, owner.workspace_id, reader.user_id, 30, audio.wav_bytes(0.05))
    for recording_id in ids[:29]:
        assert as_reader.get(f"/api/v1/recordings/{recording_id}/audio").status_code == 200
        # The same recording again (a seek): one item, not two.
        assert as_reader.get(f"/api/v1/recordings/{ids[0]}/audio").status_code == 200
    evaluate(c)
    assert by_rule(as_owner, "mass_access") == []
    assert as_reader.get(f"/api/v1/recordings/{ids[29]}/audio").status_code == 200
    evaluate(c)
    [alert] = by_rule(as_owner, "mass_access")
    assert alert["subject"] == reader.user_id and "30 different" in alert["summary"]
    assert alert["count"] == 59


def test_protections_lowered_raise_one_alert_each(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "lowered")
    member = add_user(c, owner, Role.MEMBER)
    as_owner = live.client(sign_in(live, owner))
    evaluate(c)  # the set-up (the founding owner is no alert)
    assert alerts(as_owner) == []
    password = {"password": PASSWORD}
    enrol(as_owner)  # requiring two-step sign-in takes the owner's own first
    assert as_owner.put("/api/v1/workspace/mfa-policy", json={"required": True}).is_success
    lifted = as_owner.put("/api/v1/workspace/mfa-policy", json={"required": False, **password})
    assert lifted.status_code == 200, lifted.text
    assert as_owner.patch(f"/api/v1/users/{member.user_id}", json={"role": "admin"}).is_success
    token = as_owner.post("/api/v1/tokens", json={"name": "ops", "scopes": ["users.manage"]})
    assert token.status_code == 201, token.text
    assert as_owner.post("/api/v1/tokens", json={"name": "r", "scopes": ["workspace.read"]})
    r = as_owner.post(f"/api/v1/users/{member.user_id}/password-reset", json=password)
    assert r.status_code == 201, r.text
    r = as_owner.post(f"/api/v1/users/{member.user_id}/mfa-reset", json=password)
    assert r.status_code == 204, r.text
    assert as_owner.post("/api/v1/keys/rotate").status_code == 200
    assert as_owner.put("/api/v1/workspace/sso", json=SSO | password).status_code == 200
    evaluate(c)
    got = {a["rule"]: a for a in alerts(as_owner)}
    assert set(got) == {
        "mfa_requirement_lifted",
        "privileged_role_granted",
        "admin_token_created",
        "password_reset",
        "factor_reset",
        "keys_rotated",
        "sso_changed",
    }
    assert got["keys_rotated"]["severity"] == "info"
    assert got["mfa_requirement_lifted"]["severity"] == "critical"
    assert got["privileged_role_granted"]["subject"] == member.user_id
    assert "admin" in got["privileged_role_granted"]["summary"]
    assert "users.manage" in got["admin_token_created"]["summary"]
    assert all(a["count"] == 1 and len(a["evidence"]) == 1 for a in got.values())


def test_closure_started_is_critical(live: LiveServer) -> None:
    c = live.container
    owner = create_workspace(c, "closing")
    as_owner = live.client(sign_in(live, owner))
    evaluate(c)
    r = as_owner.post("/api/v1/workspace/closure", json={"password": PASSWORD})
    assert r.status_code in (200, 201, 202), r.text
    evaluate(c)
    [alert] = alerts(as_owner)
    assert (alert["rule"], alert["severity"]) == ("closure_started", "critical")
    assert alert["audit_link"]["action"] == "workspace.close_request"
    assert owner.user_id in alert["summary"]
