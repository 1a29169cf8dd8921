"""Reading the ledger: the value each level had at a moment, folded into a snapshot that
answers "may this call's people be used for this purpose?" (the most restrictive wins).

Defaults (no change recorded yet): the workspace is opted OUT of both settings until an
admin opts it in (nothing is used without an explicit yes); groups and users inherit, i.e.
they only ever restrict, by opting out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.governance.consent.models import ConsentChange
from callvault.governance.consent.schemas import Level, Setting
from callvault.identity import membership

WORKSPACE_DEFAULT = False
MEMBER_DEFAULT = True

Key = tuple[str, str, str]  # (level, subject id, setting)


@dataclass(frozen=True)
class Snapshot:
    """The ledger folded up to a moment: the latest change per (level, subject, setting)."""

    workspace_id: str
    as_of: datetime
    latest: dict[Key, ConsentChange]
    seq: int  # the newest change included (0: none): names the consent state exported under
    groups_of: dict[str, frozenset[str]] = field(default_factory=dict)

    def value(self, level: Level, subject_id: str, setting: Setting) -> bool:
        row = self.latest.get((level.value, subject_id, setting.value))
        if row is not None:
            return row.allowed
        return WORKSPACE_DEFAULT if level is Level.WORKSPACE else MEMBER_DEFAULT

    def blocked_by(self, setting: Setting, user_ids: Iterable[str]) -> list[str]:
        """The levels that refuse the setting for a call with these users ([]: allowed)."""
        out: list[str] = []
        if not self.value(Level.WORKSPACE, self.workspace_id, setting):
            out.append("workspace")
        for user_id in sorted(set(user_ids)):
            for group_id in sorted(self.groups_of.get(user_id, frozenset())):
                if not self.value(Level.GROUP, group_id, setting):
                    out.append(f"group:{group_id}")
            if not self.value(Level.USER, user_id, setting):
                out.append(f"user:{user_id}")
        return sorted(set(out))

    def allows(self, setting: Setting, user_ids: Iterable[str]) -> bool:
        return not self.blocked_by(setting, user_ids)


def snapshot(session: Session, workspace_id: str, as_of: datetime) -> Snapshot:
    """The workspace's consent at as_of, with the group memberships of that moment."""
    rows = session.scalars(
        select(ConsentChange)
        .where(ConsentChange.workspace_id == workspace_id, ConsentChange.changed_at <= as_of)
        .order_by(ConsentChange.seq)
    ).all()
    latest: dict[Key, ConsentChange] = {}
    for row in rows:
        latest[(row.level, row.subject_id, row.setting)] = row
    groups = membership.groups_at(session, workspace_id, as_of)
    return Snapshot(
        workspace_id=workspace_id,
        as_of=as_of,
        latest=latest,
        seq=rows[-1].seq if rows else 0,
        groups_of={u: frozenset(g) for u, g in groups.items()},
    )
