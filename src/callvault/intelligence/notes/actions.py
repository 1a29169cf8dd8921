"""Action items from commitment and request patterns, with the owner resolved from who spoke.

First person ("I'll send…", "we will call…", "let me check…") belongs to the utterance's
speaker; a request to "you" ("can you email me…") to the other party; "Sarah will…" to Sarah.
The owner is named: the user or contact behind the party (`parties`, speaker label -> name),
never the label itself. A capitalised word counts as a person only when it is a known name
(a party or the directory) or introduced as one ("Sam from our network team"), so "Express
will deliver it" gives no owner "Express".
Verbs come from a fixed list of things people promise on calls, so "I'll be honest" or
"I'd like to" never become tasks; in-call chores ("I'll put you on hold") are dropped."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from callvault.intelligence.notes.dates import WHEN, find_when, resolve_due
from callvault.intelligence.notes.models import ActionItem
from callvault.intelligence.notes.text import Sentence
from callvault.intelligence.transcript import Span, Transcript

_VERBS = (
    r"(?:send|resend|email|e-mail|call|ring|phone|text|check|get|follow up|look into|forward"
    r"|schedule|book|set up|arrange|process|issue|refund|cancel|update|fix|escalate|review"
    r"|ship|post|mail|reset|prepare|draft|share|upload|sign|pay|submit|investigate|contact"
    r"|reach out|speak|talk|ask|find out|make sure|add|remove|raise|open|create|file|credit"
    r"|apply|waive|reply|respond|order|deliver|visit|install|replace|return|restart|reboot"
    r"|sort out|organise|organize|chase|pass|let you know|keep you posted|come back|drop"
    r"|bring|write|confirm|notify|dispatch|approve|renew|activate|move|release|back up|put"
    r"|block|unblock|rebook|reschedule|transfer|wire|take a photo|take photos|authori[sz]e)"
)
_ADVERBS = r"(?:(?:also|just|personally|then|definitely|certainly|quickly|first|now|please) )*"
_MODAL = (
    r"(?:'ll|’ll| will| shall| am going to|'m going to|’m going to| are going to|'re going to"
    r"|’re going to| can| could| promise to| need to| have to| must|'d be happy to"
    r"| would be happy to)"
)
_FIRST = re.compile(rf"\b(?P<subj>I|we){_MODAL} {_ADVERBS}(?P<what>{_VERBS}\b.*)", re.I)
_LET_ME = re.compile(rf"\blet (?:me|us) {_ADVERBS}(?P<what>{_VERBS}\b.*)", re.I)
_REQUEST = re.compile(
    rf"\b(?:(?:can|could|would|will) you|you(?:'ll| will)? need to|make sure you|please"
    rf"|if you(?: could| can)?)"
    rf" {_ADVERBS}(?P<what>{_VERBS}\b.*)",
    re.I,
)
_NAMED = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+|(?i:the|an|a|our|your) (?:engineer|technician|courier|driver|team"
    rf"|manager|supervisor|colleague|specialist|billing team|support team))"
    rf"(?P<team> from (?:the |our |your )?[A-Za-z]+(?: team)?)? (?:will|'ll|is going to"
    rf"|is gonna) "
    rf"{_ADVERBS}(?P<what>{_VERBS}\b.*)"
)
_NOT_NAMES_WORDS = (
    "I We You It That This There He She They Someone Somebody Everything Nothing Which What Who "
    "And But So Then Yes No Okay Well Also The A An Our Your"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())
_CLAUSE_END = re.compile(
    r"[,;:.!?]|\b(?:but|because|so|if|when|while|although|though|unless|or|otherwise)\b", re.I
)
_AND = re.compile(rf"\band (?!{_VERBS}\b)", re.I)
# In-call chores and small talk: said on every call, never a follow-up task.
_IN_CALL = re.compile(
    r"^(?:put you|transfer you|get you through|pull up|bring up"
    r"|check (?:that|this|it) (?:for you )?now"
    r"|get your|get the details|check your (?:details|account)|ask you a few|speak (?:slowly|up)"
    r"|get that (?:for you )?now"
    # Questions asked during the call, answered there and then.
    r"|(?:confirm|spell|verify|repeat|read) (?:me )?(?:your|the|that|it)\b(?! (?:by|before|later))"
    r"|take (?:a|your) (?:look|seat|moment)\b)",
    re.I,
)
_TRAILING = re.compile(r"(?:\s+(?:please|okay|ok|then|now|as well|too))+$", re.I)
# "let me check" is only a task when it promises something after the call.
_FOLLOW_UP = re.compile(
    r"\b(?:get back|call you|ring you|email you|send|follow up|come back|let you know|confirm)\b",
    re.I,
)


def _other_speaker(transcript: Transcript, index: int) -> str | None:
    """The nearest party other than utterance `index`'s speaker, looking back first."""
    me = transcript.utterances[index].speaker
    before = [u.speaker for u in transcript.utterances[:index] if u.speaker != me]
    if before:
        return before[-1]
    after = [u.speaker for u in transcript.utterances[index + 1 :] if u.speaker != me]
    return after[0] if after else None


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, overlapping ones included: "…by Friday, and we will call…" holds two."""
    out: list[re.Match[str]] = []
    m = pattern.search(text)
    while m:
        out.append(m)
        m = pattern.search(text, m.start() + 1)
    return out


def _clause(what: str) -> str:
    """The verb phrase up to the clause boundary, keeping "… and get back to you"."""
    cut = len(what)
    end = _CLAUSE_END.search(what)
    if end:
        cut = end.start()
    plain_and = _AND.search(what[:cut])
    if plain_and:
        cut = plain_and.start()
    return what[:cut]


def _after(text: str, at: int) -> re.Match[str] | None:
    """A date said in the rest of the sentence, at its place in the sentence."""
    return WHEN.search(text, at)


def _item(
    sentence: Sentence,
    match: re.Match[str],
    owner: str | None,
    party: str | None,
    reference: date,
) -> ActionItem | None:
    what_start = match.start("what")
    clause = _clause(match.group("what"))
    # The date may sit before the promise or in the sentence's next clause: "I'll mail a
    # replacement card, it should arrive by Friday".
    when_match = (
        find_when(clause)
        or find_when(sentence.text[: match.start()])
        or _after(sentence.text, match.start("what") + len(clause))
    )
    when = when_match.group() if when_match else None
    what = clause
    if when_match and when_match.group() in clause:
        at = clause.index(when_match.group())
        what = clause[:at] + clause[at + len(when_match.group()) :]
    what = _TRAILING.sub("", " ".join(what.split())).strip(" ,")
    if not what or _IN_CALL.match(what):
        return None
    if match.re is _LET_ME and not (when or _FOLLOW_UP.search(what)):
        return None
    base = sentence.start
    spans = [
        Span(sentence.utterance, base + match.start(), base + what_start + len(clause.rstrip()))
    ]
    if when_match and when_match.group() not in clause:
        spans.append(Span(sentence.utterance, base + when_match.start(), base + when_match.end()))
    due = resolve_due(when, reference) if when else None
    return ActionItem(
        owner=owner,
        what=what,
        when=when,
        due=due,
        evidence=tuple(sorted(spans, key=lambda s: s.start)),
        party=party,
    )


def _known_person(name: str, known: set[str]) -> bool:
    return name.casefold() in known


def action_items(
    transcript: Transcript,
    sentences: Sequence[Sentence],
    *,
    reference_date: date,
    parties: Mapping[str, str] | None = None,
    people: Sequence[str] = (),
) -> tuple[ActionItem, ...]:
    """Commitments and requests in call order, one item per owner and task. `parties` names
    the person behind each speaker label; `people` are other names that may own a task (the
    directory)."""
    named = dict(parties or {})
    known = {
        part.casefold() for full in [*named.values(), *people] for part in [full, *full.split()]
    }
    found: list[ActionItem] = []
    for sentence in sentences:
        candidates: list[tuple[re.Match[str], str | None]] = []  # (match, speaker label)
        for m in _matches(_FIRST, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in _matches(_LET_ME, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in _matches(_REQUEST, sentence.text):
            candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        for m in _matches(_NAMED, sentence.text):
            name = m.group("name")
            if name in _NOT_NAMES:
                continue
            role = not name[:1].isupper() or " " in name  # "the engineer"
            if role or m.group("team") or _known_person(name, known):
                candidates.append((m, None))
        taken: list[tuple[int, int]] = []
        for m, party in sorted(candidates, key=lambda c: c[0].start()):
            end = m.start("what") + len(_clause(m.group("what")))
            if any(m.start("what") < b and end > a for a, b in taken):
                continue  # "I can" inside "can you…" and the like: first reading wins
            if party is not None:
                owner = named.get(party)
            elif "name" in m.re.groupindex:  # "Sam from our network team will…"
                owner = m.group("name")
            else:  # a request with nobody else on the source (a voicemail): its listener
                owner = None
            item = _item(sentence, m, owner, party, reference_date)
            if item is not None:
                found.append(item)
                taken.append((m.start("what"), end))
    return _dedupe(found)


def _dedupe(items: Sequence[ActionItem]) -> tuple[ActionItem, ...]:
    """The first mention of each (owner, task), later repeats adding their evidence."""
    merged: dict[tuple[str | None, str], ActionItem] = {}
    for item in items:
        key = (item.owner or item.party, item.what.lower())
        if key in merged:
            first = merged[key]
            merged[key] = ActionItem(
                first.owner,
                first.what,
                first.when or item.when,
                first.due or item.due,
                first.evidence + item.evidence,
                first.party,
            )
        else:
            merged[key] = item
    return tuple(merged.values())
