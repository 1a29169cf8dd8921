"""Admin pages for operations: keys (versions, last and next rotation, rotate now after a
confirmation), jobs and voice-intelligence pipeline failures (requeue, retry), and the
workspace's closure (re-entered password, the countdown, cancel)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from callvault.intelligence.pipeline import state
from callvault.jobs import queue
from tests.e2e.web.browser import WebApp, nav_section
from tests.support.live import PASSWORD, create_workspace
from tests.support.matrix import plain_call
from tests.support.vi_factories import seed_transcript


def test_owner_rotates_keys_after_confirming(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-keys")
    page, _ = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Keys").click()
    facts = page.get_by_role("definition")
    expect(facts.first).to_have_text("version 1")
    days = web.live.container.settings.key_rotation_days
    expect(page.get_by_text(f"(every {days} days)")).to_be_visible()
    web.check_page(page, "admin-keys")

    page.get_by_role("button", name="Rotate keys now").click()
    question = page.get_by_role("group", name="Rotate the workspace's keys now?")
    question.get_by_role("button", name="Rotate", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(
        "Rotated: key-encryption key version 2, content key version 2"
    )
    expect(facts.first).to_have_text("version 2")
    keys = page.get_by_role("table", name="Data keys").locator("tbody tr")
    expect(keys.filter(has=page.get_by_role("cell", name="2", exact=True))).not_to_have_count(0)


def test_admin_requeues_a_dead_job_and_retries_a_failed_stage(web: WebApp) -> None:
    c = web.live.container
    owner = create_workspace(c, "web-jobs")
    other = create_workspace(c, "web-jobs-other")
    with c.db.write() as s:
        mine = queue.enqueue(s, kind="contacts.import", workspace_id=owner.workspace_id, payload={})
        queue.cancel(s, mine)
        theirs = queue.enqueue(s, kind="theirs.job", workspace_id=other.workspace_id, payload={})
        queue.cancel(s, theirs)
    call_id = plain_call(c, owner.workspace_id, owner.user_id)
    transcript_id = seed_transcript(c, owner.workspace_id, "call", call_id)
    with c.db.write() as s:
        row = state.for_source(s, owner.workspace_id, "call", call_id)
        assert row is not None
        state.mark(
            s, transcript_id, row.generation, "index", state.FAILED, reason="<b>index full</b>"
        )

    page, _ = web.signed_in_page(owner, width=390)  # phone width
    page.goto(web.url + "/admin/jobs")
    stats = page.get_by_role("definition")
    expect(stats.first).to_have_text("1")  # dead
    jobs = page.get_by_role("region", name="Jobs").locator("table.list tbody tr")
    expect(jobs).to_have_count(1)  # the other workspace's dead job is not listed
    expect(jobs).to_contain_text("contacts.import")
    expect(jobs).to_contain_text("cancelled")
    failures = page.get_by_role("region", name="Voice-intelligence pipeline failures")
    failure = failures.locator("table.list tbody tr")
    expect(failure).to_have_count(1)
    expect(failure).to_contain_text("<b>index full</b>")  # the reason is text
    expect(failure.get_by_role("link", name=f"Call {call_id[:8]}")).to_be_visible()
    web.check_page(page, "admin-jobs-phone")

    jobs.get_by_role("button", name=f"Requeue contacts.import job {mine[:8]}").click()
    expect(page.get_by_role("status").filter(has_text="Requeued.")).to_be_visible()
    expect(page.get_by_text("No jobs in this state.")).to_be_visible()
    page.get_by_label("State").select_option("queued")
    expect(jobs.filter(has_text="contacts.import")).to_have_count(1)

    failure.get_by_role("button", name=f"Retry from analyse: index of call {call_id[:8]}").click()
    expect(failures.get_by_text("No pipeline failures.")).to_be_visible()
    with c.db.read() as s:
        assert queue.get_job(s, theirs).status == "dead"  # type: ignore[union-attr]
        stages = {r.stage: r.state for r in state.stages_of(s, transcript_id)}
    assert stages["analyse"] == state.QUEUED and stages["index"] == state.QUEUED


def test_owner_starts_closure_sees_the_countdown_and_cancels(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-closure")
    page, watcher = web.signed_in_page(owner)
    page.goto(web.url + "/")
    nav_section(page, "Admin").get_by_role("link", name="Closure").click()
    form = page.get_by_role("form", name="Close the workspace")
    password = form.get_by_label("Your password (to confirm it is you)")
    web.check_page(page, "admin-closure")

    # Nothing is asked or sent without a password; a wrong one is refused, and kept.
    form.get_by_role("button", name="Start closure").click()
    expect(form.get_by_role("group")).to_have_count(0)
    watcher.allow_http(403)
    password.fill("not my password")
    form.get_by_role("button", name="Start closure").click()
    form.get_by_role("button", name="Yes, close it").click()
    expect(form.get_by_role("alert")).to_be_visible()
    expect(password).to_have_value("not my password")
    expect(page.get_by_role("heading", name="Closure requested")).to_have_count(0)

    password.fill(PASSWORD)
    form.get_by_role("button", name="Start closure").click()
    form.get_by_role("button", name="Yes, close it").click()
    pending = page.get_by_role("region", name="Closure requested")
    countdown = pending.locator(".countdown")
    expect(countdown).to_have_text(re.compile(r"^\d+ d \d+ h \d+ min \d+ s$|^\d+ h \d+ min \d+ s$"))
    first = countdown.inner_text()
    expect(countdown).not_to_have_text(first)  # it ticks
    expect(page.get_by_text("Workspace status: closing")).to_be_visible()
    web.check_page(page, "admin-closure-pending")

    pending.get_by_role("button", name="Cancel the closure").click()
    expect(page.get_by_role("status")).to_have_text(
        "The closure was cancelled; nothing was deleted."
    )
    expect(page.get_by_role("form", name="Close the workspace")).to_be_visible()
