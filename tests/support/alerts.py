"""Security-alert helpers: run the evaluation as its job would, and make what it reads."""

from __future__ import annotations

from callvault.comms.recordings.upload import upload_recording
from callvault.core.clock import utcnow
from callvault.core.context import Actor
from callvault.governance.alerts import service as alerts
from callvault.governance.alerts.detection import Raise
from callvault.governance.alerts.rules import Observed
from callvault.wiring import Container
from tests.support.calls import started_call


def evaluate(c: Container) -> int:
    """One run of the every-minute job (alerts raised or updated)."""
    return c.alerts.run()


def recordings_for(c: Container, workspace_id: str, user_id: str, n: int, wav: bytes) -> list[str]:
    """n recordings, each of its own call with the user, uploaded by the telephony side."""
    ids = []
    for i in range(n):
        call_id = started_call(
            c, workspace_id, {"number": f"+1415555{i:04d}"}, {"user_id": user_id}
        )
        out = upload_recording(
            c.db,
            blobs=c.blobs,
            audit=c.audit,
            actor=Actor.system(workspace_id),
            call_id=call_id,
            party=None,
            channel_map=None,
            chunks=[wav],
        )
        ids.append(out.id)
    return ids


def open_alert(c: Container, workspace_id: str, user_id: str) -> str:
    """An open alert about the user (as the evaluation would raise one), resting on a real
    audit entry of the workspace."""
    with c.db.write() as s:
        entry_id = c.audit.record(
            s,
            workspace_id=workspace_id,
            actor_type="user",
            actor_id=user_id,
            action="access.denied",
            object_type="permission",
            object_id="audit.read",
        )
        seq = c.audit.head_seq(s, workspace_id=workspace_id)
        found = Raise(
            rule="repeated_denials",
            severity="warning",
            subject_type="actor",
            subject=user_id,
            key=user_id,
            evidence=[
                Observed(
                    id=entry_id,
                    seq=seq,
                    at=utcnow(),
                    actor_type="user",
                    actor_id=user_id,
                    action="access.denied",
                    object_type="permission",
                    object_id="audit.read",
                    address=None,
                )
            ],
        )
        notice = alerts.store(s, c.audit, workspace_id=workspace_id, found=found)
    assert notice is not None
    return notice.alert_id
