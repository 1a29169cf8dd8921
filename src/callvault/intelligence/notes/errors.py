"""Errors of note-taking."""

from __future__ import annotations


class LlmUnavailable(Exception):
    """The LLM endpoint gave no usable notes; the reason never contains transcript text."""

    code = "notes.llm_unavailable"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
