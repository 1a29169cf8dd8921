"""Voicemail queries; every function takes the workspace id (the stale-upload sweep, which
runs for all workspaces, is the one exception)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from callvault.comms.bulk import chunks
from callvault.comms.cursors import Position
from callvault.comms.voicemail.models import (
    READY,
    UPLOADING,
    VoicemailDelivery,
    VoicemailGreeting,
    VoicemailMessage,
)


def message(session: Session, workspace_id: str, message_id: str) -> VoicemailMessage | None:
    return session.scalars(
        select(VoicemailMessage).where(
            VoicemailMessage.workspace_id == workspace_id, VoicemailMessage.id == message_id
        )
    ).one_or_none()


def ready_message(session: Session, workspace_id: str, message_id: str) -> VoicemailMessage | None:
    row = message(session, workspace_id, message_id)
    return row if row is not None and row.state == READY else None


def _message_conds(
    workspace_id: str,
    mailboxes: frozenset[str] | None,
    *,
    unread: bool | None,
    since: datetime | None,
    until: datetime | None,
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        VoicemailMessage.workspace_id == workspace_id,
        VoicemailMessage.state == READY,
    ]
    if mailboxes is not None:
        conds.append(VoicemailMessage.user_id.in_(mailboxes))
    if unread is True:
        conds.append(VoicemailMessage.read_at.is_(None))
    elif unread is False:
        conds.append(VoicemailMessage.read_at.is_not(None))
    if since is not None:
        conds.append(VoicemailMessage.received_at >= since)
    if until is not None:
        conds.append(VoicemailMessage.received_at < until)
    return conds


def messages(
    session: Session,
    workspace_id: str,
    mailboxes: frozenset[str] | None,
    *,
    unread: bool | None,
    since: datetime | None,
    until: datetime | None,
    after: Position | None = None,
    limit: int,
) -> Sequence[VoicemailMessage]:
    """Newest first, keyset-paginated on (received_at, id); mailboxes None: every mailbox."""
    conds = _message_conds(workspace_id, mailboxes, unread=unread, since=since, until=until)
    if after is not None:
        at, message_id = after
        conds.append(
            or_(
                VoicemailMessage.received_at < at,
                and_(VoicemailMessage.received_at == at, VoicemailMessage.id < message_id),
            )
        )
    return session.scalars(
        select(VoicemailMessage)
        .where(*conds)
        .order_by(VoicemailMessage.received_at.desc(), VoicemailMessage.id.desc())
        .limit(limit)
    ).all()


def matching_ids(
    session: Session,
    workspace_id: str,
    mailboxes: frozenset[str] | None,
    *,
    unread: bool | None,
    since: datetime | None,
    until: datetime | None,
) -> list[str]:
    conds = _message_conds(workspace_id, mailboxes, unread=unread, since=since, until=until)
    return list(session.scalars(select(VoicemailMessage.id).where(*conds)).all())


def count(
    session: Session,
    workspace_id: str,
    mailboxes: frozenset[str] | None,
    *,
    unread: bool | None,
    since: datetime | None,
    until: datetime | None,
) -> int:
    conds = _message_conds(workspace_id, mailboxes, unread=unread, since=since, until=until)
    stmt = select(func.count()).select_from(VoicemailMessage).where(*conds)
    return int(session.scalar(stmt) or 0)


def unread_count(session: Session, workspace_id: str, mailbox_id: str) -> int:
    conds = _message_conds(
        workspace_id, frozenset({mailbox_id}), unread=True, since=None, until=None
    )
    return int(
        session.scalar(select(func.count()).select_from(VoicemailMessage).where(*conds)) or 0
    )


def greetings(session: Session, workspace_id: str, user_id: str) -> Sequence[VoicemailGreeting]:
    """The user's greetings, newest first (ready and uploading)."""
    return session.scalars(
        select(VoicemailGreeting)
        .where(VoicemailGreeting.workspace_id == workspace_id, VoicemailGreeting.user_id == user_id)
        .order_by(VoicemailGreeting.created_at.desc(), VoicemailGreeting.id.desc())
    ).all()


def ready_greeting(session: Session, workspace_id: str, user_id: str) -> VoicemailGreeting | None:
    return next((g for g in greetings(session, workspace_id, user_id) if g.state == READY), None)


def greeting(session: Session, workspace_id: str, greeting_id: str) -> VoicemailGreeting | None:
    return session.scalars(
        select(VoicemailGreeting).where(
            VoicemailGreeting.workspace_id == workspace_id, VoicemailGreeting.id == greeting_id
        )
    ).one_or_none()


def delete_messages(session: Session, workspace_id: str, ids: Sequence[str]) -> int:
    """Delete the messages and the delivery keys that name them; how many messages."""
    removed = 0
    for chunk in chunks(ids):
        session.execute(
            delete(VoicemailDelivery).where(
                VoicemailDelivery.workspace_id == workspace_id,
                VoicemailDelivery.message_id.in_(chunk),
            )
        )
        result = session.execute(
            delete(VoicemailMessage).where(
                VoicemailMessage.workspace_id == workspace_id, VoicemailMessage.id.in_(chunk)
            )
        )
        removed += int(result.rowcount)  # type: ignore[attr-defined]
    return removed


def delivery(
    session: Session, workspace_id: str, mailbox_id: str, key_index: str
) -> VoicemailDelivery | None:
    return session.get(VoicemailDelivery, (workspace_id, mailbox_id, key_index))


def delete_greetings(session: Session, workspace_id: str, ids: Sequence[str]) -> int:
    if not ids:
        return 0
    result = session.execute(
        delete(VoicemailGreeting).where(
            VoicemailGreeting.workspace_id == workspace_id, VoicemailGreeting.id.in_(ids)
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def stale_messages(session: Session, *, before: datetime, limit: int) -> Sequence[VoicemailMessage]:
    return session.scalars(
        select(VoicemailMessage)
        .where(VoicemailMessage.state == UPLOADING, VoicemailMessage.created_at < before)
        .limit(limit)
    ).all()


def stale_greetings(
    session: Session, *, before: datetime, limit: int
) -> Sequence[VoicemailGreeting]:
    return session.scalars(
        select(VoicemailGreeting)
        .where(VoicemailGreeting.state == UPLOADING, VoicemailGreeting.created_at < before)
        .limit(limit)
    ).all()
