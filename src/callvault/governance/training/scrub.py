"""A last line of defence after redaction: the workspace's own identifiers (its name and
slug, its users' names and emails, the calls' phone numbers) are removed from exported text
even where redaction left them (person names are not redacted by default)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from callvault.comms.calls.models import Call
from callvault.crypto.keyring import Keyring
from callvault.identity.models import User, Workspace

_MIN_WORD = 3  # name parts shorter than this ("Al", "of") would blank ordinary words


def _phone_pattern(number: str) -> str | None:
    digits = re.sub(r"\D", "", number)
    if len(digits) < 6:
        return None
    # The national part (last ten digits) in any spacing, with or without a country code.
    tail = digits[-10:]
    return r"(?:\+?\d{1,3}[\s.\-]*)?" + r"[\s.\-()]*".join(re.escape(d) for d in tail)


@dataclass(frozen=True)
class Scrubber:
    pattern: re.Pattern[str] | None

    def __call__(self, text: str) -> str:
        return self.pattern.sub("[REDACTED]", text) if self.pattern else text

    @classmethod
    def of(cls, words: Iterable[str], phones: Iterable[str]) -> Scrubber:
        parts = {re.escape(w) for w in words if len(w.strip()) >= _MIN_WORD}
        alternatives = sorted(parts, key=len, reverse=True)
        patterns = [rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)"] if alternatives else []
        patterns += [p for p in (_phone_pattern(n) for n in phones) if p]
        if not patterns:
            return cls(None)
        return cls(re.compile("|".join(patterns), re.IGNORECASE))


def _name_words(name: str) -> list[str]:
    return [name, *re.split(r"[\s,.;]+", name)]


def for_workspace(
    session: Session, keyring: Keyring, workspace_id: str, call_ids: Iterable[str]
) -> Scrubber:
    cipher = keyring.cipher(session, workspace_id)
    words: list[str] = []
    ws = session.get(Workspace, workspace_id)
    if ws is not None:
        name = cipher.open_text(ws.name_sealed, kind="workspace", object_id=ws.id, field="name")
        words += [*_name_words(name), ws.slug]
    for user in session.scalars(select(User).where(User.workspace_id == workspace_id)):
        name = cipher.open_text(user.name_sealed, kind="user", object_id=user.id, field="name")
        email = cipher.open_text(user.email_sealed, kind="user", object_id=user.id, field="email")
        words += [*_name_words(name), email, email.split("@")[0]]
    phones: list[str] = []
    ids = list(call_ids)
    for call in session.scalars(
        select(Call).where(Call.workspace_id == workspace_id, Call.id.in_(ids))
    ):
        for side, sealed in (
            ("caller", call.caller_number_sealed),
            ("callee", call.callee_number_sealed),
        ):
            if sealed is not None:
                phones.append(
                    cipher.open_text(sealed, kind="call", object_id=call.id, field=f"{side}_number")
                )
    return Scrubber.of(words, phones)
