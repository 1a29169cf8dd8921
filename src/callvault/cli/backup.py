"""`callvault backup --to DIR` and `callvault restore --from DIR`: the database and the
encrypted blobs, checksummed. The keyring is backed up on its own, never here (ADR 0003)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from callvault.audit.restore import acknowledge_restore
from callvault.cli.errors import fail
from callvault.core.errors import CallvaultError
from callvault.core.installation import require_installation, require_keyring
from callvault.core.settings import Settings
from callvault.governance.backup.errors import BlobsInObjectStorage
from callvault.governance.backup.service import restore_backup, take_backup
from callvault.governance.closure.completion import adopt_shredded, complete_closure
from callvault.identity import lifecycle
from callvault.wiring import initialise, prepare_data_dir


def backup(
    to: Annotated[Path, typer.Option("--to", help="A new or empty directory")],
) -> None:
    """Back up the database and the blob directory (not the keyring) into DIR."""
    settings = Settings()
    try:
        _require_local_blobs(settings, "backup")
        require_installation(settings)
        report = take_backup(
            database_url=settings.effective_database_url,
            blob_dir=settings.effective_blob_dir,
            target=to.expanduser().resolve(),
        )
    except CallvaultError as exc:
        raise fail(exc) from exc
    typer.echo(
        f"backed up {report.backend} database ({report.database_bytes} bytes) and "
        f"{report.blobs} blob(s) ({report.blob_bytes} bytes) to {report.directory}\n"
        f"{_keys_elsewhere(settings)}"
    )


def _keys_elsewhere(settings: Settings) -> str:
    if settings.kms_provider == "vault":
        return (
            f"the keys are not in it: they are in Vault ({settings.vault_url}, transit mount "
            f"{settings.vault_transit_mount!r}, keys {settings.vault_key_prefix}.*); back Vault "
            "up with its own snapshots"
        )
    return f"the keyring ({settings.effective_keyring_path}) is not in it: back it up separately"


def restore(
    source: Annotated[Path, typer.Option("--from", help="A directory made by `backup`")],
    force: Annotated[bool, typer.Option(help="Replace a non-empty database and blob dir")] = False,
) -> None:
    """Verify a backup's checksums and restore it into the configured database and blob dir."""
    settings = Settings()
    try:
        _require_local_blobs(settings, "restore")
        # Restoring starts a data directory only next to the keyring restored from its own
        # backup: with a new keyring, the restored data could never be read.
        require_keyring(settings)
        prepare_data_dir(settings)
        report = restore_backup(
            source=source.expanduser().resolve(),
            database_url=settings.effective_database_url,
            blob_dir=settings.effective_blob_dir,
            force=force,
        )
    except CallvaultError as exc:
        raise fail(exc) from exc
    typer.echo(
        f"restored {report.backend} database ({report.database_bytes} bytes, "
        f"{report.workspaces} workspace(s)) and {report.blobs} blob(s) from a backup taken "
        f"{report.backup_created_at}"
    )
    # Workspaces closed after the backup was taken: their keys are destroyed (unreadable
    # already); finish their closure now so their ciphertext does not linger either.
    container = initialise(settings)
    try:
        for closure_id in adopt_shredded(container.db, keyring=container.keyring):
            receipt = complete_closure(
                container.db,
                keyring=container.keyring,
                blobs=container.blobs,
                audit=container.audit,
                closure_id=closure_id,
            )
            if receipt is not None:
                typer.echo(
                    f"workspace {receipt.workspace_id} was closed after this backup (its keys "
                    f"are destroyed): purged {sum(receipt.counts.values())} row(s) and blob(s)"
                )
        # The audit log is back where the backup left it: say so in every chain and in the
        # anchor outside the database, or `audit verify` rightly reports a rollback.
        with container.db.read() as s:
            workspace_ids = list(lifecycle.workspace_ids(s))
        for note in acknowledge_restore(
            container.db,
            audit=container.audit,
            workspace_ids=workspace_ids,
            backup_taken_at=report.backup_created_at,
        ):
            if note.anchored_seq is not None and note.anchored_seq > note.restored_seq:
                typer.echo(
                    f"workspace {note.workspace_id}: audit log rolled back from entry "
                    f"{note.anchored_seq} to {note.restored_seq} (recorded and re-anchored)"
                )
    finally:
        container.close()


def _require_local_blobs(settings: Settings, command: str) -> None:
    if settings.blob_backend != "filesystem":
        raise BlobsInObjectStorage(
            f"`callvault {command}` covers the database and a local blob directory; these "
            f"blobs are in the S3 bucket {settings.s3_bucket!r}. Back up the database with "
            "its own tools (pg_dump) and the bucket with its versioning or replication "
            "(README, cluster mode); the keyring, as always, on its own."
        )
