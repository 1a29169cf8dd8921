"""How every command reports a domain error: its code and message on stderr, exit status 2."""

from __future__ import annotations

import typer

from callvault.core.errors import CallvaultError


def fail(exc: CallvaultError) -> typer.Exit:
    """Print the error; return the Exit to raise (`raise fail(exc) from exc`)."""
    typer.echo(f"error [{exc.code}]: {exc.message}", err=True)
    return typer.Exit(code=2)
