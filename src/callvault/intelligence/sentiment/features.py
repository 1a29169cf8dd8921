"""What the sentiment head reads beside the sentence vector (ADR 0032): the rules' score, VADER
on the whole turn, four cues a mean-pooled vector blurs — negation, hedges, thanks and a
question — and how the other party answered the turn (ADR 0039): an apology or sympathy
follows a complaint, "glad to hear it" or "you're welcome" follows praise. Named in the
head's JSON, so a head fitted on other features is refused, not misread."""

from __future__ import annotations

import re
from collections.abc import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from callvault.intelligence.sentiment.scorer import vader

# "not", "never", "nobody", "hasn't": a feeling word near one means the opposite or nothing.
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|hardly|without)\b|n't\b", re.I)
# "a bit", "pretty", "to be honest": polite complaints are hedged ("I'm a little disappointed").
_HEDGE = re.compile(
    r"\b(?:a bit|a little|bit|quite|pretty|fairly|rather|kind of|sort of|honestly"
    r"|to be honest)\b",
    re.I,
)
_THANKS = re.compile(r"\b(?:thanks?|thank you|cheers|appreciate\w*)\b", re.I)
# The reply to a complaint: "I'm so sorry", "I apologise", "I understand", "that's frustrating",
# "oh no". In the tuning halves' calls a reply like this followed 80 negative customer turns,
# 22 neutral ones (mostly "sorry, say that again?") and 4 positive ones.
_SYMPATHY = re.compile(
    r"\b(?:sorry|apologi[sz]e\w*|apologies|I (?:completely |totally |fully )?understand"
    r"|frustrat\w*|annoying|oh no|that's (?:awful|terrible|not (?:right|okay|good)))\b",
    re.I,
)
# "Sorry, say that again?", "Sorry, the third group?": asking to hear a number again, not sympathy.
_PARDON = re.compile(r"(?:^|(?<=[.!?]))\s*(?:oh,? |um,? )?sorry\b[^.!?]*\?", re.I)
# The reply to praise or relief: 44 positive turns, 6 neutral ones, no negative one.
_GLADNESS = re.compile(
    r"\b(?:glad|happy to hear|great to hear|wonderful|you're (?:very |so |most )?welcome"
    r"|my pleasure)\b",
    re.I,
)

# Sarcasm: praise that opens the turn ("Oh, wonderful.", "Great,", "That's just lovely.") and
# then what the praise is about: one more burden ("another fee", "two more days", "on top of no
# water", "there goes Christmas", "nobody mentioned a limit"). The praise words pull VADER and
# the rules positive; in the tuning halves' customer lines that open with praise, 22 of 86 were
# negative, and most of those named the burden with one of these cues. "So it…", "more" alone
# and "just what I needed" are said as often meant ("Great, so I'm all set") and are no cue.
_PRAISE_OPENER = re.compile(
    r"^\W*(?:(?:oh|ah|well|yeah),?\s+)?(?:that's\s+(?:just\s+)?)?"
    r"(?:wonderful|lovely|great|grand|perfect|brilliant|fantastic|terrific|marvell?ous|super"
    r"|fabulous|excellent|splendid|delightful)\b[,.!]?",
    re.I,
)
_BURDEN = re.compile(
    r"\b(?:another|(?:two|three|four|five|six|a few|several|\d+) more|more good news|there goes"
    r"|on top of|for the privilege|so much for|(?:nobody|no one) (?:told|mentioned|said|warned)"
    r"|then, is it|as if)\b",
    re.I,
)


def _sarcasm(text: str, _rules: float, _reply: str) -> float:
    opener = _PRAISE_OPENER.match(text)
    return 1.0 if opener and _BURDEN.search(text[opener.end() :]) else 0.0


# (the turn, the rules' score of it, the other party's reply to it) -> the feature's value
Feature = Callable[[str, float, str], float]


def _flag(pattern: re.Pattern[str]) -> Feature:
    return lambda text, _rules, _reply: 1.0 if pattern.search(text) else 0.0


def _in_reply(pattern: re.Pattern[str]) -> Feature:
    return lambda _text, _rules, reply: 1.0 if pattern.search(reply) else 0.0


def _sympathy(_text: str, _rules: float, reply: str) -> float:
    return 1.0 if _SYMPATHY.search(_PARDON.sub(" ", reply)) else 0.0


def _vader(text: str, _rules: float, _reply: str) -> float:
    analyzer: SentimentIntensityAnalyzer = vader()
    return float(analyzer.polarity_scores(text)["compound"])


FEATURES: dict[str, Feature] = {
    "rules": lambda _text, rules, _reply: rules,
    "vader": _vader,
    "negation": _flag(_NEGATION),
    "hedge": _flag(_HEDGE),
    "thanks": _flag(_THANKS),
    "question": lambda text, _rules, _reply: 1.0 if text.rstrip().endswith("?") else 0.0,
    "reply_sympathy": _sympathy,
    "reply_gladness": _in_reply(_GLADNESS),
    "sarcasm": _sarcasm,
}


def extract(names: tuple[str, ...], text: str, rules: float, reply: str = "") -> list[float]:
    """The named features of one turn, whose rule score (scorer.score_utterance) is `rules`
    and which the other party answered with `reply` ("" when nobody did, or not yet)."""
    return [FEATURES[n](text, rules, reply) for n in names]
