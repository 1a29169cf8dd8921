"""Baselines, evidence spans, negation, arcs and unsupported languages."""

from __future__ import annotations

from callvault.intelligence.sentiment.service import analyse
from tests.support.transcripts import build_transcript, find_span_text

FLAT_CALLER = [
    ("callee", "Thank you for calling Acme, how can I help you today?"),
    ("caller", "Nah, no idea, I just need the balance."),
    ("callee", "Of course. Could you confirm your postcode?"),
    ("caller", "Sorry, I forget which one it is on there."),
    ("callee", "Not a problem. Do you have the letter we sent?"),
    ("caller", "Sorry, I lost the letter."),
    ("callee", "The account number is on your bank statement too."),
    ("caller", "Sorry, I am terrible with numbers."),
    ("callee", "That's fine, your date of birth will do."),
    ("caller", "Sorry, hard to say which date they used."),
    ("caller", "No idea, sorry, try the first of May."),
    ("callee", "That works. The balance is forty pounds."),
    ("caller", "Nah, no idea where that comes from."),
]


def test_flat_speaker_reads_neutral_against_own_baseline() -> None:
    transcript = build_transcript(FLAT_CALLER)
    result = analyse(transcript)
    caller = next(s for s in result.speakers if s.speaker == "caller")
    raws = [u.raw for u in result.utterances if u.speaker == "caller"]
    # Plain scores drift negative for this speaker's manner of talking...
    assert sum(raws) / len(raws) < -0.15
    assert sum(r <= -0.2 for r in raws) >= 4
    # ...the baseline absorbs it, so neither the speaker nor most turns read negative.
    assert caller.baseline < 0
    assert caller.label == "neutral"
    labels = [u.label for u in result.utterances if u.speaker == "caller"]
    assert labels.count("negative") <= 1


def test_baseline_does_not_explain_away_a_real_complaint() -> None:
    transcript = build_transcript(
        [*FLAT_CALLER, ("caller", "This is the third time I'm calling and nobody called me back.")]
    )
    last = analyse(transcript).utterances[-1]
    assert last.label == "negative"


def test_terse_speaker_is_not_negative() -> None:
    transcript = build_transcript(
        [
            ("callee", "Can I take your account number please?"),
            ("caller", "No."),
            ("callee", "Do you have it to hand?"),
            ("caller", "Nope."),
            ("callee", "Okay, your date of birth then?"),
            ("caller", "Yeah. Fifth of May."),
            ("callee", "Right, you're all set."),
            ("caller", "Okay."),
        ]
    )
    result = analyse(transcript)
    assert all(u.label == "neutral" for u in result.utterances if u.speaker == "caller")
    assert next(s for s in result.speakers if s.speaker == "caller").label == "neutral"


def test_evidence_spans_point_at_the_trigger_phrase() -> None:
    transcript = build_transcript(
        [("caller", "Look, I have been on hold for forty minutes and I want a refund right now.")]
    )
    u = analyse(transcript).utterances[0]
    assert u.label == "negative"
    texts = [transcript.span_text(e) for e in u.evidence]
    assert texts == ["on hold for forty minutes", "I want a refund", "right now"]
    assert (u.evidence[0].start, u.evidence[0].end) == find_span_text(
        transcript, 0, "on hold for forty minutes"
    )


def test_vader_words_become_evidence_too() -> None:
    transcript = build_transcript([("caller", "The new engineer was fantastic.")])
    u = analyse(transcript).utterances[0]
    assert u.label == "positive"
    assert [transcript.span_text(e) for e in u.evidence] == ["fantastic"]


def test_negation() -> None:
    transcript = build_transcript(
        [
            ("callee", "Not a problem, I can do that."),
            ("caller", "I don't want to cancel my account, I just want it fixed."),
            ("caller", "I'm not happy with this."),
        ]
    )
    utterances = analyse(transcript).utterances
    assert utterances[0].label == "neutral"
    assert utterances[1].label != "negative"
    assert utterances[2].label == "negative"
    assert transcript.span_text(utterances[2].evidence[0]) == "not happy"


def test_agent_script_is_neutral_and_carries_no_evidence() -> None:
    transcript = build_transcript(
        [("callee", "Thank you for calling Acme, have a great day, my pleasure!")]
    )
    u = analyse(transcript).utterances[0]
    assert (u.label, u.evidence) == ("neutral", ())


def test_call_arc_and_overall_follow_the_story() -> None:
    angry = [("caller", "This is the third time I'm calling, it's still not working.")] * 6
    calm = [("callee", "Let me look at the line for you.")] * 2
    happy = [("caller", "That fixed it, you've been really helpful, thank you so much!")] * 6
    transcript = build_transcript([*angry, *calm, *happy])
    result = analyse(transcript)
    caller = next(s for s in result.speakers if s.speaker == "caller")
    assert len(caller.arc) >= 2
    assert caller.arc[0].score < -0.3
    assert caller.arc[-1].score > 0.3
    assert all(a.end_ms > a.start_ms for a in caller.arc)
    assert caller.evidence  # the strongest moments
    assert all(transcript.utterances[e.utterance].speaker == "caller" for e in caller.evidence)
    assert result.label in {"negative", "neutral", "positive"}


def test_unsupported_language_is_neutral_with_reason() -> None:
    transcript = build_transcript(
        [("caller", "Das ist absolut inakzeptabel, ich will mein Geld zurück!")], language="de"
    )
    result = analyse(transcript, language="de")
    assert result.degraded_reason is not None
    assert "de" in result.degraded_reason
    assert result.label == "neutral"
    assert all(u.label == "neutral" and not u.evidence for u in result.utterances)


def test_regional_english_tag_uses_english() -> None:
    transcript = build_transcript([("caller", "I want a refund right now.")], language="en-GB")
    result = analyse(transcript, language="en-GB")
    assert result.degraded_reason is None
    assert result.utterances[0].label == "negative"


def test_empty_transcript() -> None:
    result = analyse(build_transcript([]))
    assert (result.utterances, result.speakers, result.overall, result.label) == (
        (),
        (),
        0.0,
        "neutral",
    )
