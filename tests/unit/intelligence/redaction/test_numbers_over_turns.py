"""A number read over several turns, with the other party's short lines between the groups
(stop 37, the shapes nineteenth-dev's recognised calls left): the asker's short lines with no
number neither read back nor end the question, the answerer's lines before the first digits
are not yet the answer, the answer stays open past its latest group, a read-back of the whole
length is the answer however the answer was heard, a read-back runs across the pieces the
answer was hidden in, and an amount said after the last group keeps its digits. The
conversations are written for these tests, apart from any evaluation set."""

from __future__ import annotations

import pytest

from callvault.intelligence.redaction.entities import EntityType
from tests.unit.intelligence.redaction.conversation_call import redacted_texts

ALL = frozenset(EntityType)
AGENT = frozenset({"callee"})


def _said(*turns: tuple[str, int, str]) -> list[str]:
    return redacted_texts(*turns, types=ALL, business=AGENT)


@pytest.mark.parametrize("aside", ["No rush,", "Take your time.", "the head,", "Got it."])
def test_the_askers_short_line_leaves_the_read_back_covered(aside: str) -> None:
    red = _said(
        ("callee", 0, "What's a good mobile number for the driver?"),
        ("caller", 3000, "Let me think, it's new, 176,"),
        ("callee", 6000, aside),
        ("caller", 8000, "948 I'm 103"),
        ("callee", 12_000, "0176 229 485 103, and he'll text when he's close."),
    )
    assert red[-1] == "[PHONE], and he'll text when he's close."


def test_a_read_back_of_the_whole_length_is_the_answer_however_it_was_heard() -> None:
    red = _said(
        ("callee", 0, "And the best phone number to reach you?"),
        ("caller", 3000, "It's 1343 and one"),
        ("callee", 7000, "4156220198, we'll call the day before."),
    )
    assert red[-1] == "[PHONE], we'll call the day before."


def test_the_askers_own_number_after_a_whole_read_back_stays() -> None:
    red = _said(
        ("callee", 0, "And the best phone number to reach you?"),
        ("caller", 3000, "It's 415 622 0198"),
        ("callee", 7000, "Thanks. And our office line is 800 555 0142 if you need us."),
    )
    assert red[-1] == "Thanks. And our office line is 800 555 0142 if you need us."


def test_a_read_back_runs_across_the_pieces_the_answer_was_hidden_in() -> None:
    red = _said(
        ("callee", 0, "Which number should the nurse ring?"),
        ("caller", 3000, "Right, so it's 617,"),
        ("callee", 6000, "617,"),
        ("caller", 8000, "284, 9931. That's my cell,"),
        ("callee", 12_000, "617, 284, so 931, and she rings about an hour before."),
    )
    assert red[-1] == "[PHONE], so [PHONE], and she rings about an hour before."


def test_the_answerers_lines_before_the_first_digits_are_not_yet_the_answer() -> None:
    red = _said(
        ("callee", 0, "So we can refund you, what's your account number?"),
        ("caller", 3000, "Oh, hold on, I have to find it."),
        ("caller", 6000, "It's in the banking app somewhere."),
        ("callee", 9000, "Sure."),
        ("caller", 11_000, "Okay, 8, 8, 1, 4,"),
        ("callee", 14_000, "mm-hmm"),
        ("caller", 15_000, "so then 2207 61."),
    )
    assert "8, 8, 1, 4" not in red[-3]
    assert red[-1] == "so then [BANK_ACCOUNT]."


def test_the_answer_stays_open_past_its_latest_group_not_past_the_question() -> None:
    red = _said(
        ("callee", 0, "What's the account number for the refund?"),
        ("caller", 9000, "Yeah, it's 4471 2090,"),
        ("callee", 14_000, "go on."),
        ("caller", 24_000, "and then 3318."),
    )
    assert red[-1] == "and then [BANK_ACCOUNT]."


def test_a_number_said_long_after_the_answer_ended_is_something_else() -> None:
    red = _said(
        ("callee", 0, "What's the account number for the refund?"),
        ("caller", 3000, "It's 4471 2090,"),
        ("callee", 6000, "go on."),
        ("caller", 8000, "3318."),
        ("caller", 70_000, "The unit I rented was 725."),
    )
    assert "3318" not in red[-2]
    assert red[-1] == "The unit I rented was 725."


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("And a mobile, in case we're running late?", "[PHONE]"),
        ("And your I bond?", "[BANK_ACCOUNT]"),
    ],
)
def test_questions_heard_short_still_ask(question: str, kind: str) -> None:
    red = _said(("callee", 0, question), ("caller", 3000, "Sure, 0787 441 2093."))
    assert red[-1].endswith(f"{kind}.") and "441" not in red[-1]


def test_an_amount_after_the_last_group_of_a_read_back_survives() -> None:
    red = _said(
        ("callee", 0, "What's your IBAN for the refund?"),
        ("caller", 3000, "D E 89 3704 0044 0532 0130 00"),
        ("callee", 8000, "3704 0044 0532 0130 00, 45 euros back within a week."),
    )
    assert red[-1].endswith(", 45 euros back within a week.")
    assert "0532" not in red[-1]


def test_pieces_of_one_line_are_no_number_read_over_turns() -> None:
    red = _said(
        ("callee", 0, "And your date of birth?"),
        ("caller", 3000, "No, we moved in March, it's 415 by the lake, building C, Unit 112."),
        ("callee", 20_000, "Right, that comes to 4151 dollars with the callout."),
    )
    assert red[-1] == "Right, that comes to 4151 dollars with the callout."
