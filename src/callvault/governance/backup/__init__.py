"""Backups of the database and the encrypted blobs, never of the keyring (ADR 0003): a
restored backup is readable only with keys that still exist, so a closed workspace's data
stays unreadable in every backup taken before its keys were destroyed."""
