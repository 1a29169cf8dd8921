"""Moment rules against transcripts: phrases, keywords, aliases, speakers, fuzziness, order."""

from __future__ import annotations

from callvault.intelligence.moments.matcher import MomentHit, MomentRule, match_moments
from callvault.intelligence.transcript import Transcript
from tests.support.transcripts import build_transcript

COMPETITOR = MomentRule(key="competitor", phrases=(), keywords=("Acme", "Globex"), speakers=None)
CANCEL_RISK = MomentRule(
    key="cancel-risk",
    phrases=("cancel", "cancel my account", "switch provider", "close my account"),
    keywords=(),
    speakers=frozenset({"caller"}),
)
ALIASES = {"Acme": ["ackme", "ack me"]}


def _said(transcript: Transcript, hits: list[MomentHit]) -> list[tuple[str, str, str]]:
    return [(h.key, h.matched, transcript.span_text(h.evidence)) for h in hits]


def test_competitor_by_keyword_and_alias() -> None:
    t = build_transcript(
        [
            ("caller", "Ackme offered me a better price."),
            ("callee", "I see. Was that Acme's broadband or Globex?"),
            ("caller", "Ack me, the broadband one."),
        ]
    )
    hits = match_moments(t, [COMPETITOR], aliases=ALIASES)
    assert _said(t, hits) == [
        ("competitor", "Acme", "Ackme"),
        ("competitor", "Acme", "Acme's"),
        ("competitor", "Globex", "Globex"),
        ("competitor", "Acme", "Ack me"),
    ]


def test_alias_keys_are_case_insensitive() -> None:
    t = build_transcript([("caller", "ackme is cheaper")])
    rule = MomentRule(key="c", phrases=(), keywords=("ACME",), speakers=None)
    assert len(match_moments(t, [rule], aliases={"acme": ["ackme"]})) == 1


def test_cancellation_phrases_tolerate_punctuation_case_and_asr_errors() -> None:
    t = build_transcript(
        [
            ("caller", "Honestly I want to CANCEL... my   account today."),
            ("caller", "I'll cancel my a count if this goes on."),
            ("caller", "Maybe I should switch, provider I mean."),
        ]
    )
    hits = match_moments(t, [CANCEL_RISK])
    assert _said(t, hits) == [
        ("cancel-risk", "cancel my account", "CANCEL... my account"),
        ("cancel-risk", "cancel my account", "cancel my a count"),
        ("cancel-risk", "switch provider", "switch, provider"),
    ]


def test_no_hits_inside_other_words() -> None:
    # Documented choice: "cancel" is a whole word. "cancellation", "cancelled" and the ASR-ish
    # "can sell" are not hits; a rule wanting them lists them as phrases.
    t = build_transcript(
        [
            ("caller", "What is the cancellation fee? I cancelled once before."),
            ("caller", "You can sell it back to us, can't you?"),
            ("caller", "Acmeville is a town, not a company."),
        ]
    )
    assert match_moments(t, [CANCEL_RISK, COMPETITOR], aliases=ALIASES) == []


def test_short_phrases_are_never_fuzzy() -> None:
    t = build_transcript([("caller", "The cancer screening was fine.")])
    assert match_moments(t, [CANCEL_RISK]) == []


def test_speaker_filter() -> None:
    t = build_transcript(
        [
            ("callee", "If you cancel my account team will call you."),
            ("caller", "Then cancel my account."),
        ]
    )
    hits = match_moments(t, [CANCEL_RISK])
    assert [(h.evidence.utterance, h.matched) for h in hits] == [(1, "cancel my account")]


def test_overlapping_phrases_of_one_rule_give_one_hit() -> None:
    # "cancel" and "cancel my account" both match; the longer one wins, once.
    t = build_transcript([("caller", "Please cancel my account.")])
    hits = match_moments(t, [CANCEL_RISK])
    assert _said(t, hits) == [("cancel-risk", "cancel my account", "cancel my account")]


def test_two_rules_may_tag_the_same_words() -> None:
    other = MomentRule(key="account", phrases=("my account",), keywords=(), speakers=None)
    t = build_transcript([("caller", "Cancel my account.")])
    hits = match_moments(t, [CANCEL_RISK, other])
    assert [(h.key, h.matched) for h in hits] == [
        ("cancel-risk", "cancel my account"),
        ("account", "my account"),
    ]


def test_output_is_deterministic_and_ordered() -> None:
    t = build_transcript(
        [
            ("caller", "Globex and Acme both called. I might cancel."),
            ("caller", "Acme again, and cancel, cancel."),
        ]
    )
    rules = [CANCEL_RISK, COMPETITOR]
    first = match_moments(t, rules, aliases=ALIASES)
    assert first == match_moments(t, rules, aliases=ALIASES)
    positions = [(h.evidence.utterance, h.evidence.start) for h in first]
    assert positions == sorted(positions)
    assert len(first) == 6


def test_empty_rules_and_transcript() -> None:
    assert match_moments(build_transcript([]), [CANCEL_RISK]) == []
    assert match_moments(build_transcript([("caller", "cancel")]), []) == []
    empty = MomentRule(key="e", phrases=("", "  "), keywords=("...",), speakers=None)
    assert match_moments(build_transcript([("caller", "cancel ...")]), [empty]) == []
