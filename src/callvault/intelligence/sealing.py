"""Sealed JSON documents of a transcript (raw and redacted text, PII spans, stage outputs),
each bound to its transcript id and field so a ciphertext cannot be moved to another row."""

from __future__ import annotations

import json
from typing import Any

from callvault.crypto.cipher import WorkspaceCipher

KIND = "vi_transcript"


def seal(cipher: WorkspaceCipher, transcript_id: str, field: str, doc: Any) -> bytes:
    data = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    return cipher.seal_text(data, kind=KIND, object_id=transcript_id, field=field)


def unseal(cipher: WorkspaceCipher, transcript_id: str, field: str, sealed: bytes) -> Any:
    return json.loads(cipher.open_text(sealed, kind=KIND, object_id=transcript_id, field=field))
