"""A listener's "Mm-hmm" or "uh-huh", which recognisers write as letters spelled one by one
("M -M -H -M") or in capitals ("MMHMM"), is no spelled name or code (stop 39: a quarter of
the leak check's flags on PII-free lines of three dev halves); letters spelled beside them,
or a spelling that only starts like a hum, still are. Sentences written for these tests,
apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.check import check
from callvault.intelligence.leakcheck.marks import hum
from tests.support.transcripts import build_transcript


@pytest.mark.parametrize(
    "text", ["M -M -H -M.", "M -H -M", "MMHMM,", "MMHMM. MMHMM.", "U -H -H -U -H.", "Uh, H -U -H."]
)
def test_a_hum_written_as_letters_is_not_flagged(text: str) -> None:
    raw = build_transcript([("caller", text)])
    assert check(raw, raw, None).flags == []


@pytest.mark.parametrize(
    "text",
    [
        "It's M -H -M -O -R -E, like the island.",  # starts like a hum, goes on as a name
        "the code is H -M -K -V",
        "My name is HAMMOND,",  # capitals with other letters
        "Mm-hmm, K -O -W -A -L.",  # a spelling right after a hum
    ],
)
def test_letters_that_are_more_than_a_hum_are_still_flagged(text: str) -> None:
    raw = build_transcript([("caller", text)])
    assert "letters" in [f.kind for f in check(raw, raw, None).flags]


def test_hum_letters() -> None:
    assert hum("mmhmm") and hum("uhhuh") and hum("mhm")
    assert not hum("mhmore") and not hum("hmk") and not hum("uhm") and not hum("")
