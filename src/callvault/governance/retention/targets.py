"""The purge targets the domains register (wired in ``callvault.wiring``), and the two
questions the sweep, preview and sweep health ask of them: how many items of a type are
expired, and which.

Governance knows no domain's tables: each domain describes its data types as
``PurgeTarget``s (ADR 0012). An item is expired by its own type's policy or by its parent's
(a recording of an expired call, a transcript of an expired voicemail), so preview, sweep
and "items past retention" all count exactly what goes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from callvault.governance.retention.policy import PARENTS, SWEPT
from callvault.retention_clock.data_types import DataType
from callvault.retention_clock.purge_target import Condition, PurgeTarget

Cutoffs = dict[DataType, datetime | None]


class PurgeTargets:
    """One registered target per data type."""

    def __init__(self, targets: Iterable[PurgeTarget] = ()) -> None:
        self._targets: dict[DataType, PurgeTarget] = {}
        for target in targets:
            self.register(target)

    def register(self, target: PurgeTarget) -> None:
        """Add a domain's target; a second one for the same type is a wiring mistake."""
        if target.data_type in self._targets:
            raise ValueError(f"a purge target for {target.data_type.value} is registered")
        # The policy refuses a child kept longer than its parents: the target must also
        # expire with exactly those parents, or the preview would promise what never goes.
        declared = set(PARENTS.get(target.data_type, ()))
        if set(target.parents) != declared:
            raise ValueError(
                f"{target.data_type.value} expires with {sorted(declared)} by policy, "
                f"its target says {sorted(target.parents)}"
            )
        self._targets[target.data_type] = target

    def replaced(self, target: PurgeTarget) -> PurgeTargets:
        """A copy with this type's target swapped for another one."""
        others = [t for t in self._targets.values() if t.data_type is not target.data_type]
        return PurgeTargets([*others, target])

    def missing(self) -> list[DataType]:
        """The data types a policy can limit that nobody registered (wiring checks: none)."""
        return [t for t in DataType if t not in self._targets]

    def swept(self) -> list[PurgeTarget]:
        """The registered targets in sweep order (children before parents, audit log last)."""
        return [self._targets[t] for t in SWEPT if t in self._targets]

    def __getitem__(self, data_type: DataType) -> PurgeTarget:
        return self._targets[data_type]

    def expired(self, data_type: DataType, ws: str, cutoffs: Cutoffs) -> Condition | None:
        """The condition for the type's expired items (None: nothing of it expires)."""
        target = self._targets.get(data_type)
        if target is None:
            return None
        own = cutoffs.get(data_type)
        parts: list[Condition] = [] if own is None else [target.expired_own(ws, own)]
        for parent_type, column in target.parents.items():
            parent = self.expired(parent_type, ws, cutoffs)
            if parent is not None:
                parts.append(column.in_(select(self._targets[parent_type].id_column).where(parent)))
        return and_(target.workspace_column == ws, or_(*parts)) if parts else None

    def _condition(self, data_type: DataType, ws: str, cutoffs: Cutoffs) -> Condition:
        cond = self.expired(data_type, ws, cutoffs)
        return false() if cond is None else cond

    def count_expired(self, s: Session, data_type: DataType, ws: str, cutoffs: Cutoffs) -> int:
        target = self._targets.get(data_type)
        if target is None:
            return 0
        stmt = select(func.count(target.id_column)).where(self._condition(data_type, ws, cutoffs))
        return int(s.scalar(stmt) or 0)

    def expired_ids(
        self,
        s: Session,
        data_type: DataType,
        ws: str,
        cutoffs: Cutoffs,
        *,
        limit: int | None = None,
    ) -> list[str]:
        target = self._targets.get(data_type)
        if target is None:
            return []
        stmt = select(target.id_column).where(self._condition(data_type, ws, cutoffs))
        if target.order is not None:
            stmt = stmt.order_by(target.order)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(s.scalars(stmt).all())
