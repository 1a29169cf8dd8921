"""Voice-intelligence errors with stable codes."""

from __future__ import annotations

from callvault.core.errors import Conflict, InvalidInput, NotFound


class TranscriptNotFound(NotFound):
    code = "transcript_not_found"


class DictionaryTermNotFound(NotFound):
    code = "dictionary_term_not_found"


class MomentNotFound(NotFound):
    code = "moment_not_found"


class InvalidSettings(InvalidInput):
    code = "invalid_intelligence_settings"


class DuplicateTerm(Conflict):
    code = "duplicate_dictionary_term"


class IntelligenceDisabled(Conflict):
    code = "intelligence_disabled"


class NotReady(Conflict):
    """The stage that produces this output has not finished (or failed: see the status)."""

    code = "intelligence_not_ready"


class RedactionPending(Conflict):
    """Only the redacted rendition may be served to this actor, and it does not exist yet."""

    code = "redaction_pending"
