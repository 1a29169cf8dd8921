"""A last line of defence after redaction: the workspace's own identifiers (its name and
slug, its users' names and emails, the calls' phone numbers) are removed from exported text
even where redaction left them (person names are not redacted by default)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from callvault.comms.calls import facts as calls
from callvault.crypto.keyring import Keyring
from callvault.identity import directory

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
    known = directory.identifiers(session, keyring=keyring, workspace_id=workspace_id)
    words: list[str] = []
    if known.workspace_name is not None and known.workspace_slug is not None:
        words += [*_name_words(known.workspace_name), known.workspace_slug]
    for name, email in known.people:
        words += [*_name_words(name), email, email.split("@")[0]]
    phones = calls.call_numbers(
        session,
        cipher=keyring.cipher(session, workspace_id),
        workspace_id=workspace_id,
        call_ids=call_ids,
    )
    return Scrubber.of(words, phones)
