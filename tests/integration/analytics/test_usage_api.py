"""The usage figures through the real HTTPS API on both databases, against known calls:
exact counts per day, direction and disposition, the rates and handle time, hours and
busiest users; group filter and supervisor scoping; members, auditors and reviewers 403;
another workspace's calls never counted; bad ranges 422 with a message saying what is
wrong; the CSV carries the same figures; a bar's drill-down lists exactly its calls."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from callvault.intelligence.models import Transcript
from tests.integration.analytics.helpers import office
from tests.support import vi_factories as vi
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow

USAGE = "/api/v1/analytics/usage"
RANGE = {"start": "2026-11-02", "end": "2026-11-04"}


def usage(api: httpx.Client, **params: str) -> dict[str, Any]:
    r = api.get(USAGE, params={**RANGE, **params})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def by_day(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["day"]: d for d in body["days"]}


def test_admin_sees_the_workspace_figures_exactly(live: LiveServer) -> None:
    o = office(live)
    body = usage(live.client(o.owner.token))
    assert body["time_zone"] == "UTC" and body["scope"] == "workspace"
    assert body["since"] == "2026-11-02T00:00:00Z" and body["until"] == "2026-11-05T00:00:00Z"
    days = by_day(body)
    assert list(days) == ["2026-11-02", "2026-11-03", "2026-11-04"]
    d2, d3, d4 = days.values()
    assert d2["calls"] == 3
    assert d2["by_direction"] == {"inbound": 2, "outbound": 1, "internal": 0, "unknown": 0}
    assert d2["by_disposition"] == {
        "answered": 2, "missed": 1, "voicemail": 0, "rejected": 0, "failed": 0, "in_progress": 0
    }  # fmt: skip
    assert d2["minutes"] == round((125 + 20 + 65) / 60, 2)
    assert d3["by_direction"]["inbound"] == 1 and d3["by_direction"]["internal"] == 1
    assert d3["by_disposition"]["voicemail"] == 1 and d3["by_disposition"]["answered"] == 1
    # The call at 23:59:59 on the 4th counts there; the one at 00:00 on the 5th nowhere.
    assert d4["calls"] == 1 and d4["by_disposition"]["rejected"] == 1
    t = body["totals"]
    assert (t["calls"], t["ended"], t["answered"], t["missed"], t["voicemail"]) == (6, 6, 3, 1, 1)
    assert t["answer_rate"] == 0.5
    assert t["missed_rate"] == round(1 / 6, 4)
    assert t["average_handle_seconds"] == (120 + 60 + 300) / 3
    assert t["minutes"] == round((125 + 20 + 65 + 30 + 305 + 10) / 60, 2)
    assert t["minutes_transcribed"] == 0
    hours = {h["hour"]: h["calls"] for h in body["hours"]}
    assert len(hours) == 24
    assert {h: n for h, n in hours.items() if n} == {9: 2, 10: 1, 14: 1, 23: 2}
    users = {u["name"]: (u["calls"], u["talk_minutes"]) for u in body["busiest_users"]}
    assert users == {"Mia One": (3, 7.0), "Moe Three": (3, 5.0), "Max Two": (1, 1.0)}
    assert [u["calls"] for u in body["busiest_users"]] == [3, 3, 1]


def test_minutes_transcribed_come_from_the_calls_transcripts(live: LiveServer) -> None:
    o = office(live)
    c = live.container
    vi.seed_transcript(c, o.owner.workspace_id, "call", o.calls["m1_answered"])
    vi.seed_transcript(c, o.owner.workspace_id, "call", o.calls["after"])  # outside the range
    with c.db.read() as s:
        ms = s.scalar(
            select(Transcript.duration_ms).where(Transcript.call_id == o.calls["m1_answered"])
        )
    assert ms
    body = usage(live.client(o.owner.token))
    assert body["totals"]["minutes_transcribed"] == round(ms / 60_000, 2)


def test_supervisor_sees_their_teams_calls_only(live: LiveServer) -> None:
    o = office(live)
    body = usage(live.client(o.supervisor.token))
    assert body["scope"] == "teams"
    t = body["totals"]
    # m1's two, m2's, and the internal call m3 -> m1 (m1 is on the team); not m3's own.
    assert (t["calls"], t["answered"], t["missed"], t["voicemail"]) == (4, 3, 1, 0)
    users = {u["name"]: u["calls"] for u in body["busiest_users"]}
    assert users == {"Mia One": 3, "Max Two": 1}  # only the team is ranked


def test_group_filter(live: LiveServer) -> None:
    o = office(live)
    admin, sup = live.client(o.owner.token), live.client(o.supervisor.token)
    team = usage(admin, group_id=o.team)
    assert team["group_id"] == o.team and team["totals"]["calls"] == 4
    assert team["totals"] == usage(sup, group_id=o.team)["totals"]
    other = usage(admin, group_id=o.other_team)
    assert (other["totals"]["calls"], other["totals"]["voicemail"]) == (3, 1)
    assert [u["name"] for u in other["busiest_users"]] == ["Moe Three"]
    # A group the supervisor does not supervise: refused, saying why.
    r = sup.get(USAGE, params={**RANGE, "group_id": o.other_team})
    assert r.status_code == 403, r.text
    assert "groups you supervise" in r.json()["error"]["message"]
    # Another workspace's group does not exist here.
    r = admin.get(USAGE, params={**RANGE, "group_id": o.other_workspace_group})
    assert r.status_code == 404, r.text
    assert r.json()["error"]["code"] == "not_found"
    # ... and the call log's group filter finds none of this workspace's calls through it.
    r = admin.get("/api/v1/calls", params={"group_id": o.other_workspace_group})
    assert r.status_code == 200 and r.json()["calls"] == []
    r = admin.get("/api/v1/calls", params={"group_id": o.other_team})
    assert {c["id"] for c in r.json()["calls"]} == {
        o.calls[k] for k in ("m3_voicemail", "internal", "m3_rejected")
    }


def test_other_roles_are_refused(live: LiveServer) -> None:
    o = office(live)
    for m in (o.m1, o.auditor):
        for path in (USAGE, USAGE + "/export"):
            r = live.client(m.token).get(path, params=RANGE)
            assert r.status_code == 403, (m.role, path, r.text)
            assert "Mia" not in r.text and "calls" not in r.json()


@pytest.mark.parametrize(
    ("params", "field", "says"),
    [
        ({"start": "2026-11-05", "end": "2026-11-04"}, "start", "after it ends"),
        ({"start": "2026-01-01", "end": "2026-04-30"}, "end", "at most 92 days"),
        ({"start": "2026-02-30"}, "start", ""),
        ({"end": "tomorrow"}, "end", ""),
        ({"group_id": "not-a-uuid"}, "group_id", ""),
        ({"start": "0001-01-01", "end": "0001-01-02"}, "end", "between the years"),
        ({"end": "9999-12-31"}, "end", "between the years"),
    ],
)
def test_bad_ranges_are_422_with_a_clear_message(
    live: LiveServer, params: dict[str, str], field: str, says: str
) -> None:
    o = office(live)
    for path in (USAGE, USAGE + "/export"):
        r = live.client(o.owner.token).get(path, params=params)
        assert r.status_code == 422, r.text
        assert field in r.text
        assert says in r.json()["error"]["message"]


def test_range_defaults_to_the_last_30_days_and_accepts_92(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.owner.token)
    r = api.get(USAGE)
    assert r.status_code == 200, r.text
    assert len(r.json()["days"]) == 30
    longest = usage(api, start="2026-09-01", end="2026-12-01")
    assert len(longest["days"]) == 92
    assert longest["totals"]["calls"] == 7  # the 5 Nov call too


def test_csv_export_carries_the_same_figures(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.owner.token)
    body = usage(api)
    r = api.get(USAGE + "/export", params=RANGE)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="usage-2026-11-02-2026-11-04.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    figures = {(x["figure"], x["day"], x["direction"], x["disposition"]): x["value"] for x in rows}
    assert figures[("calls", "2026-11-02", "", "")] == "3"
    assert figures[("calls_by_disposition", "2026-11-02", "", "missed")] == "1"
    assert figures[("calls_by_direction", "2026-11-03", "internal", "")] == "1"
    assert figures[("answer_rate", "", "", "")] == str(body["totals"]["answer_rate"])
    by_user = {x["user"]: x["value"] for x in rows if x["figure"] == "calls_by_user"}
    assert by_user == {"Mia One": "3", "Moe Three": "3", "Max Two": "1"}
    audit = api.get("/api/v1/audit", params={"action": "analytics.export"})
    assert audit.status_code == 200 and len(audit.json()["entries"]) == 1


def test_drill_down_lists_exactly_the_calls_behind_a_bar(live: LiveServer) -> None:
    """A bar (day x disposition or direction, with the group filter) links to the call log
    with its since/until and the same filters: the log lists the calls it counted."""
    o = office(live)
    for who, group in ((o.owner, None), (o.supervisor, None), (o.owner, o.team)):
        api = live.client(who.token)
        params = {"group_id": group} if group else {}
        body = usage(api, **params)
        for day in body["days"]:
            for disposition, n in day["by_disposition"].items():
                if disposition == "in_progress":
                    continue
                r = api.get(
                    "/api/v1/calls",
                    params={
                        "since": day["since"],
                        "until": day["until"],
                        "disposition": disposition,
                        **params,
                    },
                )
                assert r.status_code == 200, r.text
                assert len(r.json()["calls"]) == n, (who.role, day["day"], disposition)
            for direction, n in day["by_direction"].items():
                if direction == "unknown":
                    continue
                r = api.get(
                    "/api/v1/calls",
                    params={
                        "since": day["since"],
                        "until": day["until"],
                        "direction": direction,
                        **params,
                    },
                )
                assert len(r.json()["calls"]) == n, (who.role, day["day"], direction)
