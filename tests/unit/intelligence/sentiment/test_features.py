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


@pytest.mark.parametrize(
    ("reply", "sympathy", "gladness"),
    [
        ("Oh no, I'm so sorry to hear that.", 1.0, 0.0),
        ("I completely understand. Let me fix it.", 1.0, 0.0),
        ("That's frustrating, I know.", 1.0, 0.0),
        ("I'm sorry. Is everyone okay?", 1.0, 0.0),
        ("Oh, I'm glad to hear it.", 0.0, 1.0),
        ("You're very welcome.", 0.0, 1.0),
        # asking to hear it again is no sympathy, wherever the question stands in the reply
        ("Sorry, say that again?", 0.0, 0.0),
        ("Okay. Sorry, the third group?", 0.0, 0.0),
        ("Okay, let me pull up the account.", 0.0, 0.0),
        ("", 0.0, 0.0),
    ],
)
def test_the_other_partys_reply(reply: str, sympathy: float, gladness: float) -> None:
    # The turn itself does not matter to these two; only how the other party answered it.
    values = extract(("reply_sympathy", "reply_gladness"), "It came on Tuesday.", 0.0, reply)
    assert values == [sympathy, gladness]


def test_a_turn_nobody_answered_has_no_reply_cue() -> None:
    assert extract(("reply_sympathy", "reply_gladness"), "I'm so sorry.", 0.0) == [0.0, 0.0]


def test_every_feature_has_a_name_the_head_can_list() -> None:
    assert set(FEATURES) == {
        "rules", "vader", "negation", "hedge", "thanks", "question", "reply_sympathy",
        "reply_gladness", "sarcasm",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Oh, wonderful. Another week without heating.", 1.0),
        ("Great, so much for the guarantee.", 1.0),
        ("That's just lovely, three more days off work.", 1.0),
        ("Brilliant. Nobody told me about the deposit.", 1.0),
        # the praise meant, or the burden without praise before it
        ("Great, one more question about the bill.", 0.0),
        ("Perfect, so it arrives on Tuesday.", 0.0),
        ("Another form to sign, I suppose.", 0.0),
        ("I'd like another copy, that's lovely.", 0.0),
    ],
)
def test_sarcasm_is_praise_before_a_burden(text: str, flag: float) -> None:
    assert extract(("sarcasm",), text, 0.0) == [flag]
