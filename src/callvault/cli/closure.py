"""Operator commands for workspace closures: list requests and receipts, run due ones now."""

from __future__ import annotations

from typing import Annotated

import typer

from callvault.cli.installation import open_installation
from callvault.governance.closure.completion import complete_due_closures
from callvault.governance.closure.schemas import ClosureOut
from callvault.governance.closure.service import list_closures

closure_app = typer.Typer(help="Workspace closures and their receipts.", no_args_is_help=True)


def _line(c: ClosureOut) -> str:
    counts = ", ".join(f"{k}={v}" for k, v in sorted(c.counts.items()) if v)
    done = c.completed_at.isoformat() if c.completed_at else "-"
    return (
        f"{c.id}  {c.workspace_id}  {c.status:<9} due {c.due_at.isoformat()}  "
        f"completed {done}  {counts}"
    )


@closure_app.command("list")
def list_command(
    workspace_id: Annotated[str | None, typer.Option(help="Only this workspace id")] = None,
) -> None:
    """Closure requests and receipts (no personal data: ids, keyed slug hash, times, counts)."""
    with open_installation() as c, c.db.read() as s:
        rows = list_closures(s, workspace_id=workspace_id)
    for row in rows:
        typer.echo(_line(row))


@closure_app.command("run")
def run_command() -> None:
    """Complete every closure whose waiting period is over (what the scheduled job does)."""
    with open_installation() as c:
        receipts = complete_due_closures(c.db, keyring=c.keyring, blobs=c.blobs, audit=c.audit)
    for receipt in receipts:
        typer.echo(_line(receipt))
    typer.echo(f"{len(receipts)} closure(s) completed")
