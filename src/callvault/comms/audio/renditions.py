"""Which rendition of an audio object a reader gets. Voice intelligence makes a redacted
rendition of recordings and voicemail (sensitive spans toned out or silenced, same
duration); a policy it supplies decides, per reader, whether the original or the redacted
rendition is served, or refuses while the redacted one is still being made. Without a
policy (voice intelligence not wired) the original is served."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from callvault.core.context import Actor
from callvault.storage.encrypted import EncryptedBlobStore

REDACTED_MEDIA_TYPE = "audio/wav"


class RenditionPolicy(Protocol):
    def choose(self, session: Session, *, actor: Actor, kind: str, object_id: str) -> str | None:
        """The blob kind to serve instead of `kind` (None: the original); raise to refuse."""
        ...


@dataclass(frozen=True, slots=True)
class Served:
    kind: str
    size: int
    media_type: str
    redacted: bool


def served(
    session: Session,
    blobs: EncryptedBlobStore,
    policy: RenditionPolicy | None,
    *,
    actor: Actor,
    kind: str,
    object_id: str,
    size: int,
    media_type: str,
) -> Served:
    """What to stream for this reader: the original object or its redacted rendition."""
    alt = policy.choose(session, actor=actor, kind=kind, object_id=object_id) if policy else None
    if alt is None:
        return Served(kind=kind, size=size, media_type=media_type, redacted=False)
    alt_size = blobs.size(workspace_id=actor.workspace_id, kind=alt, object_id=object_id)
    return Served(kind=alt, size=alt_size, media_type=REDACTED_MEDIA_TYPE, redacted=True)
