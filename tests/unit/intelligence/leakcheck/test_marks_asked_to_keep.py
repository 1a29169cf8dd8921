"""A number is one to keep when the other party just asked for it by its label ("What's the
order number?", "the tracking?"), not when a label word merely came up in what they said
("…count the road case," as a recogniser wrote a read-back address). Sentences written for
these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.kept import asked_to_keep
from callvault.intelligence.leakcheck.marks import digit_runs
from callvault.intelligence.leakcheck.words import Heard


def _words(text: str, start_ms: int) -> list[Heard]:
    return [
        Heard(
            w, w.lower().strip(".,;:!?"), start_ms + i * 300, start_ms + i * 300 + 250, 0, i, i + 1
        )
        for i, w in enumerate(text.split())
    ]


@pytest.mark.parametrize(
    ("asked", "kept"),
    [
        ("What's the order number?", True),
        ("Do you have the tracking no handy", True),
        ("And the claim?", True),
        ("Let me read that back, count the road case,", False),
        ("Our ticket office opens at nine.", False),
    ],
)
def test_kept_only_when_asked_for_by_its_label(asked: str, kept: bool) -> None:
    others = _words(asked, 0)
    (run,) = digit_runs(_words("it's 41 50 8", 4_000))
    assert asked_to_keep(run, others) is kept
