"""Calls started as the telephony layer reports them, for tests that need a call between
given parties (an outside number, a user, a contact)."""

from __future__ import annotations

from callvault.comms.calls.ingest import ingest_call_event
from callvault.comms.calls.schemas import CallEventIn
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.wiring import Container
from tests.support import factories as f


def started_call(
    c: Container,
    workspace_id: str,
    caller: dict[str, str],
    callee: dict[str, str],
    *,
    direction: str = "inbound",
    prefix: str = "matrix",
) -> str:
    """A started call between the two parties (each a {"number"|"user_id"|"contact_id": …})."""
    event = CallEventIn.model_validate(
        {
            "type": "call.started",
            "external_call_id": f.unique(prefix),
            "occurred_at": utcnow(),
            "direction": direction,
            "caller": caller,
            "callee": callee,
        }
    )
    with c.db.write() as s:
        out = ingest_call_event(
            s, keyring=c.keyring, audit=c.audit, actor=Actor.system(workspace_id), event=event
        )
    return out.call_id
