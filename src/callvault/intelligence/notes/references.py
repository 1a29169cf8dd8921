"""Items made whole from what was said around them: a need promised with "I'll do that", a
pronoun task named by an earlier utterance or item, a date said in the next sentence, and
repeats of one task merged."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from callvault.intelligence.notes import phrasings as ph
from callvault.intelligence.notes import task_words as w
from callvault.intelligence.notes.dates import find_when, resolve_due
from callvault.intelligence.notes.models import ActionItem
from callvault.intelligence.notes.text import Sentence
from callvault.intelligence.transcript import Span, Transcript


def do_that(
    found: list[ActionItem],
    sentence: Sentence,
    before: Sentence | None,
    reference: date,
    named: Mapping[str, str],
) -> bool:
    """ "I need to update the billing contact, I'll do that before the end of the month": a
    need the speaker then promises with a date is a task, dated by the promise."""
    promise = ph.DO_THAT.search(sentence.text)
    if promise is None or find_when(sentence.text, promise.end()) is None:
        return False
    for source in (sentence, before):
        if source is None or sentence.utterance - source.utterance > 1:
            continue
        text = source.text[: promise.start()] if source is sentence else source.text
        needs = w.matches(ph.NEED, text)
        if not needs:
            continue
        need = needs[-1]
        item = w.item_of(source, need, named.get(sentence.speaker), sentence.speaker, reference)
        if item is None:
            continue
        when = find_when(sentence.text, promise.end())
        assert when is not None
        span = Span(sentence.utterance, sentence.start + when.start(), sentence.start + when.end())
        found.append(
            replace(
                item,
                when=item.when or when.group(),
                due=item.due or resolve_due(when.group(), reference),
                evidence=(*item.evidence, span),
            )
        )
        return True
    return False


# "She'll ask her then", "I'll call you then": the day is the one said just before.
_THEN = re.compile(r"\b(?:by |until |till )?then[.!]?$", re.I)
# Sentences before it, within two utterances, where that day is looked for: "I have Wednesday
# the ninth at nine with [PERSON]." - "Oh, that's a relief." - "[PERSON] will inspect the
# house then." (thirteenth-dev)
THEN_REACH = 3


def then_day(
    item: ActionItem, sentences: Sequence[Sentence], n: int, reference: date
) -> ActionItem:
    """ "My wife has the recheck on Wednesday. She'll ask her then." (twenty-first-dev): an
    undated task whose sentence ends in "then" is due on the last day said before it, in its
    sentence or the nearest of the THEN_REACH before it that names one."""
    sentence = sentences[n]
    then = _THEN.search(sentence.text)
    if item.when or then is None:
        return item
    sources = [(sentence, sentence.text[: then.start()])]
    sources += [
        (s, s.text)
        for s in reversed(sentences[max(0, n - THEN_REACH) : n])
        if sentence.utterance - s.utterance <= 2
    ]
    for source, text in sources:
        day, found = None, find_when(text)
        while found is not None:  # the last day said
            day, found = found, find_when(text, found.end())
        if day is not None:
            at = source.start + day.start()
            return replace(
                item,
                when=day.group(),
                due=resolve_due(day.group(), reference),
                evidence=(*item.evidence, Span(source.utterance, at, at + len(day.group()))),
            )
    return item


def antecedent(transcript: Transcript, item: ActionItem) -> ActionItem:
    """ "I'll submit it when I'm back" after "submit the receipt to us for a refund": the
    task named as the other party said it, when an utterance just before says the same verb
    with an object."""
    pronoun = ph.PRONOUN_TASK.match(item.what.lower())
    if pronoun is None:
        return item
    verb = pronoun.group("verb")
    at = item.evidence[0].utterance
    for u in reversed(transcript.utterances[max(0, at - 3) : at]):
        said = re.search(
            rf"\b{re.escape(verb)} (?!(?:it|that|this|them|those)\b)(?P<what>.+)", u.text, re.I
        )
        if said:
            clause = w.task_clause(said.group("what"))
            when = find_when(clause)
            what = clause[: when.start()] + clause[when.end() :] if when else clause
            what = ph.TRAILING.sub("", " ".join(what.split())).strip(" ,")
            if what:
                # The words now come from that utterance too: its span joins the evidence.
                named = Span(u.index, said.start(), said.start("what") + len(clause.rstrip()))
                rest = pronoun.group("rest") or ""
                return replace(item, what=f"{verb} {what}{rest}", evidence=(named, *item.evidence))
    return item


def earlier_object(item: ActionItem, earlier: Sequence[ActionItem]) -> ActionItem:
    """ "I'll email you the autopay form today." … "Return it within five business days.":
    a pronoun task whose verb nobody said with an object takes the thing of the item made
    just before (within three utterances), whoever owns it."""
    pronoun = ph.PRONOUN_TASK.match(item.what.lower())
    if pronoun is None or not earlier:
        return item
    last = earlier[-1]
    at = item.evidence[0].utterance
    if not 0 <= at - last.evidence[-1].utterance <= 3:
        return item
    thing = ph.OBJECT.match(last.what)
    if thing is None:
        return item
    # The thing's words are the earlier item's: its spans join the evidence.
    verb = pronoun.group("verb") + (pronoun.group("particle") or "")
    return replace(
        item,
        what=f"{verb} {thing.group('object')}{pronoun.group('rest') or ''}",
        evidence=(*last.evidence, *(e for e in item.evidence if e not in last.evidence)),
    )


def follow_on(found: list[ActionItem], sentence: Sentence, reference: date) -> None:
    """ "I'll mail a replacement card. It should arrive by Friday.": the speaker's next sentence
    dates the promise just made when the promise itself has no date."""
    if not found:
        return
    last = found[-1]
    if asks_a_day(sentence):
        # "What I need from you is photos of the meter. Tomorrow afternoon okay?" (fourteenth-
        # dev): the day the asker proposes in the same breath is the task's
        if last.when or sentence.utterance - last.evidence[-1].utterance > 1:
            return  # the same breath, or the next turn ("Sure, tomorrow afternoon.")
    elif not ph.FOLLOW_ON.match(sentence.text) or last.when or last.party != sentence.speaker:
        return
    if sentence.utterance - last.evidence[-1].utterance > 2:
        return
    when = find_when(sentence.text)
    if when is None:
        return
    span = Span(sentence.utterance, sentence.start + when.start(), sentence.start + when.end())
    found[-1] = replace(
        last,
        when=when.group(),
        due=resolve_due(when.group(), reference),
        evidence=(*last.evidence, span),
    )


_DAY_OK = frozenset(
    {"is", "does", "would", "will", "that", "okay", "ok", "alright", "all", "right", "good"}
    | {"fine", "work", "works", "sure", "yes", "yeah"}
)


def asks_a_day(sentence: Sentence) -> bool:
    """ "Tomorrow afternoon okay?", "Does Friday work?", "Sure, tomorrow afternoon.": a day
    offered or taken, and nothing else (the recogniser often writes the question with a full
    stop, fourteenth-dev)."""
    text = sentence.text
    when = find_when(text)
    if when is None:
        return False
    rest = (text[: when.start()] + text[when.end() :]).lower().replace(",", " ")
    return set(rest.rstrip("?.! ").split()) <= _DAY_OK


# Ways of getting a thing to someone. A pronoun task of one of these verbs soon after the
# owner's item of another is that item again, saying who or when: "Would you like it
# delivered?" – "Yes." … "Our driver will bring it tomorrow"; "Please upload the photos by
# Friday." – "I'll send them tonight."
CARRY = (
    "send", "resend", "email", "e-mail", "mail", "post", "ship", "deliver", "bring",
    "drop off", "upload", "forward", "submit", "fax",
)  # fmt: skip
CARRY_WITHIN = 8  # utterances: the same thing is still being talked about


def _pronoun_task(what: str) -> re.Match[str] | None:
    """ "bring it", or the same done by someone the owner sends ("have our driver bring it")."""
    words = what.split()
    tails = [" ".join(words[n:]) for n in range(2, len(words) - 1)] if words[0] == "have" else []
    for tail in [what, *tails]:
        pronoun = ph.PRONOUN_TASK.match(tail) or ph.MADE_SURE.match(tail)
        if pronoun:
            return pronoun
    return None


def _same_task(
    verb: str, item: ActionItem, earlier: ActionItem, speakers: Sequence[str] | None
) -> bool:
    said = earlier.what.lower()
    if said.startswith(verb + " "):
        return True
    gap = item.evidence[0].utterance - earlier.evidence[-1].utterance
    if 0 <= gap <= CARRY_WITHIN and verb in CARRY and any(said.startswith(c + " ") for c in CARRY):
        return True
    # "Please pay the rent by Friday." – "I'll transfer it tomorrow.": the owner's answer to
    # the other party's request, whatever verb it uses, is that request agreed to.
    asked_by = speakers[earlier.evidence[0].utterance] if speakers else None
    # The answer is said by its owner: a new request from the asker is a new task.
    said_by = speakers[item.evidence[0].utterance] if speakers else None
    return 0 < gap <= 2 and asked_by is not None and asked_by != item.party == said_by


def _answers(item: ActionItem, earlier: ActionItem, speakers: Sequence[str] | None) -> bool:
    """Whether `item` is its owner's answer to `earlier`, the other party's request. The
    request's day stays the task's: "Could you upload them by Friday?" - "I'll do it tonight"
    is due Friday in four dev halves' labels, the answer's day in two."""
    if not speakers:
        return False
    said_by = speakers[item.evidence[0].utterance]
    return speakers[earlier.evidence[0].utterance] != said_by == item.party


# "Could you let [PERSON] know by tomorrow?" - "I'll text her tonight" (twenty-first-dev):
# telling someone, asked and answered with different verbs; the person is the object.
_TELL_ASKED = re.compile(r"^(?:let \S+(?: \S+)? know|tell|inform|warn|remind|ask)\b", re.I)
_TELL_ANSWER = re.compile(
    r"^(?:call|ring|phone|text|e-?mail|message|tell|let|ask|warn|remind) (?:her|him|them)\b", re.I
)
# "My brother will get the keys." ... "Could he pick them up on Friday afternoon?": the same
# named person's task with a pronoun for its thing is the one named before (twenty-first-dev).
_THING_PRONOUN = re.compile(r"^(?:have \S+(?: \S+)? )?[a-z-]+ (?:it|them|those|that)\b", re.I)


def _restates(item: ActionItem, earlier: ActionItem, speakers: Sequence[str] | None) -> bool:
    """ "Can you send it back by Friday?" - "Yes, I'll sign it and send it back by…" (the day
    misheard, twenty-first-dev): the owner's answer, right after the request, holds the
    request's task whole; one task, not two."""
    gap = item.evidence[0].utterance - earlier.evidence[-1].utterance
    return (
        0 < gap <= 2
        and len(item.what) > len(earlier.what)
        and re.search(rf"\b{re.escape(earlier.what.lower())}\b", item.what.lower()) is not None
        and _answers(item, earlier, speakers)
    )


def _same_doer_task(item: ActionItem, earlier: ActionItem) -> bool:
    gap = item.evidence[0].utterance - earlier.evidence[-1].utterance
    return (
        item.owner_said is not None
        and item.owner_said == earlier.owner_said
        and 0 <= gap <= 2
        and _THING_PRONOUN.match(item.what) is not None
    )


def dedupe(
    items: Sequence[ActionItem], speakers: Sequence[str] | None = None
) -> tuple[ActionItem, ...]:
    """The first mention of each (owner, task), later repeats adding their evidence. "I'll
    bring it" after "please bring the new card" is the same task: an item whose object is a
    pronoun joins the owner's earlier item with the same verb (or, for carrying a thing to
    someone, a verb of the same kind; or any verb when it answers the other party's request).
    `speakers`: the speaker of each utterance, to tell whose request an item was."""
    merged: dict[tuple[str | None, str], ActionItem] = {}
    for item in items:
        key = (item.owner or item.party, item.what.lower())
        pronoun = _pronoun_task(key[1])
        told = _TELL_ANSWER.match(key[1])
        earlier = [k for k, v in merged.items() if _same_doer_task(item, v)]
        # The answer says the request's task whole and more: its words are the fuller task.
        fuller = [k for k, v in merged.items() if k[0] == key[0] and _restates(item, v, speakers)]
        earlier = earlier or fuller
        if pronoun or told:
            verb = pronoun.group("verb") if pronoun else ""
            # Only one doer's: "He'll drop it off" (the husband named before) is not the
            # speaker's own "sign and return it", nor "our farm manager will take a photo and
            # send it" the agent's "e-mail you the certificate" (twentieth-dev, both lost).
            earlier = earlier or [
                k
                for k, v in merged.items()
                if k[0] == key[0]
                and (v.owner_said is None) == (item.owner_said is None)
                and (
                    _same_task(verb, item, v, speakers)
                    if pronoun
                    else _TELL_ASKED.match(v.what) is not None and _answers(item, v, speakers)
                )
            ]
        if earlier:
            key = earlier[-1]
        if key in merged:
            first = merged[key]
            merged[key] = replace(
                first,
                what=item.what if key in fuller else first.what,
                when=first.when or item.when,
                due=first.due or item.due,
                evidence=first.evidence + item.evidence,
                owner_said=first.owner_said or item.owner_said,
            )
        else:
            merged[key] = item
    return tuple(merged.values())


# Papers, pictures and money: what a carrying verb takes. "I'll need a photo of the crack for
# the insurer. Could you text it to us tonight?", "Who gets the certificate?" … "I'll email it
# to [PERSON]" (thirteenth-dev): no earlier item and no earlier "text …" names the thing, but
# the last such noun said just before is it.
_SENT_THING = re.compile(
    r"\b(?:(?:the|your|my|our|a|an|that|this|his|her|their)\s+)?(?P<thing>(?:[a-z-]+\s+)?"
    r"(?:receipts?|certificate|photos?|pictures?|invoice|report|forms?|contract|agreement"
    r"|quote|estimate|statement|letter|confirmation|link|documents?|records?|disclosures?"
    r"|paperwork|itinerary|voucher|label|checklist|application|refund|deposit"
    # "[PERSON] needs a prior authorization, so I'll send that to Aetna" (fourteenth-dev)
    r"|authori[sz]ation|referral|prescription|claim|waiver|permit)"
    r"(?: of (?:the|your|my|our) [a-z-]+)?)\b",
    re.I,
)
# The words before a thing's noun that are no part of it: "I need photos", "send the form".
_NOT_OF_THING = frozenset(
    ["need", "needs", "send", "sent", "email", "emailed", "get", "gets", "got", "the", "a",
     "an", "your", "my", "our", "that", "this", "his", "her", "their", "any", "and", "or",
     "for", "with", "no", "new", "of", "to", "is", "was"]
)  # fmt: skip
_CARRYING = "|".join(re.escape(c) for c in (*CARRY, "text"))
_CARRY_PRONOUN = re.compile(
    rf"^(?P<lead>have (?:\S+ ){{1,3}}?)?(?:please )?(?P<verb>{_CARRYING})"
    # the pronoun alone, or before where it goes: not "that receipt", which names its thing
    r"(?P<particle> (?:back|over|across|on))? (?:it|that|this|them|those)"
    r"(?P<rest>(?: (?:to|from|for|with|by|via|over|back|across|on|in|at|so|and|when|once)\b.*)?)$",
    re.I,
)
SENT_WITHIN = 3  # utterances back, as `antecedent` looks


def sent_thing(transcript: Transcript, item: ActionItem) -> ActionItem:
    """A carrying task whose object is still a pronoun ("text it to us", "have [PERSON] send
    it") takes the last paper, picture or sum named before it: earlier in its own utterance,
    else in the three before, whoever said it."""
    task = _CARRY_PRONOUN.match(item.what)
    if task is None:
        return item
    at = item.evidence[0]
    own = transcript.utterances[at.utterance].text[: at.start]
    earlier = transcript.utterances[max(0, at.utterance - SENT_WITHIN) : at.utterance]
    for index, text in [(at.utterance, own), *((u.index, u.text) for u in reversed(earlier))]:
        things = list(_SENT_THING.finditer(text))
        if not things:
            continue
        thing = things[-1]
        words = thing.group("thing").split()
        if words[0].lower() in _NOT_OF_THING:
            words = words[1:]
        if words[0].istitle():  # "Receipt number R339." opened its sentence
            words[0] = words[0].lower()
        named = Span(index, thing.start("thing"), thing.end("thing"))
        what = (
            f"{task.group('lead') or ''}{task.group('verb')}{task.group('particle') or ''}"
            f" the {' '.join(words)}{task.group('rest')}"
        )
        return replace(item, what=what, evidence=(named, *item.evidence))
    return item
