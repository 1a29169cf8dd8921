"""Each data type: an item past its retention is invisible at once on every read path while
its row and blob still exist, and the sweep then removes the row, the blob and what derives
from it; the item inside its retention stays readable and stored."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from callvault.comms.calls import service as calls
from callvault.comms.calls.models import Call, CallTombstone
from callvault.comms.calls.schemas import CallFilterIn
from callvault.comms.chat import attachments as chat_files
from callvault.comms.chat import messages as chat_messages
from callvault.comms.recordings import service as recordings
from callvault.comms.voicemail import service as voicemail
from callvault.core.errors import NotFound
from callvault.governance.retention.sweep import run_sweep
from callvault.intelligence import service as intelligence
from callvault.retention_clock.data_types import DataType as T
from callvault.wiring import Container
from tests.integration.governance.retention import helpers as h


def _hidden(read: Callable[[], object]) -> bool:
    try:
        read()
    except NotFound:
        return True
    return False


def _sweep(c: Container) -> dict[str, dict[str, int]]:
    return run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets)


def test_calls_hidden_then_purged_with_recordings_and_transcripts(container: Container) -> None:
    c = container
    s = h.shop(c)
    old, new = h.call(c, s), h.call(c, s)
    old_rec, new_rec = h.recording(c, s, old), h.recording(c, s, new)
    old_tr, new_tr = h.transcript(c, s, "call", old), h.transcript(c, s, "call", new)
    h.age(c, T.CALLS, old)
    h.set_policy(c, s, calls=30, recordings=30, transcripts=30)

    def get(call_id: str) -> object:
        with c.db.read() as r:
            return calls.get_call(
                r, keyring=c.keyring, audit=c.audit, actor=s.admin, call_id=call_id
            )

    assert _hidden(lambda: get(old)) and not _hidden(lambda: get(new))
    page = calls.list_calls(
        c.db,
        keyring=c.keyring,
        audit=c.audit,
        actor=s.admin,
        filters=CallFilterIn(),
        cursor=None,
        limit=50,
    )
    assert [x.id for x in page.calls] == [new]
    with c.db.read() as r:  # the recording and transcript of the hidden call are hidden too
        assert _hidden(lambda: recordings.get_recording(r, actor=s.admin, recording_id=old_rec))
        assert _hidden(
            lambda: intelligence.status(r, actor=s.admin, source_type="call", source_id=old)
        )
    assert h.present(c, T.CALLS, [old, new]) == {old, new}  # hidden, not yet deleted
    assert {old_rec, new_rec} <= h.blob_names(c)

    purged = _sweep(c)[s.workspace_id]
    assert purged == {"calls": 1, "recordings": 1, "transcripts": 1}
    assert h.present(c, T.CALLS, [old, new]) == {new}
    assert h.present(c, T.RECORDINGS, [old_rec, new_rec]) == {new_rec}
    assert h.present(c, T.TRANSCRIPTS, [old_tr, new_tr]) == {new_tr}
    names = h.blob_names(c)
    assert old_rec not in names and new_rec in names
    with c.db.read() as r:  # a replayed PBX event cannot bring the call back
        assert r.scalar(select(CallTombstone).where(CallTombstone.workspace_id == s.workspace_id))


def test_recordings_hidden_then_purged_while_the_call_stays(container: Container) -> None:
    c = container
    s = h.shop(c)
    call_id = h.call(c, s)
    old, new = h.recording(c, s, call_id), h.recording(c, s, call_id)
    h.age(c, T.RECORDINGS, old)
    h.set_policy(c, s, recordings=30)
    with c.db.read() as r:
        assert _hidden(lambda: recordings.get_recording(r, actor=s.admin, recording_id=old))
        listed = recordings.list_for_call(r, actor=s.admin, call_id=call_id).recordings
        assert [x.id for x in listed] == [new]
    assert old in h.blob_names(c)

    assert _sweep(c)[s.workspace_id] == {"recordings": 1}
    assert h.present(c, T.RECORDINGS, [old, new]) == {new}
    assert old not in h.blob_names(c) and new in h.blob_names(c)
    with c.db.read() as r:
        assert r.get(Call, call_id) is not None and r.get(Call, call_id).recorded  # type: ignore[union-attr]


def test_transcripts_hidden_then_purged_with_their_index(container: Container) -> None:
    c = container
    s = h.shop(c)
    old_call, new_call = h.call(c, s), h.call(c, s)
    old, new = h.transcript(c, s, "call", old_call), h.transcript(c, s, "call", new_call)
    h.age(c, T.TRANSCRIPTS, old)
    h.set_policy(c, s, transcripts=30)
    with c.db.read() as r:
        assert _hidden(
            lambda: intelligence.status(r, actor=s.admin, source_type="call", source_id=old_call)
        )
        intelligence.status(r, actor=s.admin, source_type="call", source_id=new_call)

    assert _sweep(c)[s.workspace_id] == {"transcripts": 1}
    assert h.present(c, T.TRANSCRIPTS, [old, new]) == {new}
    assert h.present(c, T.CALLS, [old_call, new_call]) == {old_call, new_call}
    assert h.derived_rows(c, old) == 0 and h.derived_rows(c, new) > 0


def test_voicemail_hidden_then_purged_with_audio_and_transcript(container: Container) -> None:
    c = container
    s = h.shop(c)
    old, new = h.voicemail(c, s), h.voicemail(c, s)
    old_tr = h.transcript(c, s, "voicemail", old)
    h.age(c, T.VOICEMAIL, old)
    h.set_policy(c, s, voicemail=30, transcripts=30)

    def get(message_id: str) -> object:
        with c.db.read() as r:
            return voicemail.get_message(
                r, keyring=c.keyring, audit=c.audit, actor=s.admin, message_id=message_id
            )

    assert _hidden(lambda: get(old)) and not _hidden(lambda: get(new))
    with c.db.read() as r:
        page = voicemail.list_messages(
            r,
            keyring=c.keyring,
            audit=c.audit,
            actor=s.admin,
            mailbox_id=None,
            unread=None,
            since=None,
            until=None,
            limit=50,
        )
    assert [m.id for m in page.messages] == [new]
    assert old in h.blob_names(c)

    assert _sweep(c)[s.workspace_id] == {"voicemail": 1, "transcripts": 1}
    assert h.present(c, T.VOICEMAIL, [old, new]) == {new}
    assert h.present(c, T.TRANSCRIPTS, [old_tr]) == set()
    assert old not in h.blob_names(c) and new in h.blob_names(c)


def test_chat_messages_hidden_then_purged_with_their_files(container: Container) -> None:
    c = container
    s = h.shop(c)
    old, new = h.message(c, s), h.message(c, s)
    old_file, old_file_msg = h.attachment(c, s)
    for message_id in (old, old_file_msg):
        h.age(c, T.CHAT_MESSAGES, message_id)
    h.age(c, T.CHAT_ATTACHMENTS, old_file)
    h.set_policy(c, s, chat_messages=30, chat_attachments=30)
    with c.db.read() as r:
        assert _hidden(lambda: chat_messages.visible_message(r, s.admin, old))
        chat_messages.visible_message(r, s.admin, new)
    assert old_file in h.blob_names(c)

    assert _sweep(c)[s.workspace_id] == {"chat_messages": 2, "chat_attachments": 1}
    assert h.present(c, T.CHAT_MESSAGES, [old, new, old_file_msg]) == {new}
    assert h.present(c, T.CHAT_ATTACHMENTS, [old_file]) == set()
    assert old_file not in h.blob_names(c)
    assert h.chat_tokens(c, old) == 0 and h.chat_tokens(c, new) > 0


def test_chat_attachments_hidden_then_purged_while_the_message_stays(
    container: Container,
) -> None:
    c = container
    s = h.shop(c)
    old, old_msg = h.attachment(c, s)
    new, _ = h.attachment(c, s)
    h.age(c, T.CHAT_ATTACHMENTS, old)
    h.set_policy(c, s, chat_attachments=30)

    def open_(attachment_id: str) -> object:
        return chat_files.open_attachment(
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            blobs=c.blobs,
            actor=s.admin,
            attachment_id=attachment_id,
        )

    assert _hidden(lambda: open_(old)) and not _hidden(lambda: open_(new))
    assert old in h.blob_names(c)

    assert _sweep(c)[s.workspace_id] == {"chat_attachments": 1}
    assert h.present(c, T.CHAT_ATTACHMENTS, [old, new]) == {new}
    assert h.present(c, T.CHAT_MESSAGES, [old_msg]) == {old_msg}
    assert old not in h.blob_names(c) and new in h.blob_names(c)


def test_sweep_twice_deletes_nothing_more(container: Container) -> None:
    c = container
    s = h.shop(c)
    old = h.call(c, s)
    h.age(c, T.CALLS, old)
    h.set_policy(c, s, calls=30, recordings=30, transcripts=30)
    assert _sweep(c)[s.workspace_id] == {"calls": 1}
    assert _sweep(c) == {}


@pytest.mark.parametrize("batch", [1])
def test_small_batches_purge_everything(container: Container, batch: int) -> None:
    c = container
    s = h.shop(c)
    ids = [h.message(c, s) for _ in range(3)]
    for message_id in ids:
        h.age(c, T.CHAT_MESSAGES, message_id)
    h.set_policy(c, s, chat_messages=30, chat_attachments=30)
    purged = run_sweep(c.db, c.blobs, c.audit, targets=c.retention_targets, batch=batch)
    assert purged[s.workspace_id] == {"chat_messages": 3}
    assert h.present(c, T.CHAT_MESSAGES, ids) == set()


def test_a_new_policy_hides_expired_calls_at_once_though_reads_cached_the_old_one(
    container: Container,
) -> None:
    c = container
    s = h.shop(c)
    old, new = h.call(c, s), h.call(c, s)
    h.age(c, T.CALLS, old)

    def listed() -> list[str]:
        page = calls.list_calls(
            c.db,
            keyring=c.keyring,
            audit=c.audit,
            actor=s.admin,
            filters=CallFilterIn(),
            cursor=None,
            limit=50,
        )
        return [x.id for x in page.calls]

    assert set(listed()) == {old, new}  # no policy yet: this process now caches "none"
    assert set(listed()) == {old, new}
    h.set_policy(c, s, calls=30, recordings=30, transcripts=30)
    assert listed() == [new]
    # removed: the old call (not yet swept) is back
    h.set_policy(c, s, calls=None, recordings=None, transcripts=None)
    assert set(listed()) == {old, new}
