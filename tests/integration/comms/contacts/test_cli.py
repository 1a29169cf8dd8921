"""`callvault contacts import|export` on a fresh data directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from callvault.cli.main import app
from callvault.db.engine import Database
from tests.support.databases import empty_all_tables

pytestmark = pytest.mark.slow

OWNER = "boss@acme.example.com"


def test_import_with_row_errors_then_export(
    database_url: str, data_dir: Path, tmp_path: Path
) -> None:
    env = {"CALLVAULT_DATA_DIR": str(data_dir), "CALLVAULT_DATABASE_URL": database_url}
    run = CliRunner().invoke
    try:
        assert (
            run(app, ["init", "--workspace", "acme", "--owner-email", OWNER], env=env).exit_code
            == 0
        )
        source = tmp_path / "book.csv"
        # 520 people: the export reads contacts in batches of 500, so it crosses one.
        source.write_text(
            "name,phone,email\n"
            "Anna Smith,020 7946 0958,anna@example.com\n"
            "Bad Number,12,\n" + "".join(f"Person {i},,p{i}@example.com\n" for i in range(520))
        )
        r = run(
            app,
            [
                "contacts",
                "import",
                "--workspace",
                "acme",
                "--owner",
                OWNER,
                "--region",
                "GB",
                str(source),
            ],
            env=env,
        )
        assert r.exit_code == 1, r.output  # some rows failed; the good ones are in
        assert "522 rows: 521 created, 0 merged, 0 skipped, 1 failed" in r.output
        assert "row 2 (line 3)" in r.output and "invalid_phone_number" in r.output
        # The same file again creates nothing: every good row is already there.
        r = run(
            app,
            [
                *("contacts", "import", "--workspace", "acme", "--owner", OWNER),
                *("--region", "GB", str(source)),
            ],
            env=env,
        )
        assert "522 rows: 0 created, 0 merged, 521 skipped, 1 failed" in r.output, r.output
        assert "row 1 (line 2) skipped, duplicate" in r.output

        out = tmp_path / "out.vcf"
        r = run(
            app,
            ["contacts", "export", "--workspace", "acme", "--owner", OWNER, "--output", str(out)],
            env=env,
        )
        assert r.exit_code == 0, r.output
        exported = out.read_text()
        assert exported.count("BEGIN:VCARD") == 521 and "TEL;TYPE=VOICE:+442079460958" in exported
        assert out.stat().st_mode & 0o077 == 0

        r = run(app, ["contacts", "import", "--workspace", "acme", "--shared", str(out)], env=env)
        assert r.exit_code == 0 and "521 created, 0 merged, 0 skipped, 0 failed" in r.output
        r = run(
            app,
            ["contacts", "export", "--workspace", "acme", "--shared", "--format", "csv"],
            env=env,
        )
        assert r.exit_code == 0 and r.output.startswith("name,phones,emails,company,notes")
        assert "Anna Smith,'+442079460958,anna@example.com" in r.output

        bad = run(app, ["contacts", "import", "--workspace", "acme", str(source)], env=env)
        assert bad.exit_code == 2 and "--owner" in bad.output
        nobody = run(
            app,
            ["contacts", "import", "--workspace", "acme", "--owner", "x@y.example", str(source)],
            env=env,
        )
        assert nobody.exit_code == 2
    finally:
        db = Database.connect(database_url)
        empty_all_tables(db)
        db.dispose()
