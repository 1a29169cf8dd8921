"""A number repeated after the business named it as its own stays, even where a card's
details were just asked for; a repeat with a cue of its own is still hidden. Conversations
written for these tests, apart from any evaluation set."""

from __future__ import annotations

from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.kept_repeats import repeats_of_kept
from tests.support.transcripts import build_transcript

TYPES = frozenset(EntityType)


def _taken_back(lines: list[tuple[str, str]], hidden: str) -> list[PiiSpan]:
    """The spans the rule takes back when the last line's `hidden` was taken for a code."""
    t = build_transcript(lines)
    last = t.utterances[-1]
    at = last.text.index(hidden)
    span = PiiSpan(EntityType.CARD_SECURITY_CODE, at, at + len(hidden))
    return repeats_of_kept(t.utterances, {last.index: [span]}).get(last.index, [])


def test_a_repeat_of_a_named_job_number_is_taken_back() -> None:
    lines = [("callee", "Approved. Your job number is J 5510 8."), ("caller", "5, 5, 1, 0, 8.")]
    assert len(_taken_back(lines, "5, 5, 1, 0, 8")) == 1


def test_a_repeat_of_a_receipt_number_is_taken_back() -> None:
    lines = [("callee", "Done, receipt 4017 66."), ("caller", "4017 66.")]
    assert len(_taken_back(lines, "4017 66")) == 1


def test_a_number_nobody_named_stays_hidden() -> None:
    lines = [("callee", "Sorry, again? 4017 66?"), ("caller", "4017 66.")]
    assert _taken_back(lines, "4017 66") == []


def test_a_repeat_with_a_cue_of_its_own_stays_hidden() -> None:
    lines = [("callee", "Done, receipt 4017 66."), ("caller", "My card code is 4017 66.")]
    assert _taken_back(lines, "4017 66") == []


def test_a_phone_said_after_a_job_number_is_still_hidden() -> None:
    out = redact_transcript(
        build_transcript(
            [
                ("callee", "Your job number is 5510 8821."),
                ("caller", "Thanks. And my phone is 617 555 0123."),
            ]
        ),
        types=TYPES,
    )
    assert "617 555 0123" not in out.transcript.utterances[1].text


def test_a_label_the_recogniser_cut_from_its_number_still_names_it() -> None:
    lines = [
        ("callee", "For the importer number, that's your social."),
        ("caller", "612 40 3318."),
        ("callee", "The tariff code is"),
        ("callee", "6203 1."),
    ]
    out = redact_transcript(build_transcript(lines), types=TYPES).transcript.utterances
    assert "612 40 3318" not in out[1].text
    assert out[3].text == "6203 1."


def test_a_sentence_that_ended_names_nothing_after_it() -> None:
    lines = [
        ("callee", "And the last four of your social?"),
        ("caller", "I have the tariff code."),
        ("caller", "4 4 1 9."),
    ]
    out = redact_transcript(build_transcript(lines), types=TYPES).transcript.utterances
    assert "4 4 1 9" not in out[2].text
