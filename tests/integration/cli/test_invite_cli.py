"""`callvault user invite` and `user reset-password --link`: links printed by the operator's
CLI are accepted by the real server over HTTPS, and a re-sent link replaces the first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callvault.cli.main import app
from tests.support.databases import empty_all_tables
from tests.support.live import live_server, make_container

pytestmark = pytest.mark.slow

LINK = re.compile(r"https://127\.0\.0\.1:8443/invite/(cvi_[^#\s]+)")


def test_cli_links_are_accepted_by_the_server(database_url: str, data_dir: Path) -> None:
    env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
    run = CliRunner().invoke
    assert run(app, ["init", "--workspace", "acme"], env=env).exit_code == 0
    invite = ["user", "invite", "--workspace", "acme", "--email", "nia@acme.example.com"]
    r = run(app, invite, env=env)
    assert r.exit_code == 2 and "--name" in r.output  # a new user needs a name
    first = run(app, [*invite, "--name", "Nia"], env=env)
    assert first.exit_code == 0, first.output
    again = run(app, invite, env=env)  # re-sent: a new link replaces the first
    assert again.exit_code == 0, again.output
    first_match, again_match = LINK.search(first.output), LINK.search(again.output)
    assert first_match and again_match
    old_token, token = first_match.group(1), again_match.group(1)

    c = make_container(database_url, data_dir)
    try:
        with live_server(c) as live:
            accept = "/api/v1/invitations/accept"
            web = live.client()
            body = {"token": old_token, "password": "first chosen passphrase"}
            assert web.post(accept, json=body).status_code == 404
            body = {"token": token, "password": "first chosen passphrase"}
            assert web.post(accept, json=body).status_code == 204
            sign_in = {
                "workspace": "acme",
                "email": "nia@acme.example.com",
                "password": "first chosen passphrase",
            }
            assert web.post("/api/v1/auth/sign-in", json=sign_in).status_code == 201

            reset_cmd = ["user", "reset-password", "--workspace", "acme", "--link"]
            reset = run(app, [*reset_cmd, "--email", "nia@acme.example.com"], env=env)
            assert reset.exit_code == 0, reset.output
            reset_match = LINK.search(reset.output)
            assert reset_match
            assert web.post("/api/v1/auth/sign-in", json=sign_in).status_code == 401
            body = {"token": reset_match.group(1), "password": "second chosen passphrase"}
            assert web.post(accept, json=body).status_code == 204
            sign_in["password"] = "second chosen passphrase"
            assert web.post("/api/v1/auth/sign-in", json=sign_in).status_code == 201
    finally:
        empty_all_tables(c.db)
        c.close()
