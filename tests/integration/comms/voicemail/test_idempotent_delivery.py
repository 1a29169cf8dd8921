"""A phone system retrying a voicemail delivery sends the same Idempotency-Key: the same
bytes get the stored message back (200, no second message), other bytes a 409. Keys are per
mailbox and kept only as blind indexes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from callvault.comms.voicemail.models import VoicemailDelivery
from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import blob_files
from tests.integration.comms.voicemail.helpers import rows
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def send(api: httpx.Client, mailbox: str, data: bytes, key: str | None, **params: Any) -> Any:
    headers = {"content-type": "application/octet-stream"}
    if key is not None:
        headers["idempotency-key"] = key
    return api.post(
        f"/api/v1/voicemail/mailboxes/{mailbox}/messages",
        content=data,
        params=params,
        headers=headers,
    )


def test_same_key_same_bytes_is_one_message(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    data, other = audio.wav_bytes(0.5), audio.wav_bytes(0.5, freq=300.0)
    key = "pbx-call-4711/vm"

    first = send(pbx, o.alice.user_id, data, key, caller_number="+14155550100")
    assert first.status_code == 201, first.text
    retry = send(pbx, o.alice.user_id, data, key, caller_number="+14155550100")
    assert retry.status_code == 200, retry.text
    assert retry.json() == first.json()
    assert rows(live) == (1, 0) and len(blob_files(live)) == 1

    clash = send(pbx, o.alice.user_id, other, key)
    assert clash.status_code == 409
    assert clash.json()["error"]["code"] == "idempotency_key_reused"
    assert rows(live) == (1, 0) and len(blob_files(live)) == 1  # nothing stored for it

    # Keys are per mailbox; no key: every delivery is new.
    assert send(pbx, o.bob.user_id, data, key).status_code == 201
    assert send(pbx, o.alice.user_id, data, None).status_code == 201
    assert send(pbx, o.alice.user_id, data, None).status_code == 201
    assert rows(live) == (4, 0)
    listed = live.client(o.alice.token).get("/api/v1/voicemail/messages").json()["messages"]
    assert len(listed) == 3

    # A refused upload under a key reserves nothing: the key is free for the real bytes.
    bad = send(pbx, o.alice.user_id, b"not audio at all" * 100, "pbx-2")
    assert bad.status_code == 422
    assert send(pbx, o.alice.user_id, data, "pbx-2").status_code == 201
    assert send(pbx, o.alice.user_id, data, "pbx-2").status_code == 200

    # Neither the key nor anything readable about the audio is stored in clear.
    with live.container.db.read() as s:
        stored = s.scalars(select(VoicemailDelivery)).all()
    assert len(stored) == 3
    assert all(key not in d.key_index and d.content_index for d in stored)

    for bad_key in ("", "with space", "x" * 201):
        assert send(pbx, o.alice.user_id, data, bad_key).status_code == 422, bad_key
    assert rows(live) == (5, 0)


def test_deleted_message_frees_its_key(live: LiveServer) -> None:
    o = office(live)
    pbx = live.client(o.admin.token)
    data = audio.wav_bytes(0.3)
    first = send(pbx, o.alice.user_id, data, "k-1").json()["id"]
    assert pbx.delete(f"/api/v1/voicemail/messages/{first}").status_code == 200
    again = send(pbx, o.alice.user_id, data, "k-1")
    assert again.status_code == 201 and again.json()["id"] != first
