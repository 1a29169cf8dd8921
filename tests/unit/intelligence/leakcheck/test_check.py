"""The leak check flags what is still in the redacted text and audio, by rules of its own;
what the detector redacted, and numbers labelled as ones to keep, are not flagged."""

from __future__ import annotations

import pytest

from callvault.intelligence.leakcheck.check import check
from callvault.intelligence.leakcheck.marks import digit_runs, house_numbers, spelled
from callvault.intelligence.leakcheck.words import stretches
from callvault.intelligence.redaction.apply import redact_transcript
from callvault.intelligence.redaction.entities import DEFAULT_TYPES, EntityType
from callvault.intelligence.transcript import Transcript
from tests.support.transcripts import build_transcript
from tests.unit.intelligence.redaction.conversation_call import PARTIES, transcript


def _digits(text: str) -> list[str]:
    words = stretches(transcript((("caller", 0, text),)), "caller")[0]
    return [m.key for m in digit_runs(words) if not m.kept]


def test_digits_are_counted_however_they_are_said() -> None:
    assert _digits("my social is one two three") == ["123"]
    assert _digits("it's forty one eleven") == ["4111"]
    assert _digits("double five, uh, seven") == ["557"]
    assert _digits("4-1-1 and 2") == ["4112"]
    assert _digits("twenty-eight oh nine") == ["2809"]
    assert _digits("oh I see, two boxes") == []  # "oh" alone is a word
    assert _digits("order number 5 5 1 2 8 8") == []  # kept: its own label says so
    assert _digits("that's forty nine ninety five dollars") == []
    # Times of day as recognisers write them, next to a word that goes with times.
    assert _digits("you're booked at 915 in the morning") == []
    assert _digits("I have 1045 or 230 in the afternoon") == []
    assert _digits("see you at 10.45.") == []
    assert _digits("I see Flight SK 482 tonight at 750 was cancelled") == []
    assert _digits("the technician comes between 8 and 11.") == []
    assert _digits("the wire references to the other one, 777 -31.") == []
    # Not a time: a code said as such, and a number that is no clock reading.
    assert _digits("it's seven three seven") == ["737"]
    assert _digits("at 6789") == ["6789"]


def test_a_fully_redacted_call_is_not_flagged() -> None:
    raw = transcript()
    red = redact_transcript(raw, types=DEFAULT_TYPES, parties=PARTIES).transcript
    report = check(raw, red, None, people=PARTIES)
    assert report.flags == [] and not report.audio_checked
    assert report.kept_numbers == 2  # the order number and the amount


def test_a_rare_name_left_where_people_are_named_is_flagged_unless_a_term() -> None:
    raw = build_transcript([("callee", "Thanks, Zentrix, bye.")])
    assert [f.kind for f in check(raw, raw, None).flags] == ["name"]
    # The workspace's own terms (its company, its products) are never a name.
    assert check(raw, raw, None, terms=["Zentrix"]).flags == []


def test_every_span_left_in_the_text_is_flagged_where_it_is() -> None:
    raw = transcript()
    # SSN redaction switched off: the detector leaves it, the check must not.
    types = DEFAULT_TYPES - {EntityType.SSN}
    red = redact_transcript(raw, types=types, parties=(), fail_closed=False).transcript
    report = check(raw, red, None, people=PARTIES)
    kinds = [(f.kind, f.speaker, f.sources) for f in report.flags]
    assert kinds.count(("digits", "caller", ("text",))) == 2  # last four; the full SSN
    assert ("name", "callee", ("text",)) in kinds  # "Dana", "Maria": parties kept
    for f in report.flags:
        assert f.redacted is not None
        text = red.utterances[f.redacted["utterance"]].text
        assert text[f.redacted["start"] : f.redacted["end"]].strip()
    assert "one" not in str(report.as_json()) and "Maria" not in str(report.as_json())


def _heard(*turns: tuple[str, int, str]) -> Transcript:
    return transcript(tuple(turns))


def test_audio_still_giving_the_digits_is_flagged_even_when_the_text_is_clean() -> None:
    raw = _heard(("callee", 0, "And the code on the back?"), ("caller", 3000, "four five six"))
    red = redact_transcript(raw, types=DEFAULT_TYPES).transcript
    assert "four" not in red.text
    # The tone missed the words: the recogniser hears them again in the redacted audio.
    again = _heard(("callee", 0, "And the code on the back?"), ("caller", 3100, "4 5 6."))
    report = check(raw, red, again)
    assert [(f.kind, f.sources, f.speaker) for f in report.flags] == [
        ("digits", ("audio",), "caller")
    ]
    # Other digits heard over the tone are not the code: no flag.
    noise = _heard(("callee", 0, "And the code on the back?"), ("caller", 3100, "9 9 9"))
    assert check(raw, red, noise).flags == []


def test_digits_heard_where_the_original_had_none_are_flagged() -> None:
    raw = _heard(("caller", 0, "hello there"), ("caller", 9000, "bye"))
    again = _heard(("caller", 0, "hello there"), ("caller", 5000, "4 1 1 1 2 2"))
    report = check(raw, raw, again)
    assert [(f.kind, f.sources) for f in report.flags] == [("digits", ("audio",))]


def test_what_any_one_ear_hears_is_flagged_once() -> None:
    raw = _heard(("callee", 0, "And the code on the back?"), ("caller", 3000, "four five six"))
    red = redact_transcript(raw, types=DEFAULT_TYPES).transcript
    # The post-call model heard only the tone; the second ear still makes out the code.
    deaf = _heard(("callee", 0, "And the code on the back?"))
    sharp = _heard(("callee", 0, "And the code on the back?"), ("caller", 3100, "4 5 6."))
    assert check(raw, red, [deaf]).flags == []
    for ears in ([deaf, sharp], [sharp, deaf], [sharp, sharp]):
        report = check(raw, red, ears)
        assert [(f.kind, f.sources) for f in report.flags] == [("digits", ("audio",))]
        assert report.audio_checked


def test_text_and_audio_flags_of_one_window_count_once() -> None:
    raw = _heard(("caller", 0, "my email is john.doe@example.com ok"))
    report = check(raw, raw, raw)
    assert [(f.kind, f.sources) for f in report.flags] == [("email", ("audio", "text"))]


def test_names_are_found_as_listed_and_as_misheard() -> None:
    text = _heard(("callee", 0, "You're welcome. Thanks, Mario, and say hi to maria lopez."))
    report = check(text, text, None, people=("Maria Lopez",))
    assert [f.kind for f in report.flags] == ["name", "name"]  # two mentions, two windows
    plain = _heard(("callee", 0, "Will you mark the box? Thanks."))
    assert check(plain, plain, None, people=("Mark Will",)).flags == []


def test_a_number_answering_a_question_for_an_order_number_is_kept() -> None:
    t = _heard(
        ("callee", 0, "Do you have the order number handy?"),
        ("caller", 3000, "Yeah, it's 4 -4am and 1 -5 -2,"),
        ("callee", 30_000, "And your social?"),
        ("caller", 33_000, "It's 1 -5 -2 3."),
    )
    report = check(t, t, None)
    assert [(f.kind, f.start_ms >= 33_000) for f in report.flags] == [("digits", True)]


def test_digits_inside_words_of_letters_and_digits_still_count() -> None:
    # An IBAN whose spelled letters the recogniser fused with the digits around them.
    assert _digits("yes, cd8 i3m104, soo44, soi32") == ["831044432"]
    assert _digits("2x0, 4x3, 3x1.") == ["204331"]
    # A time written onto its digits is not part of a number; one digit alone is no run.
    assert _digits("it's 4am and then mp3") == []


def test_a_time_split_into_two_words_by_the_recogniser_is_kept() -> None:
    t = _heard(("callee", 0, "I have a compact car for 5.15 s, which"))
    assert check(t, t, None).flags == []
    assert _digits("the code is 5 15 7") == ["5157"]  # no dot: not a time


def test_a_time_word_two_words_after_a_number_does_not_make_it_a_time() -> None:
    t = _heard(("caller", 0, "412 VR would have a new place."))
    assert [f.kind for f in check(t, t, None).flags] == ["digits"]
    t = _heard(("caller", 0, "Is 930 tomorrow okay?"))
    assert check(t, t, None).flags == []


def test_a_kept_number_said_again_without_its_label_is_kept_too() -> None:
    t = _heard(
        ("callee", 0, "OK, your claim number is CL 558 201."),
        ("caller", 5000, "Could you repeat that?"),
        ("callee", 8000, "Sure, CL 558 201."),
        ("callee", 40_000, "And the deposit is two hundred dollars."),
        ("caller", 44_000, "200, that's quite a lot."),
    )
    report = check(t, t, None)
    assert report.flags == [] and report.kept_numbers == 4
    # A different number after the same label is still flagged.
    t2 = _heard(
        ("callee", 0, "OK, your claim number is CL 558 201."),
        ("caller", 20_000, "my social is 558 209"),
    )
    assert [f.speaker for f in check(t2, t2, None).flags] == ["caller"]


def _answer_flags(*turns: tuple[str, int, str]) -> list[tuple[str, str]]:
    t = _heard(*turns)
    return [(f.kind, f.speaker) for f in check(t, t, None).flags]


def test_a_garbled_reply_to_a_question_for_an_identifier_is_flagged() -> None:
    # The e-mail address came out of the recogniser as words no pattern knows.
    assert _answer_flags(
        ("callee", 0, "And your email,"),
        ("caller", 2000, "If it's not again, it's broken, not me."),
    ) == [("answer", "caller")]
    assert _answer_flags(
        ("callee", 0, "the bank mandate or social."),
        ("caller", 2500, "Sure, time to heaven for one, day, day, day, three days."),
    ) == [("answer", "caller")]


def test_replies_that_were_redacted_or_say_nothing_or_ask_back_are_not_flagged() -> None:
    assert _answer_flags(("callee", 0, "your email?"), ("caller", 1500, "it's [EMAIL].")) == []
    assert (
        _answer_flags(("callee", 0, "Same number?"), ("caller", 1500, "Yes, that's right.")) == []
    )
    assert (
        _answer_flags(
            ("caller", 0, "They have my partner's name on file."),
            ("callee", 2000, "how can I help?"),
        )
        == []
    )
    # A question for a number people keep, a sentence that only mentions a card, and one
    # that gives a redacted number ask for nothing.
    assert (
        _answer_flags(
            ("callee", 0, "What's the order number?"), ("caller", 1500, "It's the blue one, fourth")
        )
        == []
    )
    assert (
        _answer_flags(
            ("caller", 0, "Can I pay with a card instead?"), ("callee", 1500, "Of course you can.")
        )
        == []
    )
    assert (
        _answer_flags(
            ("caller", 0, "routing is [ROUTING_NUMBER],"), ("callee", 2000, "And the account then.")
        )
        == []
    )
    # Too late, or after the asker moved on: not its answer.
    assert (
        _answer_flags(
            ("callee", 0, "And your email,"),
            ("callee", 2000, "no rush, take your time."),
            ("caller", 4000, "The kitchen sink is leaking again."),
        )
        == []
    )


def test_a_reply_flagged_for_its_digits_is_one_window() -> None:
    assert _answer_flags(
        ("callee", 0, "And your social?"), ("caller", 2000, "It's 1 -5 -2 3, I think")
    ) == [("digits", "caller")]


def _houses(text: str) -> list[str]:
    words = stretches(transcript((("caller", 0, text),)), "caller")[0]
    return [m.key for m in house_numbers(words)]


def test_a_short_house_number_before_a_street_name_is_a_mark() -> None:
    assert _houses("it's 12 Oak Street, apartment B") == ["12"]
    assert _houses("sure, nine Birch Hollow Road") == ["9"]
    # Not a street name, or a longer number (a digit run's business), or no street word.
    assert _houses("it's 5 minutes down the road") == []
    assert _houses("it's 4 1 2 Oak Street") == []
    assert _houses("I have 2 Dogs and a cat") == []
    t = _heard(("caller", 0, "it's 12 Oak Street"))
    assert [f.kind for f in check(t, t, None).flags] == ["digits"]


def _spelled(text: str) -> list[str]:
    words = stretches(transcript((("caller", 0, text),)), "caller")[0]
    return [m.key for m in spelled(words) if not m.kept]


def test_letters_spelled_one_by_one_are_a_mark() -> None:
    # As recognisers write spelling: spaced, or each later letter with a dash glued on.
    assert _spelled("it's C -F -I -T -Z 84 at gmail.com") == ["cfitz"]
    assert _spelled("Brenner, B R E double N E R.") == ["brener"]
    assert _spelled("my initials are A B") == []  # two letters: too little to tell
    assert _spelled("I think a B plan is fine") == []
    assert _spelled("your order code is A B C D") == []  # kept: its own label says so
    t = _heard(("caller", 0, "Sure. C -F -I -T [EMAIL]."))
    assert [f.kind for f in check(t, t, None).flags] == ["letters"]


@pytest.mark.parametrize(
    "text",
    [
        "It's m97xmail.com, that's right.",  # the "@" and "gmail" lost, the digits left
        ".91xmail.com,",  # written as two words by the recogniser
        "Zofi.wa.wa.pa.mail.com. I",  # the "@" written as one more dot
        "a NNIK [CARD_EXPIRY] .com,",  # part of it hidden as something else, letters left
        "My email is h[CARD_EXPIRY].com.",
        "Dalia gets my greens.",  # a rare name opening a sentence, what people do after it
    ],
)
def test_what_is_left_of_an_address_or_a_name_is_flagged(text: str) -> None:
    raw = build_transcript([("caller", text)])
    assert check(raw, raw, None).flags != []


@pytest.mark.parametrize(
    "text",
    [
        "Our site is acme.com.",
        "It's 2.5 on the scale.",
        "See www.acme-stairs.com now.",
        "My email is [EMAIL] .com.",  # hidden whole: the tail left names nobody
    ],
)
def test_a_business_domain_or_a_decimal_is_no_address(text: str) -> None:
    raw = build_transcript([("caller", text)])
    assert [f.kind for f in check(raw, raw, None).flags if f.kind == "email"] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[PHONE]. Use WOJCIECH, people always ask.", "letters"),  # a name spelled, as one word
        ("July [PHONE],", "date"),  # a date of birth whose digits alone were hidden
        ("It's [DATE_OF_BIRTH] or March [PHONE].", "date"),
    ],
)
def test_a_spelled_name_in_capitals_and_a_month_beside_a_redaction_are_flagged(
    text: str, kind: str
) -> None:
    t = build_transcript([("caller", text)])
    assert kind in [f.kind for f in check(t, t, None).flags]


@pytest.mark.parametrize(
    "text", ["Call the NHS or the BBC.", "See you in July.", "It's [PHONE], and July works."]
)
def test_acronyms_and_months_on_their_own_are_not_flagged(text: str) -> None:
    t = build_transcript([("caller", text)])
    assert [f.kind for f in check(t, t, None).flags if f.kind in ("letters", "date")] == []


def test_a_partys_name_misheard_as_a_word_beside_their_hidden_name_is_flagged() -> None:
    t = _heard(("caller", 0, "Mailing 2."), ("caller", 2000, "That's [PERSON], one word."))
    flags = check(t, t, None, people=["Meiling Chou"]).flags
    assert [(f.kind, f.start_ms) for f in flags] == [("name", 0)]
    # Far from any hidden name, a word that opens a sentence is just the word.
    t = _heard(("caller", 0, "Mailing 2."), ("caller", 20_000, "That's [PERSON], one word."))
    assert check(t, t, None, people=["Meiling Chou"]).flags == []


def test_a_word_right_before_a_hidden_name_is_its_first_name_unless_a_title_or_greeting() -> None:
    t = _heard(("callee", 0, "Thanks. Dragon [PERSON] comes on Tuesday."))
    flags = check(t, t, None, people=[]).flags
    assert [f.kind for f in flags] == ["name"]
    for said in (
        "Hey [PERSON], with you now.",
        "Thanks [PERSON], bye.",
        "With [PERSON] on Tuesday.",
        "Professor [PERSON] comes on Tuesday.",
        "Our nurse, [PERSON], calls you.",
    ):
        t = _heard(("callee", 0, said))
        assert check(t, t, None, people=[]).flags == [], said
