"""Sentences with their character ranges, and the word lists the note extractors share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from callvault.intelligence.transcript import Span, Transcript

# A sentence ends at its marks when a space or the end follows, never inside "$12.50" or
# "4.10.3", and not after a title ("Dr. [PERSON]": fifth-dev, the task was cut at "Dr").
_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)")
TITLES = frozenset(["dr", "mr", "mrs", "ms", "prof"])
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")

_STOPWORDS_WORDS = """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further get got had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've if in into is isn't it it's its itself just let let's me more most mustn't
    my myself no nor not now of off on once only or other ought our ours ourselves out over own
    same shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's which while who who's whom why why's will with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves yes yeah okay ok
    oh um uh hmm mhm right well sure really actually please thanks thank hello hi bye goodbye
    one two three four five six seven eight nine ten going gonna want wanna need like know think
    see say said tell told make made go went come came take took give gave look looking call
    calling called thing things something anything everything nothing today tomorrow yesterday
    week day days time bit lot way still back again already maybe probably sorry great good fine
    perfect lovely course absolutely certainly definitely let's sort sorted help mean guess"""
STOPWORDS = frozenset(_STOPWORDS_WORDS.split())


@dataclass(frozen=True, slots=True)
class Sentence:
    utterance: int
    speaker: str
    start: int  # characters inside the utterance text
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.utterance, self.start, self.end)


def sentences(transcript: Transcript) -> list[Sentence]:
    """Every sentence of every utterance, in call order, trimmed of surrounding spaces."""
    out: list[Sentence] = []
    for u in transcript.utterances:
        for start, end in _ranges(u.text):
            raw = u.text[start:end]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if body:
                out.append(
                    Sentence(u.index, u.speaker, start + lead, start + lead + len(body), body)
                )
    return out


def _ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, one after a title joined to the sentence it opens."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if out and _ends_in_title(text[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return out


def _ends_in_title(sentence: str) -> bool:
    words = sentence.rstrip().split()
    return bool(words) and sentence.rstrip().endswith(".") and words[-1][:-1].lower() in TITLES


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes and hyphens kept inside words)."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def content_tokens(text: str) -> list[str]:
    """Tokens that carry meaning: not stopwords, not bare numbers, at least 3 letters."""
    return [t for t in tokens(text) if t not in STOPWORDS and len(t) >= 3 and not t.isdigit()]
