"""Must show: closure makes a restored pre-closure backup unreadable.

A backup holds workspace A (closed afterwards) and workspace B (kept), each with contacts,
a call with a recording and a transcript (tests/support/vi_factories.seed_transcript), and
chat. Restored into a fresh database and blob directory, with the keyring as it is after
the closure, every sealed field and every blob of A fails to open, while all of B reads
back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from callvault.comms.calls import service as calls
from callvault.comms.chat import messages as chat
from callvault.comms.contacts import service as contacts
from callvault.core.context import Actor
from callvault.crypto.errors import KeyDestroyed
from callvault.governance.backup.service import restore_backup, take_backup
from callvault.governance.closure.completion import complete_due_closures
from callvault.identity import service as identity
from callvault.intelligence import service as intelligence
from callvault.wiring import Container
from tests.integration.governance.closure.helpers import (
    Seeded,
    close_now,
    fresh_database,
    owner_actor,
    seeded_workspace,
)
from tests.support.live import make_container

SEALED_TABLES = ("contacts", "calls", "chat_messages", "vi_transcripts", "recordings", "users")


def member_actor(s: Seeded) -> Actor:
    return Actor(
        workspace_id=s.ws.workspace_id,
        actor_type="user",
        actor_id=s.member_id,
        role="member",
        user_id=s.member_id,
    )


def readers(c: Container, s: Seeded) -> dict[str, Callable[[], object]]:
    """One read per kind of record, through the services (each in its own transaction)."""
    owner = owner_actor(s.ws, session_id=None)
    with c.db.read() as db:
        call_id = db.execute(
            text("SELECT call_id FROM recordings WHERE id = :r"), {"r": s.recording_id}
        ).scalar_one()
        conversation_id = db.execute(
            text("SELECT conversation_id FROM chat_messages WHERE id = :m"), {"m": s.message_id}
        ).scalar_one()

    def in_tx(read: Callable[[Session], object]) -> Callable[[], object]:
        def run() -> object:
            with c.db.write() as db:
                return read(db)

        return run

    return {
        "workspace": in_tx(
            lambda db: identity.get_workspace(db, keyring=c.keyring, actor=owner).name
        ),
        "contact": in_tx(
            lambda db: (
                contacts.get_contact(
                    db,
                    keyring=c.keyring,
                    audit=c.audit,
                    actor=member_actor(s),
                    contact_id=s.contact_id,
                ).name
            )
        ),
        "call": in_tx(
            lambda db: (
                calls.get_call(
                    db, keyring=c.keyring, audit=c.audit, actor=owner, call_id=call_id
                ).id
            )
        ),
        "transcript": in_tx(
            lambda db: intelligence.transcript(
                db,
                keyring=c.keyring,
                audit=c.audit,
                actor=owner,
                source_type="call",
                source_id=call_id,
                view="raw",
            ).model_dump_json()
        ),
        "chat": lambda: [
            m.body
            for m in chat.list_messages(
                c.db,
                keyring=c.keyring,
                audit=c.audit,
                actor=member_actor(s),
                conversation_id=conversation_id,
                cursor=None,
                limit=10,
            ).messages
        ],
    }


def read_everything(c: Container, s: Seeded) -> dict[str, object]:
    return {name: read() for name, read in readers(c, s).items()}


def check_readable(values: dict[str, object], slug: str) -> None:
    assert values["workspace"] == f"{slug} Inc"
    assert values["contact"] == "Matrix Contact"
    assert "refund" in str(values["transcript"])
    assert values["chat"] == ["matrix message"]


def sealed_rows(c: Container, workspace_id: str) -> dict[str, int]:
    """Rows per table with sealed fields that belong to the workspace."""
    with c.db.read() as db:
        return {
            table: db.execute(
                select(func.count()).select_from(text(table)).where(text("workspace_id = :w")),
                {"w": workspace_id},
            ).scalar_one()
            for table in SEALED_TABLES
        }


def blobs_of(c: Container, blob_dir: Path, workspace_id: str) -> list[tuple[str, str]]:
    root = blob_dir / "ws" / workspace_id
    return [
        (p.parent.relative_to(root).as_posix(), p.name)
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ]


def test_closure_makes_a_restored_pre_closure_backup_unreadable(
    container: Container, tmp_path: Path
) -> None:
    c = container
    closing = seeded_workspace(c, "closing-ws")
    kept = seeded_workspace(c, "kept-ws")
    check_readable(read_everything(c, kept), "kept-ws")
    check_readable(read_everything(c, closing), "closing-ws")
    backup = tmp_path / "backup"
    take_backup(
        database_url=c.settings.effective_database_url,
        blob_dir=c.settings.effective_blob_dir,
        target=backup,
    )

    receipts = close_now(c, closing.ws)
    assert [r.status for r in receipts] == ["closed"]
    assert receipts[0].counts["contacts"] >= 1 and receipts[0].counts["blobs"] >= 1

    restored_blobs = tmp_path / "restored-blobs"
    with fresh_database(c, tmp_path) as url:
        report = restore_backup(source=backup, database_url=url, blob_dir=restored_blobs)
        assert report.workspaces == 2 and report.blobs >= 2
        # A new process: the keyring file as it is now, nothing remembered in memory.
        r = make_container(
            url,
            tmp_path / "restored-data",
            keyring_path=c.settings.effective_keyring_path,
            blob_dir=restored_blobs,
        )
        try:
            a = closing.ws.workspace_id
            # The ciphertext is all there: what protects it is the destroyed key alone.
            assert all(n >= 1 for n in sealed_rows(r, a).values()), sealed_rows(r, a)
            with r.db.read() as db:
                name = db.execute(
                    text("SELECT name_sealed FROM workspaces WHERE id = :w"), {"w": a}
                ).scalar_one()
                cipher = r.keyring.cipher(db, a)
                with pytest.raises(KeyDestroyed):
                    cipher.open_text(name, kind="workspace", object_id=a, field="name")
            a_blobs = blobs_of(r, restored_blobs, a)
            assert len(a_blobs) >= 1
            with r.db.read() as db:
                for kind, object_id in a_blobs:
                    with pytest.raises(KeyDestroyed):
                        b"".join(
                            r.blobs.open_range(db, workspace_id=a, kind=kind, object_id=object_id)
                        )
            for read in readers(r, closing).values():
                with pytest.raises(KeyDestroyed):
                    read()

            with r.db.read() as db:
                listed = {w.slug: w.status for w in identity.list_workspaces(db, keyring=r.keyring)}
            assert listed == {"closing-ws": "shredded", "kept-ws": "active"}
            # The other workspace in the same backup reads back entirely.
            check_readable(read_everything(r, kept), "kept-ws")
            b_blobs = blobs_of(r, restored_blobs, kept.ws.workspace_id)
            with r.db.read() as db:
                for kind, object_id in b_blobs:
                    data = b"".join(
                        r.blobs.open_range(
                            db, workspace_id=kept.ws.workspace_id, kind=kind, object_id=object_id
                        )
                    )
                    assert data

            # The closure job (run by the worker, and by `callvault restore`) finishes the
            # closure of a workspace whose keys are destroyed: its ciphertext goes too.
            receipts = complete_due_closures(r.db, keyring=r.keyring, blobs=r.blobs, audit=r.audit)
            assert [(x.workspace_id, x.status) for x in receipts] == [(a, "closed")]
            assert receipts[0].counts["blobs"] == len(a_blobs)
            assert set(sealed_rows(r, a).values()) == {0}
            with r.db.read() as db:
                listed = {w.slug: w.status for w in identity.list_workspaces(db, keyring=r.keyring)}
            assert listed == {"kept-ws": "active"} and blobs_of(r, restored_blobs, a) == []
            check_readable(read_everything(r, kept), "kept-ws")
            assert (
                complete_due_closures(r.db, keyring=r.keyring, blobs=r.blobs, audit=r.audit) == []
            )
        finally:
            r.close()
