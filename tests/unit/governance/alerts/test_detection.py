"""The rules' windows (ADR 0048): what counts is what falls within one window ending at a new
entry; entries already read by an earlier run count toward a window but raise nothing alone;
alerts' own entries are never evidence; an open alert is extended, not raised again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from callvault.governance.alerts.detection import Extend, Raise, detect
from callvault.governance.alerts.rules import Observed

T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def denial(seq: int, minutes: float, actor: str = "u1", action: str = "access.denied") -> Observed:
    return Observed(
        id=f"e{seq}",
        seq=seq,
        at=T0 + timedelta(minutes=minutes),
        actor_type="user",
        actor_id=actor,
        action=action,
        object_type="permission",
        object_id="audit.read",
        address=None,
    )


def read(seq: int, recording: str, actor: str = "u1", **kw: Any) -> Observed:
    return Observed(
        id=f"r{seq}",
        seq=seq,
        at=T0 + timedelta(seconds=seq),
        actor_type="user",
        actor_id=actor,
        action="recording.read",
        object_type="recording",
        object_id=recording,
        address=None,
        **kw,
    )


def test_ten_denials_within_ten_minutes_raise_and_spread_out_ones_do_not() -> None:
    spread = [denial(i, i * 1.2) for i in range(1, 11)]  # ten over 10.8 minutes
    assert detect(spread, [], set()) == []
    tight = [denial(i, i * 0.5) for i in range(1, 11)]
    [found] = detect(tight, [], set())
    assert isinstance(found, Raise) and found.rule == "repeated_denials"
    assert [e.seq for e in found.evidence] == list(range(1, 11))


def test_earlier_entries_complete_a_window_but_never_raise_alone() -> None:
    earlier = [denial(i, i * 0.1) for i in range(1, 10)]  # nine, read by the last run
    assert detect([], earlier, set()) == []
    assert detect([denial(20, 1.0, actor="u2")], earlier, set()) == []  # another actor
    [found] = detect([denial(10, 1.0)], earlier, set())
    assert isinstance(found, Raise) and len(found.evidence) == 10


def test_an_open_alert_is_extended_with_the_new_entries_only() -> None:
    earlier = [denial(i, 0) for i in range(1, 11)]
    [found] = detect([denial(11, 1), denial(12, 1)], earlier, {("repeated_denials", "u1")})
    assert isinstance(found, Extend) and [e.seq for e in found.entries] == [11, 12]


def test_distinct_items_count_not_reads() -> None:
    again = [read(i, "rec-1") for i in range(1, 60)]  # one recording, read 59 times
    assert detect(again, [], set()) == []
    many = [read(i, f"rec-{i}") for i in range(1, 31)]
    [found] = detect(many, [], set())
    assert isinstance(found, Raise) and found.details == {"distinct": 30}


def test_alert_entries_are_never_evidence() -> None:
    own = [denial(i, 0, action="alert.raised") for i in range(1, 30)]
    assert detect(own, [], set()) == []


def test_the_founding_owner_is_no_privileged_grant() -> None:
    created = Observed("w", 1, T0, "system", "cli", "workspace.create", "workspace", "ws", None)
    owner = Observed(
        "o", 2, T0, "system", "cli", "user.create", "user", "u1", None, {"role": "owner"}
    )
    assert detect([created, owner], [], set()) == []
    later = Observed("a", 9, T0, "user", "u1", "user.create", "user", "u2", None, {"role": "admin"})
    [found] = detect([later], [], set())
    assert isinstance(found, Raise) and found.rule == "privileged_role_granted"
