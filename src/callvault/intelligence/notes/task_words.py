"""The action item a matched phrasing names: the task's words to the clause's end, its date
(said in the clause, before the promise or in the next clause), the spans it came from."""

from __future__ import annotations

import re
from datetime import date

from callvault.intelligence.notes import phrasings as ph
from callvault.intelligence.notes import third_party
from callvault.intelligence.notes.dates import find_when, resolve_due, vague
from callvault.intelligence.notes.models import ActionItem
from callvault.intelligence.notes.participles import GERUND_BASE, base_of
from callvault.intelligence.notes.text import Sentence
from callvault.intelligence.transcript import Span


def matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, overlapping ones included: "…by Friday, and we will call…" holds two."""
    out: list[re.Match[str]] = []
    m = pattern.search(text)
    while m:
        out.append(m)
        m = pattern.search(text, m.start() + 1)
    return out


def task_clause(what: str) -> str:
    """The verb phrase up to the clause boundary, keeping "… and get back to you"."""
    cut = len(what)
    end = ph.CLAUSE_END.search(what)
    while end and _list_of_describers(what, end):
        end = ph.CLAUSE_END.search(what, end.end())
    if end:
        cut = end.start()
    for plain_and in ph.AND.finditer(what[:cut]):
        if ph.RANGE_START.search(what[: plain_and.start()]):
            continue  # "between two and four": one time, not a second task
        cut = plain_and.start()
        break
    return what[:cut]


# "a prepaid, insured UPS label": a comma between two words describing one thing, which the
# recogniser writes where the speaker paused (fifteenth-dev: the item was "email you a
# prepaid"). Not before thanks, a conjunction, a preposition, a pronoun or another task's
# verb.
_DESCRIBED = re.compile(r"\b(?:a|an|the|your|my|our|his|her|their|this|that) [a-z-]+$")
_NOT_DESCRIBING = re.compile(
    rf"\s*(?=\S)(?:(?:and|or|but|so|then|please|thanks|thank|okay|ok|alright|right|yeah|yes"
    rf"|sure|if|when|which|that|because|as|just|not|with|for|to|at|in|on|from|by|I|we|you"
    rf"|he|she|they|it|{ph.VERBS})\b"
    rf"|(?![a-z]))",
)


def _list_of_describers(what: str, end: re.Match[str]) -> bool:
    """Whether the comma at `end` only separates words describing the thing named before it."""
    return (
        end.group() == ","
        and _DESCRIBED.search(what, 0, end.start()) is not None
        and _NOT_DESCRIBING.match(what, end.end()) is None
    )


def date_after(text: str, at: int) -> re.Match[str] | None:
    """A date said in the rest of the sentence, at its place in the sentence; not one that
    belongs to someone else's promise said next ("I'll pass that to [PERSON], our
    bookkeeper, and she'll confirm the refund by Wednesday": twentieth-dev, the passing-on
    got her day)."""
    found = find_when(text, at)
    if found is not None and _ANOTHER_DOER.search(text, at, found.start()):
        return None
    return found


_ANOTHER_DOER = re.compile(
    r"(?:\b(?i:he|she|they)|\[PERSON\]|\b(?!It\b|I\b)[A-Z][a-z]+)(?:'ll|’ll| will| is going to)\s"
)


# Where another clause ends before a task: "Upload it within two working days, or it gets
# cancelled, and can you send me the invoice?" (twelfth-dev: the invoice got the upload's day).
# (any case: the recogniser capitalises after a comma, "…pickup time, And what I need from
# you is…", fourteenth-dev, where the list got the contract's day)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|or|but|so|then)\b", re.I)


def own_lead(before: str) -> str:
    """The words before a task that are its own: after the last clause joined to it with a
    comma and a conjunction ("Tomorrow, I'll send it" keeps "Tomorrow")."""
    joins = list(_CLAUSE_JOIN.finditer(before))
    return before[joins[-1].end() :] if joins else before


def item_of(
    sentence: Sentence,
    match: re.Match[str],
    owner: str | None,
    party: str | None,
    reference: date,
    doer: str | None = None,
) -> ActionItem | None:
    """The item a match names; `doer` is the role that will do it for the owner ("have our
    plumber come"), when someone else does the work."""
    what_start = match.start("what")
    clause = task_clause(match.group("what"))
    # A date the clause's end cut in two ("call you the evening before we come"): the clause
    # ends where the date begins, and the date is the whole phrase.
    across = find_when(sentence.text, what_start)
    if across is not None and across.start() < what_start + len(clause) < across.end():
        clause = clause[: across.start() - what_start]
    # The date may sit before the promise or in the sentence's next clause: "I'll mail a
    # replacement card, it should arrive by Friday".
    in_clause = find_when(clause)
    when_match: re.Match[str] | None
    if in_clause is not None and vague(in_clause):
        # "text you the slot the day before, so Wednesday": the plain day after it, if said
        after = date_after(sentence.text, match.start("what") + len(clause))
        when_match = after if after is not None and not vague(after) else in_clause
    else:
        when_match = (
            in_clause
            or find_when(own_lead(sentence.text[: match.start()]))
            or date_after(sentence.text, match.start("what") + len(clause))
        )
    when = when_match.group() if when_match else None
    what = clause
    if when_match and when_match.group() in clause:
        at = clause.index(when_match.group())
        cut = when_match.group()
        if clause[:at].endswith("be ") and cut.startswith("by "):
            at, cut = at + 3, cut[3:]  # "be by Tuesday afternoon" is a visit: "be by" stays
        if not clause[at + len(cut) :].startswith(("'s", "’s")):
            # (not "check his size at Wednesday's lesson": the day names the thing there)
            what = clause[:at] + clause[at + len(cut) :]
    what = ph.TRAILING.sub("", " ".join(ph.WINDOW.sub("", what).split())).strip(" ,")
    if match.re in (ph.PROGRESSIVE, ph.FUTURE_PROGRESSIVE, ph.PRESENT_DATED):
        # written as the task: "adding a credit" -> "add a credit"
        verb = match.group("verb")
        said = " ".join(verb.lower().split())
        what = (ph.PROGRESSIVE_VERBS.get(said) or GERUND_BASE[said]) + what[len(verb) :]
    if "participle" in match.re.groupindex and match.group("participle"):
        # said in the passive, written as the task: "it delivered" -> "deliver it"
        said = match.group("participle")
        thing = match.group("thing")
        thing = thing[:1].lower() + thing[1:]  # "The refund will be…" -> "process the refund"
        what = f"{base_of(said)} {thing}{what[len(said) :]}"
    if match.re is ph.EXPECT_FROM:  # "expect a call from [PERSON] about the X-ray"
        kind = third_party.CONTACT_KINDS[match.group("kind").lower()]
        what = f"{kind} you {what}".strip()
    if match.re is ph.YOU_WILL_GET:
        # "you'll have a decision to you": "get you a decision"; "you'll have it": "send it"
        thing = re.sub(r"\s+to you$", "", what)
        pronoun = thing.lower() in ("it", "them", "that", "those")
        what = f"send {thing}" if pronoun else f"get you {thing}"
    if match.re is ph.NEED_FROM and not re.match(rf"{ph.VERBS}\b", what, re.I):
        # "what I need from you is the passenger list": written as the task it asks for
        what = f"{'get' if ph.GOT_DONE.search(what) else 'send'} {what}"
    if not what or ph.IN_CALL.match(what) or (ph.CHECKED_NOW.match(what) and not when):
        return None
    if doer is not None:
        # "comes tomorrow" / "is coming": said of a visit, written as the task
        doer = doer if doer == third_party.PLACEHOLDER else doer.lower()  # "our engineer"
        what = f"have {doer} {ph.VISIT_AS_TASK.sub('come', what)}"
    if " " not in what:
        return None  # a lone verb ("I can check") names no task
    if match.re is ph.LET_ME and not (when or ph.FOLLOW_UP.search(what)):
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


def role_of(m: re.Match[str]) -> str | None:
    """The role a third-party match names ("our plumber", "a technician"), if any."""
    groups = m.re.groupindex
    if "role" in groups:
        return m.group("role")
    if "name" in groups:
        name = m.group("name")
        if name.lower() in ph.SOMEONE:  # "someone from billing"
            return f"{name.lower()}{m.group('team') or ''}"
        if name in ("us", "me"):
            return None  # "a text from us": the speaker's own task
        if not name[:1].isupper() or " " in name:
            return name
    return None
