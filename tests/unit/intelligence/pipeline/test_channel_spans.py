"""Which channels a redacted span is hidden on: the channel of the speaker who said it, every
channel when the file's channels carry no single party, and never a channel left out because
the recording row named fewer channels than the file has."""

from __future__ import annotations

from callvault.intelligence.pipeline.sources import SourceAudio, _speakers, speakers_for
from callvault.intelligence.pipeline.stages import channel_spans
from callvault.intelligence.redaction.apply import Found
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.transcript import Span


def _found(speaker: str) -> Found:
    return Found(EntityType.CARD_NUMBER, Span(0, 0, 4), Span(0, 0, 13), 100, 900, speaker)


def _obj(*speakers: str) -> SourceAudio:
    return SourceAudio("recording", "r1", speakers, 1000)


def test_span_goes_on_the_speakers_channel_only() -> None:
    spans = channel_spans(_obj("caller", "callee"), 2, [_found("callee")])
    assert spans == [(100, 900, 1)]


def test_mixed_or_unnamed_channels_hide_the_span_everywhere() -> None:
    assert channel_spans(_obj("speaker"), 1, [_found("speaker")]) == [(100, 900, None)]
    assert channel_spans(_obj("mixed", "mixed"), 2, [_found("mixed_2")]) == [(100, 900, None)]


def test_channel_names_are_distinct_and_cover_every_channel() -> None:
    assert _speakers("caller", None, 2) == ("caller", "caller_2")
    assert _speakers(None, ["callee", "callee"], 2) == ("callee", "callee_2")
    assert speakers_for(_obj("caller"), 3) == ("caller", "channel_2", "channel_3")
    # A span said on an extra channel is still hidden there.
    assert channel_spans(_obj("caller"), 2, [_found("channel_2")]) == [(100, 900, 1)]
