"""`callvault contacts import|export`: bulk contacts from and to CSV or vCard files.

Imports stream the file and commit in batches, so a large address book neither sits in
memory nor holds the database's write lock for the whole run; a progress bar follows the
bytes read, and each bad row is reported with its row and line number."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from callvault.cli.installation import open_installation
from callvault.comms.contacts import importers, transfer
from callvault.comms.contacts.schemas import FileFormat, RowError, Scope
from callvault.core.context import Actor
from callvault.core.errors import CallvaultError
from callvault.core.permissions import SYSTEM_ROLE
from callvault.identity import repository as identity_repo
from callvault.identity import service as identity
from callvault.wiring import Container

app = typer.Typer(help="Contacts: import and export address books.", no_args_is_help=True)
BATCH = 500

Workspace = Annotated[str, typer.Option(help="Workspace slug")]
Owner = Annotated[str | None, typer.Option(help="Email of the user whose personal contacts")]
Shared = Annotated[bool, typer.Option("--shared", help="The workspace's shared contacts")]
FormatOption = Annotated[FileFormat | None, typer.Option("--format", help="csv or vcard")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


def _actor(c: Container, workspace: str, owner: str | None, shared: bool) -> Actor:
    """The operator, acting on one user's personal contacts or on the shared ones."""
    if shared == (owner is not None):
        raise _fail("give exactly one of --owner EMAIL or --shared")
    with c.db.read() as s:
        ws = identity_repo.workspace_by_slug(s, workspace)
        if ws is None:
            raise _fail(f"no workspace {workspace!r}")
        if owner is None:
            return Actor.system(ws.id, reason="cli")
        cipher = c.keyring.cipher(s, ws.id)
        try:
            index = identity.email_index(cipher, identity.normalise_email(owner))
        except CallvaultError as exc:
            raise _fail(exc.message) from exc
        user = identity_repo.user_by_email_index(s, ws.id, index)
    if user is None:
        raise _fail(f"no user {owner!r} in that workspace")
    return Actor(
        workspace_id=ws.id, actor_type="system", actor_id="cli", role=SYSTEM_ROLE, user_id=user.id
    )


def _format_of(path: Path, fmt: FileFormat | None) -> FileFormat:
    if fmt is not None:
        return fmt
    return "vcard" if path.suffix.lower() in (".vcf", ".vcard") else "csv"


def _counted(handle: TextIO, progress: Progress, task: TaskID) -> Iterator[str]:
    for line in handle:
        progress.advance(task, len(line.encode("utf-8")))
        yield line


def _print_error(console: Console, e: RowError) -> None:
    where = f"{e.field}: " if e.field and not e.reason.startswith(e.field) else ""
    console.print(f"[red]row {e.row} (line {e.line})[/red] {e.code}: {where}{e.reason}")


@app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    workspace: Workspace,
    owner: Owner = None,
    shared: Shared = False,
    fmt: FormatOption = None,
    region: Annotated[str | None, typer.Option(help="Default region, e.g. GB")] = None,
) -> None:
    """Import a CSV (header row) or vCard file: rows sharing a number or email with an
    existing contact are merged into it (or skipped when they add nothing), the others
    created; each merged, skipped and bad row is listed."""
    kind = _format_of(file, fmt)
    console = Console(stderr=True)
    with open_installation() as c:
        actor = _actor(c, workspace, owner, shared)
        rows = imported = created = merged = skipped = 0
        failed: list[RowError] = []
        progress = Progress(
            TextColumn("importing"),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=console,
        )
        try:
            with progress, file.open(encoding="utf-8-sig", newline="") as handle:
                task = progress.add_task("import", total=file.stat().st_size)
                records = importers.parse(kind, _counted(handle, progress, task))
                while batch := list(itertools.islice(records, BATCH)):
                    with c.db.write() as s:
                        report = transfer.import_contacts(
                            s,
                            keyring=c.keyring,
                            audit=c.audit,
                            actor=actor,
                            fmt=kind,
                            records=batch,
                            shared=shared,
                            region=region,
                            max_rows=None,
                        )
                    rows += report.rows
                    imported += report.imported
                    created += report.created
                    merged += report.merged
                    skipped += report.skipped
                    failed += report.errors
                    for m in report.merged_rows:
                        progress.console.print(
                            f"row {m.row} (line {m.line}) merged into {m.contact_id}: "
                            f"added {', '.join(m.added)}"
                        )
                    for k in report.skipped_rows:
                        progress.console.print(
                            f"[yellow]row {k.row} (line {k.line})[/yellow] skipped, "
                            f"{k.code}: {k.reason} ({', '.join(k.contact_ids)})"
                        )
                    for e in report.errors:
                        _print_error(progress.console, e)
        except UnicodeDecodeError:
            raise _fail(f"{file} is not UTF-8 text ({imported} contacts imported before)") from None
        except CallvaultError as exc:
            raise _fail(f"[{exc.code}] {exc.message} ({imported} imported before)") from exc
    typer.echo(
        f"{rows} rows: {created} created, {merged} merged, {skipped} skipped, {len(failed)} failed"
    )
    if failed:
        raise typer.Exit(code=1)


@app.command("export")
def export_file(
    workspace: Workspace,
    owner: Owner = None,
    shared: Shared = False,
    fmt: FormatOption = None,
    output: Annotated[Path | None, typer.Option(help="File to write; default stdout")] = None,
) -> None:
    """Export personal (--owner) or shared (--shared) contacts as CSV or vCard."""
    kind: FileFormat = fmt or (_format_of(output, None) if output else "csv")
    with open_installation() as c:
        actor = _actor(c, workspace, owner, shared)
        scope: Scope = "shared" if shared else "mine"
        try:
            vis = transfer.start_export(c.db, audit=c.audit, actor=actor, fmt=kind, scope=scope)
            chunks = transfer.export_lines(c.db, keyring=c.keyring, actor=actor, fmt=kind, vis=vis)
            if output is None:
                for chunk in chunks:
                    sys.stdout.write(chunk)
                return
            with output.open("w", encoding="utf-8", newline="") as out:
                out.writelines(chunks)
            output.chmod(0o600)  # contact details: readable by the operator only
        except CallvaultError as exc:
            raise _fail(f"[{exc.code}] {exc.message}") from exc
    typer.echo(f"wrote {output}", err=True)
