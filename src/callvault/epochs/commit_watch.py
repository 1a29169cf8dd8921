"""Bump epochs after a transaction that changed a watched row commits: the one low place every
invalidation goes through, so that no use case (present or future) can forget one.

Listeners on a database's session factories notice ORM flushes (rows added, changed in a
watched column, deleted) and ORM-enabled bulk UPDATE/DELETE statements; the scopes they touch
are remembered on the session and bumped after its commit (dropped on rollback). A bulk
statement whose scope cannot be read from its WHERE clause bumps the global epoch. Statements
sent as raw SQL text, or on connections outside the session, are not seen: write watched
tables through the ORM or SQLAlchemy statements.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import (
    BinaryExpression,
    BindParameter,
    BooleanClauseList,
    ColumnClause,
)

from callvault.epochs.port import GLOBAL, Epochs

log = logging.getLogger(__name__)

_PENDING = "callvault.epochs.pending"


@dataclass(frozen=True, slots=True)
class Watched:
    """A table whose committed changes void what is cached for the scope in `scope_column`.

    columns: updates count only when they change one of these (None: any column), so that
    bookkeeping such as "last seen" never invalidates; inserts: whether new rows count
    (a new session voids nothing; a new data key or group membership does). Deletes always
    count."""

    table: str
    scope_column: str = "workspace_id"
    columns: frozenset[str] | None = None
    inserts: bool = True


def watch_commits(
    factories: Iterable[sessionmaker[Session]], epochs: Epochs, watched: Iterable[Watched]
) -> None:
    """Bump `epochs` after each commit, through these session factories, of a watched change."""
    by_table = {w.table: w for w in watched}

    def after_flush(session: Session, _flush: UOWTransaction) -> None:
        for obj, kind in _flushed(session):
            mapper = inspect(obj).mapper
            table = getattr(mapper.local_table, "name", None)
            spec = by_table.get(table) if isinstance(table, str) else None
            if spec is None or (kind == "insert" and not spec.inserts):
                continue
            if kind == "update" and not _changed(obj, spec):
                continue
            scopes = _scopes(obj, spec.scope_column)
            _pending(session).update(scopes or (GLOBAL,))

    def do_orm_execute(state: ORMExecuteState) -> None:
        if not (state.is_update or state.is_delete or state.is_insert):
            return
        statement: Any = state.statement
        table = getattr(getattr(statement, "table", None), "name", None)
        spec = by_table.get(table) if isinstance(table, str) else None
        if spec is None or (state.is_insert and not spec.inserts):
            return
        if state.is_update and spec.columns is not None:
            updated = _updated_columns(statement)
            if updated is not None and not updated & spec.columns:
                return
        scope = None if state.is_insert else _scope_in_where(statement, spec)
        _pending(state.session).add(scope or GLOBAL)

    def after_commit(session: Session) -> None:
        scopes = session.info.pop(_PENDING, None)
        if not scopes:
            return
        try:
            epochs.bump(scopes)
        except Exception:
            # The change is committed; the caches that hold it expire within their TTL.
            log.exception("could not bump invalidation epochs")

    def after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)

    for factory in factories:
        event.listen(factory, "after_flush", after_flush)
        event.listen(factory, "do_orm_execute", do_orm_execute)
        event.listen(factory, "after_commit", after_commit)
        event.listen(factory, "after_rollback", after_rollback)


def pending_scopes(session: Session) -> frozenset[str]:
    """The scopes this session has changed in its open transaction (not yet bumped)."""
    return frozenset(session.info.get(_PENDING, ()))


def _pending(session: Session) -> set[str]:
    pending: set[str] = session.info.setdefault(_PENDING, set())
    return pending


def _flushed(session: Session) -> Iterable[tuple[object, str]]:
    # after_flush still shows the pre-flush lists and attribute histories.
    for obj in session.new:
        yield obj, "insert"
    for obj in session.dirty:
        yield obj, "update"
    for obj in session.deleted:
        yield obj, "delete"


def _changed(obj: object, spec: Watched) -> bool:
    state = inspect(obj)
    for prop in state.mapper.column_attrs:
        column_names = {c.name for c in prop.columns if isinstance(c, ColumnClause)}
        if spec.columns is not None and not column_names & spec.columns:
            continue
        if state.attrs[prop.key].history.has_changes():
            return True
    return False


def _scopes(obj: object, column: str) -> set[str]:
    """The row's scope; both the old and the new one if the flush changed it."""
    state = inspect(obj)
    for prop in state.mapper.column_attrs:
        if any(getattr(c, "name", None) == column for c in prop.columns):
            history = state.attrs[prop.key].history
            values = [*history.deleted, *history.unchanged, *history.added]
            return {v for v in values if isinstance(v, str) and v}
    return set()


def _updated_columns(statement: Any) -> frozenset[str] | None:
    """The column names an UPDATE sets, or None when they cannot be told."""
    values = getattr(statement, "_values", None)
    if not values:
        return None
    names = set()
    for key in values:
        name = getattr(key, "name", None) or getattr(key, "key", None) or key
        if not isinstance(name, str):
            return None
        names.add(name)
    return frozenset(names)


def _scope_in_where(statement: Any, spec: Watched) -> str | None:
    """The value of `scope_column = :value` ANDed into the WHERE clause, if there is one."""
    where = getattr(statement, "whereclause", None)
    for element in _conjuncts(where):
        if not isinstance(element, BinaryExpression) or element.operator is not operators.eq:
            continue
        left, right = element.left, element.right
        if isinstance(right, ColumnClause) and isinstance(left, BindParameter):
            left, right = right, left
        if (
            isinstance(left, ColumnClause)
            and left.name == spec.scope_column
            and getattr(left.table, "name", None) == spec.table
            and isinstance(right, BindParameter)
            and isinstance(right.effective_value, str)
        ):
            return right.effective_value
    return None


def _conjuncts(where: Any) -> Iterable[Any]:
    """The terms ANDed at the top of a WHERE clause (never those under an OR)."""
    if where is None:
        return
    if isinstance(where, BooleanClauseList) and where.operator is operators.and_:
        for clause in where.clauses:
            yield from _conjuncts(clause)
    else:
        yield where
