"""Apply the rules to the entries a run has not seen yet (pure: no database, no clock).

`earlier` are the entries before the new ones that may still share a window with them (the
run's lookback); only new entries raise or extend an alert, so an entry is never counted
into two runs' alerts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from callvault.governance.alerts.rules import (
    EVENT_RULES,
    OWN_ACTIONS,
    WINDOW_RULES,
    Observed,
    WindowRule,
)


@dataclass(frozen=True, slots=True)
class Raise:
    """A new alert: its rule, what it is about, and the entries it rests on."""

    rule: str
    severity: str
    subject_type: str
    subject: str
    key: str  # unique among the rule's open alerts (dedupe)
    evidence: list[Observed]
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Extend:
    """More entries for the open alert (rule, key): the attack goes on."""

    rule: str
    key: str
    entries: list[Observed]


def detect(
    new: Sequence[Observed], earlier: Sequence[Observed], open_keys: Collection[tuple[str, str]]
) -> list[Raise | Extend]:
    """What the new entries raise, or add to alerts already open ((rule, key) pairs)."""
    new = [e for e in new if not e.action.startswith(OWN_ACTIONS)]
    earlier = [e for e in earlier if not e.action.startswith(OWN_ACTIONS)]
    out: list[Raise | Extend] = []
    for rule in WINDOW_RULES:
        out.extend(_window(rule, new, earlier, open_keys))
    # A new workspace's first owner is written right after the workspace: no one was made
    # owner of anything that existed before.
    founding = {e.seq + 1 for e in new if e.action == "workspace.create"}
    for entry in new:
        for event in EVENT_RULES:
            details = event.check(entry) if entry.seq not in founding else None
            if details is not None:
                out.append(
                    Raise(
                        rule=event.name,
                        severity=event.severity,
                        subject_type="object",
                        subject=entry.object_id or "-",
                        key=entry.id,  # one alert per entry
                        evidence=[entry],
                        details={"action": entry.action, "actor_id": entry.actor_id, **details},
                    )
                )
    return out


def _window(
    rule: WindowRule,
    new: Sequence[Observed],
    earlier: Sequence[Observed],
    open_keys: Collection[tuple[str, str]],
) -> list[Raise | Extend]:
    fresh_ids = {e.id for e in new}
    by_subject: dict[str, list[Observed]] = {}
    order: list[str] = []  # subjects of new entries, first seen first
    for entry in [*earlier, *new]:
        subject = rule.matches(entry)
        if subject is None:
            continue
        by_subject.setdefault(subject, []).append(entry)
        if entry.id in fresh_ids and subject not in order:
            order.append(subject)
    out: list[Raise | Extend] = []
    for subject in order:
        entries = sorted(by_subject[subject], key=lambda e: e.seq)
        if (rule.name, subject) in open_keys:
            out.append(Extend(rule.name, subject, [e for e in entries if e.id in fresh_ids]))
            continue
        crossing = _first_crossing(rule, entries, fresh_ids)
        if crossing is not None:
            evidence, measure = crossing
            details = {"distinct": measure} if rule.distinct is not None else {}
            out.append(
                Raise(
                    rule=rule.name,
                    severity=rule.severity,
                    subject_type=rule.subject_type,
                    subject=subject,
                    key=subject,
                    evidence=evidence,
                    details=details,
                )
            )
    return out


def _first_crossing(
    rule: WindowRule, entries: list[Observed], fresh_ids: set[str]
) -> tuple[list[Observed], int] | None:
    """The first window ending at a new entry that reaches the threshold: its entries and
    every later one (all new), and the measure reached; None when none does."""
    left = 0
    items: Counter[str] = Counter()
    for right, entry in enumerate(entries):
        if rule.distinct is not None:
            items[rule.distinct(entry)] += 1
        while entries[left].at <= entry.at - rule.window:
            if rule.distinct is not None:
                gone = rule.distinct(entries[left])
                items[gone] -= 1
                if not items[gone]:
                    del items[gone]
            left += 1
        measure = len(items) if rule.distinct is not None else right - left + 1
        if entry.id in fresh_ids and measure >= rule.threshold:
            return entries[left:], measure
    return None
