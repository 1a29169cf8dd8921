"""Which key changes void cached ciphers and data keys (ADR 0017): any change to a scope's
wrapped data keys (a new content version, a re-wrap, a shred's deletion) bumps its epoch in
every process once committed."""

from __future__ import annotations

from callvault.crypto.models import DataKey
from callvault.epochs.commit_watch import Watched

WATCHED: tuple[Watched, ...] = (Watched(DataKey.__tablename__),)
