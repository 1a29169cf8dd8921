"""The keyed token index of message bodies, and search over it.

Each distinct normalised word (NFKC, case-folded, 2 to 32 letters or digits) of a body is
stored only as a workspace-keyed HMAC (`chat.word`) in `chat_search_tokens`; a query matches
messages holding the tokens of every query word, in SQL. Someone holding the database but
not the keys learns only which messages share a word (the equality leak of any blind index),
never a word. Matching is on whole words; results are limited to the conversations the actor
may read, and reading a conversation one is not in through search is audited like any other
non-participant read."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy.orm import Session

from callvault.audit.service import AuditLog
from callvault.comms.chat import repository as repo
from callvault.comms.chat.content import messages_out
from callvault.comms.chat.errors import InvalidQuery
from callvault.comms.chat.schemas import SearchOut
from callvault.comms.chat.visibility import visibility
from callvault.core.context import Actor
from callvault.crypto.cipher import WorkspaceCipher
from callvault.crypto.keyring import Keyring
from callvault.retention_clock.cutoff import cutoff
from callvault.retention_clock.data_types import DataType

WORD_FIELD = "chat.word"
MIN_WORD = 2
MAX_WORD = 32
MAX_TOKENS = 500
MAX_QUERY_WORDS = 8
RESULTS_MAX = 100

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The distinct normalised words a body is findable by (only their HMACs are stored)."""
    out: dict[str, None] = {}
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if MIN_WORD <= len(word) <= MAX_WORD:
            out[word] = None
    return list(out)[:MAX_TOKENS]


def tokens(cipher: WorkspaceCipher, text: str | None) -> list[str]:
    return [cipher.blind_index(w, field=WORD_FIELD) for w in words(text or "")]


def query_tokens(cipher: WorkspaceCipher, query: str) -> list[str]:
    found = words(query)
    if not found:
        raise InvalidQuery(
            f"Search needs a word of {MIN_WORD} to {MAX_WORD} letters or digits.", field="q"
        )
    return [cipher.blind_index(w, field=WORD_FIELD) for w in found[:MAX_QUERY_WORDS]]


def search_messages(
    session: Session, *, keyring: Keyring, audit: AuditLog, actor: Actor, query: str, limit: int
) -> SearchOut:
    """Messages containing every word of the query, in conversations the actor may read."""
    seen = visibility(session, actor)
    cipher = keyring.cipher(session, actor.workspace_id)
    wanted = query_tokens(cipher, query)
    scope: frozenset[str] | None = None
    if seen.user_ids is not None:
        scope = frozenset(
            c.id for c in repo.conversations(session, actor.workspace_id, member_in=seen.user_ids)
        )
    rows = repo.search(
        session,
        actor.workspace_id,
        wanted,
        conversation_ids=scope,
        limit=max(1, min(limit, RESULTS_MAX)),
    )
    oldest = cutoff(session, actor.workspace_id, DataType.CHAT_MESSAGES)  # expired: invisible
    rows = [m for m in rows if oldest is None or m.created_at >= oldest]
    conv_ids = sorted({m.conversation_id for m in rows})
    members = repo.members(session, actor.workspace_id, conv_ids)
    foreign = [cid for cid in conv_ids if actor.user_id not in {m.user_id for m in members[cid]}]
    if foreign:  # never the query itself: it is content
        audit.record_read(
            session,
            workspace_id=actor.workspace_id,
            actor=actor,
            action="chat.search.non_participant",
            object_type="chat_conversation",
            details={"conversation_ids": foreign, "returned": len(rows)},
        )
    return SearchOut(messages=messages_out(session, cipher, rows))
