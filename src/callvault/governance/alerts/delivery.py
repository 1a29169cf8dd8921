"""Alerts in real time: after the transaction that raised, updated or acknowledged an alert
commits, an event naming it goes to every active owner, admin and auditor of the workspace
(the real-time bus, as chat messages do). The event carries the alert's id only; each
connection loads the alert with its own user's permissions when it delivers it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from callvault.core.context import Actor
from callvault.core.permissions import Permission, Role, allows
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.governance.alerts import repository as repo
from callvault.governance.alerts.rendering import alert_out
from callvault.identity import service as identity
from callvault.realtime.bus import Bus, Event

# Who is told: the roles that read the audit log.
RECIPIENT_ROLES = frozenset({Role.OWNER, Role.ADMIN, Role.AUDITOR})
EVENT_PREFIX = "alert."


@dataclass(frozen=True, slots=True)
class AlertNotice:
    workspace_id: str
    alert_id: str
    kind: str  # "alert.raised", "alert.updated" or "alert.acknowledged"


Notify = Callable[[Sequence[AlertNotice]], None]


class Delivery:
    """Publishes notices on the bus (call it after the commit)."""

    def __init__(self, db: Database, *, keyring: Keyring, bus: Bus) -> None:
        self._db = db
        self._keyring = keyring
        self._bus = bus

    def __call__(self, notices: Sequence[AlertNotice]) -> None:
        recipients: dict[str, list[str]] = {}
        for notice in notices:
            ws = notice.workspace_id
            if ws not in recipients:
                recipients[ws] = self.recipients(ws)
            event = Event(type=notice.kind, workspace_id=ws, data={"alert_id": notice.alert_id})
            self._bus.publish(ws, recipients[ws], event)

    def recipients(self, workspace_id: str) -> list[str]:
        with self._db.read() as s:
            users = identity.list_users(
                s, keyring=self._keyring, actor=Actor.system(workspace_id), status="active"
            )
        return sorted(u.id for u in users if u.role in RECIPIENT_ROLES)


def may_receive(actor: Actor) -> bool:
    return allows(actor.role, Permission.AUDIT_READ, actor.scopes)


def render(db: Database, *, actor: Actor, event: Event) -> dict[str, Any] | None:
    """The event as the recipient sees it (the alert and the open count), or None when it
    is not for them (another workspace, a role that no longer reads the log, gone)."""
    if event.workspace_id != actor.workspace_id or not may_receive(actor):
        return None
    alert_id = event.data.get("alert_id")
    if alert_id is None:
        return None
    with db.read() as s:
        row = repo.alert(s, actor.workspace_id, alert_id)
        if row is None:
            return None
        return {
            "type": event.type,
            "alert": alert_out(row).model_dump(mode="json"),
            "open_count": repo.count_open(s, actor.workspace_id),
        }
