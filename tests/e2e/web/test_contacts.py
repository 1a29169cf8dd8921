"""Contacts: create, search, edit; a failed save keeps what was typed."""

from __future__ import annotations

from playwright.sync_api import expect

from callvault.core.permissions import Role
from tests.e2e.web.browser import WebApp
from tests.support.live import add_user, create_workspace


def test_create_search_and_edit_a_contact(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-contacts")
    member = add_user(web.live.container, owner, Role.MEMBER)
    page, watcher = web.signed_in_page(member)
    page.goto(web.url + "/contacts")
    expect(page.get_by_text("No contacts yet.")).to_be_visible()

    page.get_by_role("button", name="New contact").click()
    form = page.get_by_role("form", name="New contact")
    form.get_by_label("Name").fill("Anna Smith")
    form.get_by_label("Company").fill("Zentrix")
    form.get_by_label("Phone numbers (one a line)").fill("not a number")
    watcher.allow_http(422)
    form.get_by_role("button", name="Save contact").click()
    expect(form.get_by_role("alert")).to_be_visible()
    expect(form.get_by_label("Name")).to_have_value("Anna Smith")  # nothing typed is lost
    web.check_page(page, "contacts-form-error")
    # A national number is read in the country given (the browser's own until changed).
    form.get_by_label("Phone numbers (one a line)").fill("+14155550123\n020 7946 0000")
    form.get_by_label("Country of numbers without +country code").fill("GB")
    form.get_by_role("button", name="Save contact").click()
    expect(form).to_have_count(0)

    page.get_by_role("button", name="New contact").click()
    page.get_by_role("form", name="New contact").get_by_label("Name").fill("Bob Jones")
    page.get_by_role("button", name="Save contact").click()
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(2)
    web.check_page(page, "contacts")

    page.get_by_role("searchbox", name="Search by name").fill("ann sm")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(web.url + "/contacts?q=ann+sm")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Anna Smith")
    expect(rows.first).to_contain_text("+14155550123")
    expect(rows.first).to_contain_text("+442079460000")

    page.get_by_role("button", name="Edit Anna Smith").click()
    edit = page.get_by_role("form", name="Edit Anna Smith")
    edit.get_by_label("Company").fill("Northwind")
    edit.get_by_role("button", name="Save contact").click()
    expect(rows.first).to_contain_text("Northwind")


def test_import_shows_the_row_report_and_export_downloads(web: WebApp) -> None:
    owner = create_workspace(web.live.container, "web-import")
    member = add_user(web.live.container, owner, Role.MEMBER)
    page, _ = web.signed_in_page(member)
    page.goto(web.url + "/contacts")
    page.get_by_text("Import and export").click()
    csv = (
        "name,phone,email\n"
        "Carla Diaz,+14155550161,carla@example.com\n"
        "Dan Broken,not a phone,\n"
        "Carla D.,+14155550161,\n"
        "Ewan Price,020 7946 0018,\n"  # national: read in the country the form gives
    )
    page.get_by_label("Import contacts (CSV with a header row, or vCard)").set_input_files(
        {"name": "people.csv", "mimeType": "text/csv", "buffer": csv.encode()}
    )
    page.get_by_label("Country of numbers without +country code").fill("GB")
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("2 created, 0 merged, 1 skipped, 1 failed.")
    failed = page.get_by_role("table", name="Rows not imported").locator("tbody tr")
    expect(failed).to_have_count(1)
    expect(failed.first.locator("td").first).to_have_text("2")
    expect(failed.first.locator("td").nth(2)).to_have_text("phone 1")
    skipped = page.get_by_role("table", name="Rows skipped").locator("tbody tr")
    expect(skipped).to_have_count(1)  # row 3: Carla's number again, nothing new
    expect(skipped.first.locator("td").first).to_have_text("3")
    expect(skipped.first).to_contain_text("already holds")
    expect(page.locator("table.list td.contact-name")).to_have_text(["Carla Diaz", "Ewan Price"])
    ewan = page.locator("table.list tbody tr").filter(has_text="Ewan Price")
    expect(ewan).to_contain_text("+442079460018")
    expect(ewan).to_contain_text("only you")  # imported as the member's own contacts
    web.check_page(page, "contacts-import")

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    exported = download.value.path().read_text()
    assert "Carla Diaz" in exported
    assert "+14155550161" in exported
