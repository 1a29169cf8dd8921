"""The Makefile's two commands from a fresh clone: `make run` installs the product alone,
`make test` (and lint, bench) the `dev` extra too. Read from `make -n`, which prints the
recipes without running them, in a copy of the Makefile with no virtual environment yet."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _dry_run(tmp_path: Path, target: str) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(REPO / name, tmp_path / name)
    out = subprocess.run(
        ["make", "-n", target, "PY=python3"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    lines = out.splitlines()
    return [line for line in lines if "pip install" in line and "--upgrade pip" not in line]


def test_make_run_installs_the_product_without_test_tools(tmp_path: Path) -> None:
    installs = _dry_run(tmp_path, "run")
    assert installs == [".venv/bin/python -m pip install -q -e ."]


@pytest.mark.parametrize("target", ["test", "lint"])
def test_make_test_and_lint_install_the_dev_extra(tmp_path: Path, target: str) -> None:
    installs = _dry_run(tmp_path, target)
    assert installs == ['.venv/bin/python -m pip install -q -e ".[dev]"']


def test_make_bench_adds_the_bench_extra(tmp_path: Path) -> None:
    """pesq builds from source: only `make bench` needs it, not the suite's install."""
    installs = _dry_run(tmp_path, "bench")
    assert installs == [
        '.venv/bin/python -m pip install -q -e ".[dev]"',
        '.venv/bin/python -m pip install -q -e ".[dev,bench]"',
    ]
