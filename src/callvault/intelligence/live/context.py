"""What the live transcript of one call needs from the database, read once when the call is
answered: whether the workspace transcribes at all, its redaction rules (types, fail-closed
digits, the parties' and directory's names), the dictionary prompt, and who receives the
transcript (the two parties' devices and the supervisors of their groups)."""

from __future__ import annotations

from dataclasses import dataclass

from callvault.core.context import Actor
from callvault.core.errors import NotFound
from callvault.crypto.keyring import Keyring
from callvault.db.engine import Database
from callvault.identity import service as identity
from callvault.intelligence import config
from callvault.intelligence.dictionary import service as dictionary
from callvault.intelligence.dictionary.prompt import initial_prompt
from callvault.intelligence.live.redactor import RedactionRules
from callvault.intelligence.redaction.entities import EntityType
from callvault.media.listeners import AnsweredCall


@dataclass(frozen=True, slots=True)
class CallContext:
    enabled: bool
    rules: RedactionRules
    prompt: str | None
    supervisors: frozenset[str]  # user ids, the parties themselves left out


def load_context(db: Database, keyring: Keyring, call: AnsweredCall) -> CallContext:
    workspace_id = call.workspace_id
    with db.read() as session:
        settings = config.effective(session, keyring, workspace_id)
        types = frozenset(EntityType(t) for t in settings.entity_types)
        if not settings.enabled:
            return CallContext(False, RedactionRules(types=types), None, frozenset())
        vocab = dictionary.vocabulary(session, keyring, workspace_id)
        system = Actor.system(workspace_id, reason="live-transcript")
        parties: list[str] = []
        if settings.redact_party_names:
            for party in call.parties:
                try:
                    user = identity.get_user(
                        session, keyring=keyring, actor=system, user_id=party.user_id
                    )
                except NotFound:
                    continue
                parties.append(user.name)
        user_ids = [p.user_id for p in call.parties]
        supervisors = identity.supervisors_of(session, workspace_id, user_ids) - set(user_ids)
    rules = RedactionRules(
        types=types,
        fail_closed=settings.fail_closed_digits,
        names=list(vocab.names) if EntityType.PERSON in types else [],
        parties=[n for n in parties if n.strip()],
    )
    return CallContext(True, rules, initial_prompt(vocab.terms), frozenset(supervisors))
