"""A domain left of an e-mail address the recogniser read as a web site (stop 32): marked
only where an e-mail was spoken of just before or something hidden stands beside it, so a
web site named on a call is no flag. Sentences written for these tests, apart from any
evaluation set."""

from __future__ import annotations

from callvault.intelligence.leakcheck.marks import emails
from callvault.intelligence.leakcheck.words import Heard


def _words(*texts: str, gap_ms: int = 400) -> list[Heard]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Heard(text, text.lower().strip(".,;:!?"), at, at + 300, 0, i, i + 1))
        at += gap_ms
    return out


def test_a_domain_beside_a_hidden_name_is_an_address() -> None:
    (mark,) = emails(_words("Bessi", "North", "Country", "Realtor.com,", "that's", "[PERSON]."))
    assert mark.kind == "email"


def test_a_domain_in_two_words_after_an_email_is_spoken_of_is_an_address() -> None:
    said = ("I'll", "email", "you", "later.", "It's", "a", "notvermenti", "-cloud", ".com.")
    (mark,) = emails(_words(*said))
    assert [w.text for w in mark.words] == ["-cloud", ".com."]


def test_a_web_site_named_on_a_call_is_no_address() -> None:
    assert emails(_words("You", "can", "book", "it", "on", "acme.com", "any", "time.")) == []


def test_an_email_spoken_of_long_before_does_not_make_a_site_an_address() -> None:
    words = _words("Check", "your", "email.", "Then", "go", "to", "acme.com", gap_ms=3000)
    assert emails(words) == []


def test_a_domain_after_the_other_party_asks_for_the_email_is_an_address() -> None:
    asked = _words("And", "the", "email", "for", "the", "label?")
    reply = [
        Heard(w.text, w.low, w.start_ms + 3000, w.end_ms + 3000, 1, w.start, w.end)
        for w in _words("MBI", "SSER62S", "mail.com", "made")
    ]
    (mark,) = emails(reply, others=asked)
    assert mark.words[0].text == "mail.com"


def test_a_domain_long_after_the_other_party_spoke_of_email_is_no_address() -> None:
    asked = _words("I", "sent", "the", "email.")
    later = [
        Heard(w.text, w.low, w.start_ms + 60_000, w.end_ms + 60_000, 1, w.start, w.end)
        for w in _words("Book", "it", "on", "acme.com", "then.")
    ]
    assert emails(later, others=asked) == []


def test_an_address_written_as_words_each_starting_with_a_dot_is_one_address() -> None:
    # "ravi dot kulkarni seventy-seven at gmail dot com", the "@" lost and the words split
    (mark,) = emails(_words("Robby", ".co", ".harny7g7xmail", ".com,", "for"))
    assert [w.text for w in mark.words] == ["Robby", ".co", ".harny7g7xmail", ".com,"]


def test_a_web_site_written_in_dotted_words_is_no_address() -> None:
    assert emails(_words("Book", "on", "www", ".acme", ".com", "today.")) == []
