"""The assist-card matcher on single segments: triggers, speakers, spans, disabled cards."""

from __future__ import annotations

from callvault.intelligence.assist.matcher import AssistCard, CardHit, Segment, match
from callvault.intelligence.sentiment.running import RunningSentiment


def card(card_id: str, **kw: object) -> AssistCard:
    values: dict[str, object] = {
        "id": card_id,
        "title": f"Title {card_id}",
        "body": f"Body {card_id}",
        "link": None,
        "phrases": (),
        "keywords": (),
    }
    values.update(kw)
    return AssistCard(**values)  # type: ignore[arg-type]


def test_a_phrase_hits_with_the_span_of_what_was_said() -> None:
    text = "Honestly it is far too expensive for us."
    hits = match([card("c1", phrases=("too expensive",))], Segment(text, "customer"))
    assert hits == [CardHit("c1", "Title c1", "Body c1", None, (19, 32))]
    assert text[19:32] == "too expensive"


def test_whole_words_only_and_small_recognition_errors_on_long_phrases() -> None:
    cards = [card("c1", keywords=("cancel",)), card("c2", phrases=("cancel my account",))]
    assert match(cards, Segment("what about the cancellation fee", "customer")) == []
    hits = match(cards, Segment("I want to cancel my a count today", "customer"))
    assert [h.card_id for h in hits] == ["c1", "c2"]


def test_dictionary_aliases_count_as_the_keyword() -> None:
    cards = [card("c1", keywords=("Acme",))]
    segment = Segment("we use akme now", "customer")
    assert match(cards, segment) == []
    hits = match(cards, segment, aliases={"acme": ["akme"]})
    assert [h.span for h in hits] == [(7, 11)]


def test_the_speaker_filter_and_disabled_cards() -> None:
    cards = [
        card("agent", phrases=("refund",), speaker="agent"),
        card("customer", phrases=("refund",), speaker="customer"),
        card("any", phrases=("refund",)),
        card("off", phrases=("refund",), enabled=False),
    ]
    said_by_customer = match(cards, Segment("a refund please", "customer"))
    assert [h.card_id for h in said_by_customer] == ["customer", "any"]
    said_by_agent = match(cards, Segment("the refund is done", "agent"))
    assert [h.card_id for h in said_by_agent] == ["agent", "any"]
    assert match(cards, Segment("   ", "agent")) == []


def test_running_sentiment_follows_a_party() -> None:
    running = RunningSentiment()
    first = running.add("caller", "This is terrible, I am really angry and upset.")
    assert first is not None and first.label == "negative" and first.score < 0
    other = running.add("callee", "Great, thank you so much, that is wonderful!")
    assert other is not None and other.label == "positive"
    assert running.add("caller", "  ") is None
