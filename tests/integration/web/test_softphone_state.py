"""The web softphone's call-state reducer (frontend/src/realtime/calls.ts) and network grading
(quality.ts), compiled by the project's own TypeScript and run in Node: each transition the
server's signaling can cause, without a browser or a server (the browser e2e tests prove the
whole chain)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
WEB = ROOT / "frontend"
VENV_BIN = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin"

DRIVER = """
import { callReducer, initialCallState, busy, reasonText } from "./calls.js";
import { grade } from "./quality.js";
const out = {};
const run = (s, ...actions) => actions.reduce(callReducer, s);
const me = run(initialCallState, { type: "local.me", userId: "me" });
const dialing = run(me,
  { type: "local.dial", clientRef: "r1", target: { kind: "user", id: "bob" } });
out.dialing = dialing;
out.otherTrying = run(dialing, { type: "call.trying", call_id: "c9", client_ref: "other" }).callId;
const ringing = run(dialing,
  { type: "call.trying", call_id: "c1", client_ref: "r1" },
  { type: "call.ringing", call_id: "c1" });
out.ringing = ringing;
out.secondDial = run(ringing, { type: "local.dial", clientRef: "r2",
  target: { kind: "user", id: "x" } }) === ringing;
const active = run(ringing, { type: "call.answered", call_id: "c1", by_user_id: "bob" });
out.active = { phase: active.phase, answered: active.answeredAt !== null };
const busyCall = run(active,
  { type: "call.held", call_id: "c1", by_user_id: "me", held: true },
  { type: "call.muted", call_id: "c1", by_user_id: "bob", muted: true },
  { type: "call.muted", call_id: "c1", by_user_id: "me", muted: true },
  { type: "call.recording", call_id: "c1", recording: true, by_user_id: "bob", recording_id: "r" },
  { type: "call.dtmf", call_id: "c1", digits: "12#" },
  { type: "call.held", call_id: "other", by_user_id: "bob", held: true });
out.inCall = { held: busyCall.held, heldByOther: busyCall.heldByOther,
  otherMuted: busyCall.otherMuted, recording: busyCall.recording, digits: busyCall.lastDigits };
const transferred = run(busyCall, { type: "call.transferred", call_id: "c1", to_user_id: "carol" });
out.transferred = { phase: transferred.phase, peer: transferred.peer,
  recording: transferred.recording };
const ended = run(active, { type: "call.ended", call_id: "c1", reason: "completed" });
out.ended = { phase: ended.phase, reason: ended.endReason, busy: busy(ended),
  text: reasonText(ended.endReason) };
out.dismissed = run(ended, { type: "local.dismiss" }).phase;
const mailbox = run(ringing, { type: "call.voicemail", call_id: "c1", reason: "missed" });
out.voicemail = { phase: mailbox.phase, voicemail: mailbox.voicemail,
  answered: mailbox.answeredAt !== null };
const left = run(mailbox, { type: "call.ended", call_id: "c1", reason: "voicemail",
  voicemail_id: "v1" });
const none = run(mailbox, { type: "call.ended", call_id: "c1", reason: "voicemail" });
out.voicemailEnd = [reasonText(left.endReason), reasonText(none.endReason)];
out.refused = run(dialing, { type: "call.error", code: "media_unavailable",
  message: "no media", client_ref: "r1" });
out.strayError = run(active, { type: "call.error", code: "not_in_call", message: "x" }).phase;
const two = run(me,
  { type: "call.incoming", call_id: "g1", from_user_id: "ann", to_kind: "group", to_id: "G" },
  { type: "call.incoming", call_id: "g2", from_user_id: "bo", to_kind: "user", to_id: "me" },
  { type: "call.incoming", call_id: "g2", from_user_id: "bo", to_kind: "user", to_id: "me" });
out.incoming = two.incoming.map((i) => i.callId);
out.elsewhere = run(two, { type: "call.answered_elsewhere", call_id: "g1" }).incoming.length;
const answering = run(two, { type: "local.answer", callId: "g2" });
out.answering = { phase: answering.phase, peer: answering.peer, left: answering.incoming.length };
out.connected = run(answering, { type: "local.media", at: 5 }).answeredAt;
out.calleeIgnoresVoicemail = run(answering, { type: "call.voicemail", call_id: "g2",
  reason: "busy" }) === answering;
out.answerUnknown = run(me, { type: "local.answer", callId: "nope" }) === me;
out.grades = [
  grade({ rttMs: 40, jitterMs: 5, lossPct: 0 }),
  grade({ rttMs: 350, jitterMs: 5, lossPct: 0 }),
  grade({ rttMs: 40, jitterMs: 5, lossPct: 12 }),
  grade({ rttMs: null, jitterMs: null, lossPct: null }),
];
console.log(JSON.stringify(out));
"""


def _node() -> tuple[str, str]:
    path = f"{VENV_BIN}:{os.environ.get('PATH', '')}"
    node = shutil.which("node", path=path)
    if node is None or not (WEB / "node_modules" / ".bin" / "tsc").exists():
        pytest.skip("Node and the web app's packages are needed (scripts/build-web.sh)")
    return node, path


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    node, path = _node()
    out = tmp_path_factory.mktemp("calls")
    sources = [WEB / "src" / "realtime" / "calls.ts", WEB / "src" / "realtime" / "quality.ts"]
    compiled = subprocess.run(
        [
            node,
            str(WEB / "node_modules" / "typescript" / "bin" / "tsc"),
            *map(str, sources),
            "--outDir",
            str(out),
            "--module",
            "es2022",
            "--target",
            "es2022",
            "--strict",
            "--skipLibCheck",
            "--lib",
            "es2022,dom",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PATH": path},
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    (out / "package.json").write_text('{"type": "module"}')
    (out / "driver.js").write_text(DRIVER)
    ran = subprocess.run(
        [node, str(out / "driver.js")], capture_output=True, text=True, timeout=60, cwd=out
    )
    assert ran.returncode == 0, ran.stderr
    data: dict[str, Any] = json.loads(ran.stdout)
    return data


def test_placing_a_call_from_dial_to_end(result: dict[str, Any]) -> None:
    assert result["dialing"]["phase"] == "dialing"
    assert result["dialing"]["peer"] == {"kind": "user", "id": "bob"}
    assert result["otherTrying"] is None  # another device's invite is not this call
    assert result["ringing"]["phase"] == "ringing" and result["ringing"]["callId"] == "c1"
    assert result["secondDial"] is True  # one call at a time
    assert result["active"] == {"phase": "active", "answered": True}
    assert result["inCall"] == {
        "held": True,
        "heldByOther": False,
        "otherMuted": True,
        "recording": True,
        "digits": "12#",
    }
    assert result["transferred"] == {
        "phase": "ringing",
        "peer": {"kind": "user", "id": "carol"},
        "recording": False,
    }
    assert result["ended"] == {
        "phase": "ended",
        "reason": "completed",
        "busy": False,
        "text": "Call ended",
    }
    assert result["dismissed"] == "idle"


def test_an_unanswered_call_goes_to_voicemail(result: dict[str, Any]) -> None:
    assert result["voicemail"] == {"phase": "active", "voicemail": True, "answered": True}
    assert result["voicemailEnd"] == ["Voicemail left", "No message left"]
    assert result["calleeIgnoresVoicemail"] is True  # only the caller leaves a message


def test_a_refused_invite_ends_and_a_stray_error_does_not(result: dict[str, Any]) -> None:
    assert result["refused"]["phase"] == "ended"
    assert result["refused"]["error"] == "no media"
    assert result["strayError"] == "active"


def test_incoming_calls_ring_until_answered_here_or_elsewhere(result: dict[str, Any]) -> None:
    assert result["incoming"] == ["g1", "g2"]  # a repeated event rings once
    assert result["elsewhere"] == 1
    assert result["answering"] == {
        "phase": "connecting",
        "peer": {"kind": "user", "id": "bo"},
        "left": 1,
    }
    assert result["connected"] == 5
    assert result["answerUnknown"] is True


def test_network_grades(result: dict[str, Any]) -> None:
    assert result["grades"] == ["good", "fair", "poor", "unknown"]
