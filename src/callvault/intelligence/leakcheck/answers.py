"""Answers to a question for an identifier that the redacted text left untouched.

When one party asks for an e-mail address, a number, a code, an address or a name, and the
other party's reply holds no placeholder at all, either the reply was not the identifier or
the redaction missed it, often because the recogniser garbled it past any pattern ("and your
email?" - "if it's not again, it's broken"). The garbled words still carry part of it and a
listener hears the real thing, so the reply is flagged for a person to look at. The
questions are recognised by a word list of this module's own (not the detector's asking
phrases); questions for numbers people keep (order, claim, booking...) are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from callvault.intelligence.leakcheck.kept import KEEP_LABELS
from callvault.intelligence.transcript import Transcript, Utterance

_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_WORD = re.compile(r"[a-z0-9']+")
# Words that name an identifier when asked for (prefixes: "e-mail", "emails", "numbers").
# "card", "account", "phone" alone are talk about them ("pay with a card"); asking for one
# says "number".
_ASKED = (
    "email",
    "e-mail",
    "mail",
    "address",
    "street",
    "zip",
    "postcode",
    "postal",
    "spell",
    "social",
    "birth",
    "routing",
    "iban",
    "member",
    "policy",
    "licen",
    "passport",
    "number",
    "digits",
    "code",
    "name",
    "surname",
    "expir",
)
# Numbers asked for under these labels are kept: the marks' labels, and offers' codes.
_KEEP = KEEP_LABELS | {"promo", "discount", "coupon", "voucher"}
_ASKING = ("your", "what", "can i", "could i", "may i")
SHORT = 6  # on the phone "date of birth," alone is a question
LONG = 8  # "can I get your policy number and" is one; a longer sentence is telling, not asking
ANSWER_MS = 8000  # how long after the question a reply counts as its answer
# Replies that carry nothing: a reply made only of these and placeholders is no leak.
_EMPTY = frozenset(
    [
        "yes",
        "yeah",
        "yep",
        "yup",
        "no",
        "nope",
        "sure",
        "ok",
        "okay",
        "right",
        "correct",
        "that",
        "that's",
        "thats",
        "is",
        "it",
        "it's",
        "its",
        "mhm",
        "uh",
        "um",
        "er",
        "hmm",
        "thanks",
        "thank",
        "you",
        "great",
        "perfect",
        "fine",
        "sorry",
        "alright",
        "so",
        "and",
        "oh",
    ]
)


@dataclass(frozen=True, slots=True)
class Answer:
    speaker: str
    start_ms: int
    end_ms: int
    utterance: int
    length: int  # characters of that utterance's text


def asks_for_identifier(text: str) -> bool:
    if _PLACEHOLDER.search(text):
        return False  # it gives one ("routing is [ROUTING_NUMBER]"), it does not ask
    low = text.lower()
    words = _WORD.findall(low)
    if not any(w.startswith(a) for w in words for a in _ASKED):
        return False
    if any(w.startswith(k) for w in words for k in _KEEP):
        return False
    question = low.rstrip().endswith("?") or len(words) <= SHORT
    return question or (len(words) <= LONG and any(re.search(rf"\b{a}\b", low) for a in _ASKING))


def unredacted_answers(t: Transcript) -> list[Answer]:
    """The replies (one or two utterances of another party, within ANSWER_MS of the question
    and before the asker speaks again) to a question for an identifier, when none of them
    holds a placeholder and they say more than a yes."""
    utts = sorted(t.utterances, key=lambda u: (u.start_ms, u.index))
    out: list[Answer] = []
    for k, q in enumerate(utts):
        if not asks_for_identifier(q.text):
            continue
        reply: list[Utterance] = []
        for u in utts[k + 1 :]:
            if u.start_ms > q.end_ms + ANSWER_MS or len(reply) == 2 or u.speaker == q.speaker:
                break  # the asker speaking again has moved on
            reply.append(u)
        if not reply or any(_PLACEHOLDER.search(u.text) for u in reply):
            continue
        if reply[0].text.rstrip().endswith("?"):
            continue  # a question back ("how can I help?") is no answer
        said = [w for u in reply for w in _WORD.findall(u.text.lower()) if w not in _EMPTY]
        if len(said) < 2:
            continue
        out += [Answer(u.speaker, u.start_ms, u.end_ms, u.index, len(u.text)) for u in reply]
    return out
