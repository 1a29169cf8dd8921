"""The voicemail hook point runs every hook, in order, with the session it was given."""

from __future__ import annotations

from typing import cast

from sqlalchemy.orm import Session

from callvault.comms.voicemail.hooks import VoicemailHooks, VoicemailReceived


def test_hooks_run_in_order() -> None:
    calls: list[tuple[str, object, str]] = []
    hooks = VoicemailHooks()
    hooks.on_received.append(lambda s, e: calls.append(("a", s, e.message_id)))
    hooks.on_received.append(lambda s, e: calls.append(("b", s, e.message_id)))
    session = cast(Session, object())
    event = VoicemailReceived("ws", "m1", "u1", 1200, "audio/wav")
    hooks.received(session, event)
    assert calls == [("a", session, "m1"), ("b", session, "m1")]


def test_no_hooks_is_fine() -> None:
    VoicemailHooks().received(cast(Session, object()), VoicemailReceived("w", "m", "u", 0, ""))
