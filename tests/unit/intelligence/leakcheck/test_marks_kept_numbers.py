"""Numbers people need to keep are noted, not flagged (stop 39: a business paper's number,
a number made an adjective and an ordinal were flags on lines with nothing personal in
them); a number given as someone's own stays a flag. Sentences written for these tests,
apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.check import check
from tests.support.transcripts import build_transcript


@pytest.mark.parametrize(
    "text",
    [
        "I have it, ReferralRX77302 for twelve visits.",  # the label glued to the number
        "The referral is R X 77302.",
        "Your receipt is 55180.",
        "The notice 6612 went out on the second.",
        "That's quote 80917, valid for a month.",
        "It's a 300 -year -old tree.",  # as the recogniser writes "300-year-old"
        "We offer a 180 -day plan.",
        "You're the 100th caller today.",
    ],
)
def test_a_number_to_keep_is_not_flagged(text: str) -> None:
    raw = build_transcript([("callee", text)])
    report = check(raw, raw, None)
    assert report.flags == [] and report.kept_numbers == 1


@pytest.mark.parametrize(
    "text",
    [
        "My member number is 4471 22.",
        "It's 300 -41 -77.",  # dashes between groups, no unit after
        "The last four are 8812, and I'm in a hurry.",
    ],
)
def test_a_number_of_ones_own_is_flagged(text: str) -> None:
    raw = build_transcript([("caller", text)])
    assert [f.kind for f in check(raw, raw, None).flags] == ["digits"]
