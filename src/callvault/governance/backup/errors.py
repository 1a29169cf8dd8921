"""Backup and restore errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import CallvaultError, Conflict, InvalidInput


class BackupTargetNotEmpty(Conflict):
    code = "backup_target_not_empty"


class BackupCorrupt(CallvaultError):
    """A file is missing or its checksum does not match the manifest."""

    code = "backup_corrupt"
    status = 500


class BackupMismatch(InvalidInput):
    """The backup is of another backend than the restore target (or of an unknown format)."""

    code = "backup_mismatch"


class BackupToolFailed(CallvaultError):
    code = "backup_tool_failed"
    status = 500


class BlobsInObjectStorage(InvalidInput):
    """Blobs are in an S3 bucket (ADR 0046): `backup` copies a blob directory, which would
    silently leave every blob out, so it refuses instead."""

    code = "blobs_in_object_storage"
