"""Only `callvault init` creates a data directory. Every other command, run where there is
none (or only an empty one), exits 2 naming the path it looked at and how to point it
elsewhere, and leaves nothing behind: no keyring, no database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from callvault.cli.main import app

pytestmark = pytest.mark.slow

# One invocation per command (any required arguments filled in), all but `init`.
COMMANDS: dict[str, list[str]] = {
    "serve": [],
    "worker": [],
    "media": [],
    "workspace create": ["--slug", "acme", "--name", "Acme", "--owner-email", "o@acme.example"],
    "workspace list": [],
    "user add": ["--workspace", "acme", "--email", "m@acme.example", "--name", "Mia"],
    "user list": ["--workspace", "acme"],
    "user disable": ["--workspace", "acme", "--email", "m@acme.example"],
    "user invite": ["--workspace", "acme", "--email", "m@acme.example", "--name", "Mia"],
    "user reset-password": ["--workspace", "acme", "--email", "m@acme.example"],
    "user unlock": ["--workspace", "acme", "--email", "m@acme.example"],
    "user reset-mfa": ["--workspace", "acme", "--email", "m@acme.example"],
    "keys rotate": [],
    "audit verify": [],
    "jobs stats": [],
    "jobs list": [],
    "jobs requeue": ["00000000-0000-7000-8000-000000000000"],
    "contacts import": ["--workspace", "acme", "--shared", "{csv}"],
    "contacts export": ["--workspace", "acme", "--shared"],
    "closure list": [],
    "closure run": [],
    "retention preview": ["-w", "acme"],
    "retention sweep": [],
    "retention status": ["-w", "acme"],
    "training export": ["--to", "{out}"],
    "backup": ["--to", "{out}"],
    "restore": ["--from", "{out}"],
}


def _leaf_commands(group: Any, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for name, command in group.commands.items():
        if hasattr(command, "commands"):  # a group (typer vendors its own click)
            names |= _leaf_commands(command, f"{prefix}{name} ")
        else:
            names.add(f"{prefix}{name}")
    return names


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A current directory with no installation, and no CALLVAULT_* settings in the air."""
    for name in ("DATA_DIR", "CONFIG", "DATABASE_URL", "KEYRING_PATH", "BLOB_DIR"):
        monkeypatch.delenv(f"CALLVAULT_{name}", raising=False)
    cwd = tmp_path / "somewhere-else"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def _argv(name: str, tmp_path: Path) -> list[str]:
    csv = tmp_path / "book.csv"
    csv.write_text("name,phone\nAnna,+442079460958\n")
    fill = {"{csv}": str(csv), "{out}": str(tmp_path / "out")}
    return [*name.split(), *(fill.get(a, a) for a in COMMANDS[name])]


def test_every_command_but_init_is_listed_here() -> None:
    group = typer.main.get_command(app)
    # A new command must open the installation with cli.installation.open_installation
    # (never `initialise`) and be added to COMMANDS.
    assert _leaf_commands(group) - {"init"} == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_command_but_init_creates_a_data_directory(
    elsewhere: Path, tmp_path: Path, name: str
) -> None:
    r = CliRunner().invoke(app, _argv(name, tmp_path))
    assert r.exit_code == 2, r.output
    assert "not_initialised" in r.output
    assert str(elsewhere / "var") in r.output  # the path it looked at
    assert "CALLVAULT_DATA_DIR" in r.output and "CALLVAULT_CONFIG" in r.output
    assert not (elsewhere / "var").exists()
    assert not (tmp_path / "out").exists()


def test_an_empty_data_directory_gets_no_new_keyring(elsewhere: Path) -> None:
    empty = elsewhere / "data"
    empty.mkdir()
    r = CliRunner().invoke(app, ["workspace", "list"], env={"CALLVAULT_DATA_DIR": str(empty)})
    assert r.exit_code == 2
    assert f"No callvault keyring at {empty / 'keyring.json'}" in r.output
    assert "from CALLVAULT_DATA_DIR" in r.output
    assert list(empty.iterdir()) == []


def test_a_config_file_is_named_and_init_then_opens_it(elsewhere: Path) -> None:
    config = elsewhere / "callvault.toml"
    config.write_text(f'data_dir = "{elsewhere / "state"}"\n')
    env = {"CALLVAULT_CONFIG": str(config)}
    r = CliRunner().invoke(app, ["workspace", "list"], env=env)
    assert r.exit_code == 2
    assert str(config) in r.output and str(elsewhere / "state") in r.output
    assert not (elsewhere / "state").exists()
    assert CliRunner().invoke(app, ["init", "--workspace", "acme"], env=env).exit_code == 0
    listed = CliRunner().invoke(app, ["workspace", "list"], env=env)
    assert listed.exit_code == 0 and "acme" in listed.output
