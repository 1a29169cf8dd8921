"""Operator commands for retention: preview what a policy change would delete, sweep now,
and the sweep's health."""

from __future__ import annotations

from typing import Annotated

import typer

from callvault.cli.errors import fail
from callvault.cli.installation import open_installation
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.governance.retention import health, service
from callvault.governance.retention.sweep import run_sweep
from callvault.identity import repository as identity_repo
from callvault.wiring import Container

retention_app = typer.Typer(help="Retention policies and the sweep.", no_args_is_help=True)

KEEP = {"none", "null", "forever", "keep"}


def _changes(pairs: list[str]) -> dict[str, object]:
    """TYPE=DAYS pairs; DAYS 'none' (or 'forever') keeps that type until deleted."""
    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected TYPE=DAYS, got {pair!r}")
        if value.strip().lower() in KEEP:
            out[name.strip()] = None
            continue
        try:
            out[name.strip()] = int(value)
        except ValueError:
            raise typer.BadParameter(f"days must be a whole number or 'none': {pair!r}") from None
    return out


def _actor(c: Container, slug: str) -> Actor:
    with c.db.read() as s:
        ws = identity_repo.workspace_by_slug(s, slug)
    if ws is None:
        typer.echo(f"error: no workspace {slug!r}", err=True)
        raise typer.Exit(code=2)
    return Actor.system(ws.id, reason="cli")


Workspace = Annotated[str, typer.Option("--workspace", "-w", help="workspace slug")]
Sets = Annotated[
    list[str] | None, typer.Option("--set", help="TYPE=DAYS (or TYPE=none); repeatable")
]


@retention_app.command("preview")
def preview(workspace: Workspace, set_: Sets = None) -> None:
    """Items per data type the policy (current, with --set changes) would delete; saves nothing."""
    try:
        with open_installation() as c:
            actor = _actor(c, workspace)
            with c.db.read() as s:
                out = service.preview(
                    s, actor=actor, targets=c.retention_targets, changes=_changes(set_ or [])
                )
    except CallvaultError as exc:
        raise fail(exc) from exc
    for name, days in out.policies.items():
        kept = "keep until deleted" if days is None else f"{days} days"
        count = out.would_delete.get(name)
        typer.echo(f"{name:<17} {kept:<20} {'' if count is None else f'would delete {count}'}")
    typer.echo(f"total would delete {out.total}")


@retention_app.command("sweep")
def sweep() -> None:
    """Run the retention sweep now (the worker also runs it every hour)."""
    with open_installation() as c:
        purged = run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)
    total = sum(sum(per.values()) for per in purged.values())
    typer.echo(f"purged {total} item(s) in {len(purged)} workspace(s)")


@retention_app.command("status")
def status(workspace: Workspace) -> None:
    """Sweep health: last run, items past retention, failed or missed runs (exit 1 if not ok)."""
    with open_installation() as c:
        actor = _actor(c, workspace)
        with c.db.read() as s:
            out = health.sweep_status(s, actor=actor, targets=c.retention_targets)
    last = out.last_run
    typer.echo(f"last run: {last.status} at {last.started_at.isoformat()}" if last else "never")
    typer.echo(f"items past retention: {out.total_past_retention}")
    typer.echo("healthy" if out.healthy else f"problems: {', '.join(out.problems)}")
    if not out.healthy:
        raise typer.Exit(code=1)
