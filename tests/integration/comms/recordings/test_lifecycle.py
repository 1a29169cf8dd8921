"""A recording's life through the HTTPS API: streamed upload, metadata, range playback equal
to the original bytes, deletion with a receipt and nothing left behind."""

from __future__ import annotations

import pytest

from tests.integration.comms.calls.helpers import office
from tests.integration.comms.recordings.helpers import (
    alice_call,
    blob_files,
    recording_rows,
    upload,
)
from tests.support import audio
from tests.support.live import LiveServer

pytestmark = pytest.mark.slow


def test_upload_play_by_ranges_and_delete(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    data = audio.wav_bytes(2.0)
    r = upload(api, call_id, data, party="callee")
    assert r.status_code == 201, r.text
    rec = r.json()
    assert rec["call_id"] == call_id and rec["party"] == "callee"
    assert (rec["container"], rec["codec"], rec["media_type"]) == ("wav", "pcm_s16le", "audio/wav")
    assert (rec["sample_rate"], rec["channels"], rec["duration_ms"]) == (audio.RATE, 1, 2000)
    assert rec["size_bytes"] == len(data)
    assert api.get(f"/api/v1/calls/{call_id}").json()["recorded"] is True
    listed = api.get(f"/api/v1/calls/{call_id}/recordings").json()["recordings"]
    assert [x["id"] for x in listed] == [rec["id"]]
    assert api.get(f"/api/v1/recordings/{rec['id']}").json() == rec

    url = f"/api/v1/recordings/{rec['id']}/audio"
    whole = api.get(url)
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["content-type"] == "audio/wav"
    n = len(data)
    cases = {
        "bytes=0-0": (0, 1),
        "bytes=0-99": (0, 100),
        "bytes=44-": (44, n),
        "bytes=-1": (n - 1, n),
        "bytes=-500": (n - 500, n),
        f"bytes=-{n + 10}": (0, n),
        f"bytes={n - 1}-": (n - 1, n),
        f"bytes=1000-{n + 5000}": (1000, n),
        "bytes=12345-23456": (12345, 23457),
    }
    for step in range(0, n, 7777):  # ranges that straddle the blob's encryption segments
        cases[f"bytes={step}-{step + 3000}"] = (step, min(step + 3001, n))
    for header, (lo, hi) in cases.items():
        part = api.get(url, headers={"range": header})
        assert part.status_code == 206, header
        assert part.content == data[lo:hi], header
        assert part.headers["content-range"] == f"bytes {lo}-{hi - 1}/{n}", header
        assert part.headers["content-length"] == str(hi - lo)
    for bad in (f"bytes={n}-", f"bytes={n + 100}-{n + 200}", "bytes=-0"):
        refused = api.get(url, headers={"range": bad})
        assert refused.status_code == 416, bad
        assert refused.headers["content-range"] == f"bytes */{n}"
    # Malformed or multiple ranges may be ignored: the whole body.
    for ignored in ("bytes=5-2", "items=0-5", "bytes=0-1,5-6"):
        assert api.get(url, headers={"range": ignored}).content == data

    reads = api.get("/api/v1/audit", params={"action": "recording.read", "limit": 500})
    assert reads.status_code == 200
    entries = reads.json()["entries"]
    assert len(entries) >= len(cases) + 1  # every read of content, whole or ranged
    assert {e["actor_id"] for e in entries} == {o.admin.user_id}

    gone = api.delete(f"/api/v1/recordings/{rec['id']}")
    assert gone.status_code == 200, gone.text
    receipt = gone.json()
    assert receipt["object_type"] == "recording" and receipt["object_id"] == rec["id"]
    assert receipt["receipt_id"]
    assert api.get(f"/api/v1/recordings/{rec['id']}").status_code == 404
    assert api.get(url).status_code == 404
    assert api.delete(f"/api/v1/recordings/{rec['id']}").status_code == 404
    assert recording_rows(live) == 0
    assert blob_files(live) == []
    assert api.get(f"/api/v1/calls/{call_id}").json()["recorded"] is False


@pytest.mark.parametrize(
    ("kind", "demuxer", "codec"),
    [
        ("opus", "ogg", "opus"),
        ("mp3", "mp3", "mp3float"),
        ("flac", "flac", "flac"),
        ("aac", "mov", "aac"),
    ],
)
def test_compressed_formats(live: LiveServer, kind: str, demuxer: str, codec: str) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    data = audio.encoded(kind, 1.5)
    r = upload(api, call_id, data)
    assert r.status_code == 201, r.text
    rec = r.json()
    assert (rec["container"], rec["codec"]) == (demuxer, codec)
    assert abs(rec["duration_ms"] - 1500) < 100
    assert api.get(f"/api/v1/recordings/{rec['id']}/audio").content == data


def test_the_format_is_read_from_the_bytes_whatever_the_content_type(live: LiveServer) -> None:
    """As the schema says: a WAV labelled text/html is stored and served as the WAV it is."""
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    data = audio.wav_bytes(1.0)
    r = api.post(
        f"/api/v1/calls/{call_id}/recordings",
        content=data,
        headers={"content-type": "text/html"},
    )
    assert r.status_code == 201, r.text
    assert (r.json()["container"], r.json()["media_type"]) == ("wav", "audio/wav")
    served = api.get(f"/api/v1/recordings/{r.json()['id']}/audio")
    assert served.headers["content-type"] == "audio/wav" and served.content == data


def test_one_multichannel_file_maps_channels_to_parties(live: LiveServer) -> None:
    o = office(live)
    api = live.client(o.admin.token)
    call_id = alice_call(live, o)
    stereo = audio.wav_bytes(1.0, channels=2)
    r = upload(api, call_id, stereo, channel_map="caller,callee")
    assert r.status_code == 201, r.text
    assert r.json()["channel_map"] == ["caller", "callee"] and r.json()["channels"] == 2
    for params in (
        {"channel_map": "caller,callee,mixed"},  # three names, two channels
        {"channel_map": "caller,nobody"},
        {"channel_map": "caller,callee", "party": "caller"},
    ):
        bad = upload(api, call_id, stereo, **params)
        assert bad.status_code == 422, params
        assert bad.json()["error"]["code"] == "invalid_channel_map"
    # One file per party: two uploads, each naming its party.
    for party in ("caller", "callee"):
        assert upload(api, call_id, audio.wav_bytes(1.0), party=party).status_code == 201
    assert len(api.get(f"/api/v1/calls/{call_id}/recordings").json()["recordings"]) == 3
    assert recording_rows(live) == 3
    assert len(blob_files(live)) == 3


def test_upload_to_unknown_or_foreign_call(live: LiveServer) -> None:
    o = office(live)
    other = office(live, "other")
    api = live.client(o.admin.token)
    foreign = alice_call(live, other)
    for call_id in (foreign, "00000000-0000-4000-8000-000000000000", "nope"):
        r = upload(api, call_id, audio.wav_bytes(0.5))
        assert r.status_code == 404, r.text
    assert recording_rows(live) == 0 and blob_files(live) == []
