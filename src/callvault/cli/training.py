"""`callvault training export --to DIR`: the operator's training-data export (instance-level,
every workspace that consents; see ADR 0009). Runs here by default, or as a worker job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from callvault.cli.errors import fail
from callvault.cli.installation import open_installation
from callvault.core.errors import CallvaultError
from callvault.governance.training.jobs import queue_export
from callvault.governance.training.service import request_export, run_export
from callvault.identity import repository as identity_repo
from callvault.wiring import Container

training_app = typer.Typer(help="AI training data (consented calls only).", no_args_is_help=True)


def _workspace_ids(c: Container, slugs: list[str]) -> list[str] | None:
    if not slugs:
        return None
    ids = []
    with c.db.read() as s:
        for slug in slugs:
            ws = identity_repo.workspace_by_slug(s, slug)
            if ws is None:
                typer.echo(f"error: no workspace {slug!r}", err=True)
                raise typer.Exit(code=2)
            ids.append(ws.id)
    return ids


@training_app.command("export")
def export(
    to: Annotated[Path, typer.Option(help="New or empty directory to write into")],
    workspace: Annotated[
        list[str] | None, typer.Option(help="Only these workspace slugs (default: all)")
    ] = None,
    queue: Annotated[bool, typer.Option("--queue", help="Run it in the worker")] = False,
) -> None:
    """Export consented, redacted, anonymised utterances (JSONL) with WAV clips."""
    with open_installation() as c:
        target = to.resolve()
        if queue:
            if workspace:
                typer.echo("error: --workspace cannot be combined with --queue", err=True)
                raise typer.Exit(code=2)
            with c.db.write() as s:
                export_id = queue_export(s, requested_by="cli", to=target)
            typer.echo(f"queued training export {export_id} into {target}")
            return
        ids = _workspace_ids(c, workspace or [])
        with c.db.write() as s:
            export_id = request_export(s, requested_by="cli")
        try:
            row = run_export(
                c.db,
                keyring=c.keyring,
                blobs=c.blobs,
                audit=c.audit,
                export_id=export_id,
                to=target,
                workspace_ids=ids,
            )
        except CallvaultError as exc:
            raise fail(exc) from exc
        typer.echo(
            f"training export {export_id}: {row.calls} call(s), {row.items} item(s) in {target}"
            + (f"; {row.withdrawn} withdrawn by a consent change" if row.withdrawn else "")
        )
