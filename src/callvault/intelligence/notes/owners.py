"""The name behind an action item's redacted owner ("our adjuster, [PERSON], will call"): the
raw words the placeholder hides, found through the redaction that put it there. Only for
those who may read the raw transcript; the caller (service.notes) checks that."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from callvault.intelligence.transcript import Span, Transcript


def name_behind(said: Span, redactions: Sequence[Mapping[str, Any]], raw: Transcript) -> str | None:
    """The raw text of the person redaction whose placeholder is `said` (a stored redaction:
    {"type", "raw": span, "redacted": span}), or None when none is there."""
    for r in redactions:
        placed = r["redacted"]
        if (
            r["type"] == "person"
            and int(placed["utterance"]) == said.utterance
            and int(placed["start"]) <= said.start < int(placed["end"])
        ):
            at = r["raw"]
            u = int(at["utterance"])
            if 0 <= u < len(raw.utterances):
                name = raw.utterances[u].text[int(at["start"]) : int(at["end"])].strip(" ,.")
                return name or None
    return None
