"""The named features the sentiment head reads beside the sentence vector (ADR 0032)."""

from __future__ import annotations

import pytest

from callvault.intelligence.sentiment.features import FEATURES, extract

NAMES = ("rules", "negation", "hedge", "thanks", "question")


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("I'm not happy with this.", (1.0, 0.0, 0.0, 0.0)),
        ("It still hasn't arrived.", (1.0, 0.0, 0.0, 0.0)),
        ("I'm a bit disappointed, to be honest.", (0.0, 1.0, 0.0, 0.0)),
        ("Cheers, much appreciated.", (0.0, 0.0, 1.0, 0.0)),
        ("Why did nobody tell me?", (1.0, 0.0, 0.0, 1.0)),
        ("The meter is under the stairs.", (0.0, 0.0, 0.0, 0.0)),
    ],
)
def test_cues(text: str, flags: tuple[float, ...]) -> None:
    values = extract(NAMES, text, -0.3)
    assert values[0] == -0.3  # the rules' score passes through as given
    assert tuple(values[1:]) == flags


def test_vader_reads_the_whole_turn() -> None:
    # The rules take call-centre phrases and acknowledgements away from VADER; the feature
    # gives the head VADER's view of the turn as said.
    (good,) = extract(("vader",), "That is wonderful news.", 0.0)
    (bad,) = extract(("vader",), "That is terrible news.", 0.0)
    (plain,) = extract(("vader",), "The meter is under the stairs.", 0.0)
    assert good > 0.4
    assert bad < -0.4
    assert plain == 0.0


def test_every_feature_has_a_name_the_head_can_list() -> None:
    assert set(FEATURES) == {"rules", "vader", "negation", "hedge", "thanks", "question"}
