"""The embedded anchor file: appends from several processes at once all land whole, the
files are private, a line that fails its MAC or a replaced key is reported, a power cut's
NUL tail is not, and the checkpoints fold into the view `verify` holds chains to."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from callvault.audit.anchor import AnchorRead, AnchorUnavailable, Checkpoint, CheckpointKind, fold
from callvault.audit.file_anchor import FileAnchorStore

WRITERS, APPENDS = 4, 200


def _append_many(path: str, writer: int) -> None:
    store = FileAnchorStore(path)
    for i in range(APPENDS):
        # Two workspaces per call, as one transaction touching two would.
        store.append(
            [Checkpoint(f"ws-{writer}", i + 1, f"{i:064x}"), Checkpoint("shared", i, "f" * 64)]
        )


def test_concurrent_processes_append_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "audit-anchors.jsonl"
    FileAnchorStore(path)  # the key exists before the writers start, as after `init`
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_many, args=(str(path), w)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    read = FileAnchorStore(path).read()
    assert read.rejected == []
    assert len(read.checkpoints) == WRITERS * APPENDS * 2
    for w in range(WRITERS):
        mine = [cp.seq for cp in read.checkpoints if cp.workspace_id == f"ws-{w}"]
        assert mine == list(range(1, APPENDS + 1))  # each writer's own order is kept
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.with_suffix(".key").stat().st_mode & 0o777 == 0o600


def test_forged_lines_and_a_replaced_key_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "audit-anchors.jsonl"
    store = FileAnchorStore(path)
    store.append([Checkpoint("ws-a", 3, "a" * 64)])
    lines = path.read_text().splitlines()
    edited = json.loads(lines[0]) | {"seq": 2}
    with path.open("a") as f:
        f.write(json.dumps(edited) + "\n")
        f.write("\x00" * 64 + "\n")  # a power cut's tail: not an attack
    read = store.read()
    assert [cp.seq for cp in read.checkpoints] == [3] and read.rejected == ["ws-a"]
    assert store.read("ws-b").checkpoints == [] and store.read("ws-b").rejected == []
    path.with_suffix(".key").unlink()  # a new key: every old line now fails
    assert FileAnchorStore(path).read().rejected == ["ws-a", "ws-a"]


def test_a_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "audit-anchors.jsonl"
    FileAnchorStore(path)
    os.chmod(path.with_suffix(".key"), 0o644)
    with pytest.raises(AnchorUnavailable):
        FileAnchorStore(path)


def test_fold_restarts_at_a_restore_and_ends_at_a_closure() -> None:

    head, restored, closed = CheckpointKind.HEAD, CheckpointKind.RESTORED, CheckpointKind.CLOSED
    chains = fold(
        AnchorRead(
            checkpoints=[
                Checkpoint("a", 5, "h5"),
                Checkpoint("a", 7, "h7"),
                Checkpoint("a", 7, "x7"),  # the same seq twice: rolled back and rewritten
                Checkpoint("b", 9, "h9"),
                Checkpoint("b", 4, "r4", restored),
                Checkpoint("b", 5, "r5", head),
                Checkpoint("c", 2, "h2"),
                Checkpoint("c", 0, "0", closed),
                Checkpoint("c", 3, "h3"),
            ]
        )
    )
    assert chains["a"].seqs == {5: "h5", 7: "h7"} and chains["a"].forks == [7]
    assert chains["b"].seqs == {4: "r4", 5: "r5"} and chains["b"].forks == []
    assert chains["b"].restored and chains["b"].newest == 5
    assert chains["c"].closed and chains["c"].newest == 2
