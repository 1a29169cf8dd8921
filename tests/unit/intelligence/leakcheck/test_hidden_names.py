"""A name the redaction hid in one line and left in another is flagged where it was left: the
leak check reads the redaction's output for which rare words it hid as names, then the whole
call for them. A common word the redaction hid is not looked for elsewhere. Lines written for
these tests, apart from any evaluation set."""

from __future__ import annotations

from callvault.intelligence.leakcheck.check import check
from callvault.intelligence.leakcheck.hidden_names import hidden_names
from tests.unit.intelligence.redaction.conversation_call import transcript

RAW = (
    ("callee", 0, "Your new driver"),
    ("callee", 1500, "will be Beto -Celcedo."),
    ("caller", 4000, "Great."),
    ("callee", 8000, "Beto will leave it in the cooler on the porch."),
    ("caller", 12000, "Sorry, I missed that."),
)
REDACTED = (
    ("callee", 0, "Your new driver"),
    ("callee", 1500, "will be Beto -Celcedo."),
    ("caller", 4000, "Great."),
    ("callee", 8000, "[PERSON] will leave it in the cooler on the porch."),
    ("caller", 12000, "[PERSON], I missed that."),
)


def test_the_rare_words_hidden_as_names_are_read_from_the_redaction() -> None:
    assert hidden_names(transcript(RAW), transcript(REDACTED)) == ["beto"]  # not "sorry"


def test_a_name_hidden_once_and_left_elsewhere_is_flagged_there() -> None:
    report = check(transcript(RAW), transcript(REDACTED), None)
    names = [f for f in report.flags if f.kind == "name"]
    assert [(f.speaker, f.start_ms < 4000) for f in names] == [("callee", True)]


def test_a_name_hidden_everywhere_is_no_flag() -> None:
    redacted = (REDACTED[0], ("callee", 1500, "will be [PERSON]."), *REDACTED[2:])
    report = check(transcript(RAW), transcript(redacted), None)
    assert [f for f in report.flags if f.kind == "name"] == []
