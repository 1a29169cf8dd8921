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
from dataclasses import replace
from datetime import date

from callvault.intelligence.notes import third_party
from callvault.intelligence.notes.commitment import CommitmentClassifier
from callvault.intelligence.notes.dates import find_when, resolve_due
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
    r"|block|unblock|rebook|reschedule|transfer|wire|take a photo|take photos|authori[sz]e"
    # Added on written calls beyond the dev half (issue #11): errands people promise or are
    # asked to do, and "give you a call" / "get back to you", said as often as "call".
    r"|reserve|leave|fill in|fill out|complete|collect|pick up|pick (?:it|them) up"
    r"|come out|pop (?:in|by|round)|redeliver|provide|change|turn off|switch off|restart"
    r"|register|renew|log|lodge|print|scan|fax|top up"
    r"|give (?:you|him|her|them|us) a (?:call|ring|bell|shout)|get back to you|touch base"
    r"|double[- ]check|sign up|sign in|log in|try|test|sort|hand (?:back|in|over))"
)
_ADVERBS = r"(?:(?:also|just|personally|then|definitely|certainly|quickly|first|now|please) )*"
# Not "need to" / "have to" / "must": "I need to send a wire to my daughter" is why someone
# called, not a follow-up (issue #11: invented items).
_MODAL = (
    r"(?:'ll|’ll| will| shall| am going to|'m going to|’m going to| are going to|'re going to"
    r"|’re going to| can| could| promise to|'d be happy to| would be happy to)"
)
_FIRST = re.compile(rf"\b(?P<subj>I|we){_MODAL} {_ADVERBS}(?P<what>{_VERBS}\b.*)", re.I)
# "Where should I email the itinerary?": the asker will do it once answered.
_WHERE_SHOULD = re.compile(
    rf"\b(?:where|when|how|what time) (?:should|shall|do you want|would you like) (?P<subj>I|we)"
    rf"(?: to)? {_ADVERBS}(?P<what>{_VERBS}\b.*)",
    re.I,
)
# The rest of a promise the recogniser cut off after "I'll" (one utterance ends "…I'll", the
# speaker's next starts "mail a replacement card…").
_DANGLING = re.compile(rf"\b(?:I|we){_MODAL}\s*[,.]?\s*$", re.I)
_FOLLOW_ON = re.compile(
    r"^\s*(?:and |so )?(?:it|that|they|this|these|those|the \w+|you)(?:'ll| will| should"
    r"| can| could| is going to| are going to| would)\b",
    re.I,
)
_BARE = re.compile(rf"^\s*{_ADVERBS}(?P<what>{_VERBS}\b.*)", re.I)
# "Just return your key fob to reception by the end of the month": an instruction at the
# start of a sentence, with a deadline, is the listener's task. Without one it mostly says how
# to do a task already asked for ("Just reply to the email you got"), as does one whose
# object is a pronoun ("Send them to returns@…"): both left out.
_IMPERATIVE = re.compile(
    rf"^(?:(?:so|right|okay|ok|and|then|first|first thing|now|oh|yes|yeah|great|also)[,.]?\s+)*"
    rf"{_ADVERBS}(?P<what>{_VERBS}\b(?! (?:it|that|this|them|those|me|him|her|is|are|was"
    rf"|were|has|had)\b)(?!')(?!-).*)",
    re.I,
)
# "Return it, signed, within five business days": a pronoun object with a deadline in the same
# sentence is still the listener's task (the thing is named earlier; _antecedent names it
# where it can, _dedupe joins it to the item that named it).
_IMPERATIVE_IT = re.compile(
    rf"^(?:(?:so|right|okay|ok|and|then|first|now|oh|yes|yeah|great|also)[,.]?\s+)*"
    rf"{_ADVERBS}(?P<what>{_VERBS} (?:it|them)\b(?!')(?!-).*)",
    re.I,
)
# "If it drops again before Wednesday, restart the router": an instruction after a condition
# is the listener's task for when it happens (no deadline needed: the condition is its "when").
# Not "if you could/want, …": that is a request, which _REQUEST reads.
_IF_IMPERATIVE = re.compile(
    rf"^(?:(?:so|and|then|okay|ok)[,.]?\s+)*(?:if|once|whenever|should) (?!you (?:could|can"
    rf"|want|would|like|prefer)\b)[^,]{{3,80}}, {_ADVERBS}(?P<what>{_VERBS}\b(?! (?:it|that|this"
    rf"|them|those|me|him|her|us|is|are|was|were|has|had)\b)(?!')(?!-).*)",
    re.I,
)
# "I'm adding a credit of $25 to your next bill": a change the speaker is making for the other
# party, said as it happens. Only verbs whose result outlives the call (not "I'm checking").
_PROGRESSIVE_VERBS = {
    "adding": "add",
    "applying": "apply",
    "crediting": "credit",
    "refunding": "refund",
    "waiving": "waive",
    "issuing": "issue",
    "escalating": "escalate",
    "arranging": "arrange",
    "ordering": "order",
    "scheduling": "schedule",
}
_PROGRESSIVE = re.compile(
    rf"\b(?P<subj>I|we)(?:'m|’m| am|'re|’re| are) {_ADVERBS}(?P<what>(?P<verb>"
    rf"{'|'.join(_PROGRESSIVE_VERBS)})\b.*)",
    re.I,
)
_LET_ME = re.compile(rf"\blet (?:me|us) {_ADVERBS}(?P<what>{_VERBS}\b.*)", re.I)
_REQUEST = re.compile(
    rf"\b(?:(?:can|could|would|will) you|you(?:'ll| will)? need to|make sure you|please"
    rf"|if you(?: could| can)?|(?:I|we)(?:'d| would)? like you to|(?:I|we)(?:'ll| will)? need"
    rf" you to|you(?:'ll| will)? (?:want|have) to|you should|you must|don't forget to"
    rf"|remember to|be sure to|do you mind|what (?:I|we)(?:'d| would)? (?:like|need|want) you"
    rf" to do (?:first |now |next )?is)"
    # "if you could, email it today": the comma the recogniser puts after the softener
    rf",? {_ADVERBS}(?P<what>{_VERBS}\b.*)",
    re.I,
)
_NAMED = third_party.named(_VERBS, _ADVERBS)
_NAME_FIRST = third_party.name_first(_ADVERBS)
_NOT_NAMES_WORDS = (
    "I We You It That This There He She They Someone Somebody Everything Nothing Which What Who "
    "And But So Then Yes No Okay Well Also The A An Our Your"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())
_CLAUSE_END = re.compile(
    r"[,;:.!?]|\b(?:but|because|so|if|when|while|although|though|unless|or|otherwise)\b"
    # "fill in the form before you come in tomorrow, that would save time": a new clause.
    r"|\b(?:before|after|once|until) (?:you|we|I|they|he|she|it)\b|\bthat(?:'d| would| will)\b",
    re.I,
)
_AND = re.compile(rf"\band (?!{_VERBS}\b)", re.I)
_RANGE_START = re.compile(r"\bbetween [\w:.]+\s*$", re.I)
# A time window said with the date ("tomorrow between two and four"): when, not what.
_WINDOW = re.compile(r"\s*\bbetween [\w:.]+ (?:and|to) [\w:.]+(?: (?:am|pm|a\.m\.|p\.m\.))?", re.I)
# In-call chores and small talk: said on every call, never a follow-up task.
_IN_CALL = re.compile(
    r"^(?:put you|transfer you|get you through|pull up|bring up"
    r"|check (?:that|this|it) (?:for you )?now"
    r"|get your|get the details|check your (?:details|account)|ask you a few|speak (?:slowly|up)"
    r"|get that (?:for you )?now"
    # Questions asked during the call, answered there and then.
    r"|(?:confirm|spell|verify|repeat|read) (?:me )?(?:your|the|that|it)\b(?! (?:by|before|later))"
    r"|take (?:a|your) (?:look|seat|moment)\b"
    # "Got it, I'll update that": the record is changed there and then.
    r"|update (?:that|it|this|them|those)(?: for you)?$"
    # "I'll note that on the ticket": a remark written down there and then.
    r"|(?:note|make a note of|log|record) (?:that|it|this|down)\b"
    # "I can move it to 5:40": the booking is changed while they talk; what follows the call
    # is the confirmation, an item of its own.
    r"|(?:move|change|switch) (?:it|that|this|you) (?:over )?to\b)",
    re.I,
)
# The same shapes with any verb but a known one, for the head to decide (strong modals only:
# "I can see the charge" is no promise).
_FIRST_ANY = re.compile(
    rf"\b(?P<subj>I|we)(?:'ll|’ll| will| am going to|'m going to|’m going to| are going to"
    rf"|'re going to| promise to) {_ADVERBS}(?P<what>(?!{_VERBS}\b)[a-z]+\b.*)",
    re.I,
)
_REQUEST_ANY = re.compile(
    rf"\b(?:(?:can|could|would) you|please) {_ADVERBS}(?P<what>(?!{_VERBS}\b)[a-z]+\b.*)", re.I
)
# Never a task whatever follows: being, waiting, holding, seeing, needing, trying.
_NOT_TASK_VERB = re.compile(
    r"(?:be|hold|wait|see|need|have to|try|think|go ahead|bear|stay|hear|tell me|spell|repeat"
    r"|confirm|say|give me|walk me|describe|remember|believe|assume|admit|keep it|do|like|want"
    # What happens to someone, not what they will do: "I'm going to miss the payment".
    r"|miss|lose|forget|fail|struggle|end up|run out)\b"
    # "we'll have it ready", "I'll look out for it": a thing already named, already an item.
    r"|\w+(?: \w+){0,2} (?:it|that|this|them|those)(?: \w+)?\s*$",
    re.I,
)
_DO_THAT = re.compile(
    r"\b(?:I|we)(?:'ll|’ll| will| can|'m going to| am going to) (?:\w+ )?do (?:that|it|this|so)\b",
    re.I,
)
_NEED = re.compile(
    rf"\b(?:I|we) (?:need|have|want|got|ought) to {_ADVERBS}(?P<what>{_VERBS}\b.*)", re.I
)
# Words that end a task without belonging to it; "and" where the recogniser cut the line.
_TRAILING = re.compile(r"(?:\s+(?:please|okay|ok|then|now|as well|too|and|or|but))+$", re.I)
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
    for plain_and in _AND.finditer(what[:cut]):
        if _RANGE_START.search(what[: plain_and.start()]):
            continue  # "between two and four": one time, not a second task
        cut = plain_and.start()
        break
    return what[:cut]


def _after(text: str, at: int) -> re.Match[str] | None:
    """A date said in the rest of the sentence, at its place in the sentence."""
    return find_when(text, at)


def _item(
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
    what = _TRAILING.sub("", " ".join(_WINDOW.sub("", what).split())).strip(" ,")
    if "verb" in match.re.groupindex and match.re is _PROGRESSIVE:
        # written as the task: "adding a credit" -> "add a credit"
        verb = match.group("verb")
        what = _PROGRESSIVE_VERBS[verb.lower()] + what[len(verb) :]
    if not what or _IN_CALL.match(what):
        return None
    if doer is not None:
        # "comes tomorrow" / "is coming": said of a visit, written as the task
        what = f"have {doer.lower()} {_VISIT_AS_TASK.sub('come', what)}"
    if " " not in what:
        return None  # a lone verb ("I can check") names no task
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


_VISIT_AS_TASK = re.compile(r"^(?:comes|is coming)\b")


def _role(m: re.Match[str]) -> str | None:
    """The role a third-party match names ("our plumber", "a technician"), if any."""
    groups = m.re.groupindex
    if "role" in groups:
        return m.group("role")
    if "name" in groups:
        name = m.group("name")
        if not name[:1].isupper() or " " in name:
            return name
    return None


def _known_person(name: str, known: set[str]) -> bool:
    return name.casefold() in known


def action_items(
    transcript: Transcript,
    sentences: Sequence[Sentence],
    *,
    reference_date: date,
    parties: Mapping[str, str] | None = None,
    people: Sequence[str] = (),
    classifier: CommitmentClassifier | None = None,
) -> tuple[ActionItem, ...]:
    """Commitments and requests in call order, one item per owner and task. `parties` names
    the person behind each speaker label; `people` are other names that may own a task (the
    directory); `classifier` decides promises and requests whose verb the rules do not know
    (without it only known verbs count)."""
    named = dict(parties or {})
    known = {
        part.casefold() for full in [*named.values(), *people] for part in [full, *full.split()]
    }
    learned = _learned(transcript, sentences, classifier)
    found: list[ActionItem] = []
    last_of: dict[str, Sentence] = {}  # each speaker's previous sentence
    for n, sentence in enumerate(sentences):
        # (match, speaker label): the head's readings first, so a rule's reading of the same
        # words ("can" inside "can you…") yields to it only where the rule found nothing
        candidates: list[tuple[re.Match[str], str | None]] = list(learned.get(n, ()))
        before = last_of.get(sentence.speaker)
        last_of[sentence.speaker] = sentence
        if before is not None and _DANGLING.search(before.text):
            bare = _BARE.match(sentence.text)
            if bare:
                candidates.append((bare, sentence.speaker))
        for m in _matches(_FIRST, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in _matches(_WHERE_SHOULD, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in _matches(_LET_ME, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in _matches(_PROGRESSIVE, sentence.text):
            candidates.append((m, sentence.speaker))
        conditional = _IF_IMPERATIVE.match(sentence.text)
        if conditional:
            candidates.append((conditional, _other_speaker(transcript, sentence.utterance)))
        for m in _matches(_REQUEST, sentence.text):
            candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        imperative = _IMPERATIVE.match(sentence.text) or _IMPERATIVE_IT.match(sentence.text)
        if (
            imperative
            and find_when(sentence.text) is not None
            and not (before is not None and _DANGLING.search(before.text))
        ):
            candidates.append((imperative, _other_speaker(transcript, sentence.utterance)))
        for m in _matches(_NAMED, sentence.text):
            name = m.group("name")
            if name in _NOT_NAMES:
                continue
            by_role = not name[:1].isupper() or " " in name  # "the engineer"
            if by_role:
                # "An adjuster will call you": the company's promise, made by the speaker,
                # who owes that it happens.
                candidates.append((m, sentence.speaker))
            elif m.group("team") or _known_person(name, known):
                candidates.append((m, None))
        for m in _matches(_NAME_FIRST, sentence.text):
            # "[PERSON], our plumber, comes tomorrow morning": a visit the speaker's side
            # booked; only with its date, which is what makes it an appointment.
            if find_when(sentence.text, m.start("what")) is not None:
                candidates.append((m, sentence.speaker))
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
            # A role acts for the speaker's side: the item says who will do it.
            role = _role(m) if party is not None else None
            item = _item(sentence, m, owner, party, reference_date, doer=role)
            if item is not None:
                found.append(item)
                taken.append((m.start("what"), end))
        if not candidates and not _do_that(found, sentence, before, reference_date, named):
            _follow_on(found, sentence, reference_date)
    named_items: list[ActionItem] = []
    for item in _dedupe(found):
        named_items.append(_earlier_object(_antecedent(transcript, item), named_items))
    return _dedupe(named_items)


def _learned(
    transcript: Transcript, sentences: Sequence[Sentence], classifier: CommitmentClassifier | None
) -> dict[int, list[tuple[re.Match[str], str | None]]]:
    """Promises ("I'll …", "we're going to …") and requests ("can you …", "please …") with a
    verb the rules do not know, kept where the head reads the sentence as one: one batch of
    sentences per call, none when every verb is known."""
    if classifier is None:
        return {}
    pending: list[tuple[int, re.Match[str], str | None]] = []
    for n, sentence in enumerate(sentences):
        for m in _matches(_FIRST_ANY, sentence.text):
            pending.append((n, m, sentence.speaker))
        for m in _matches(_REQUEST_ANY, sentence.text):
            pending.append((n, m, _other_speaker(transcript, sentence.utterance)))
    pending = [
        (n, m, p) for n, m, p in pending if not _NOT_TASK_VERB.match(_clause(m.group("what")))
    ]
    if not pending:
        return {}
    texts = sorted({sentences[n].text for n, _, _ in pending})
    kept = {t for t, yes in zip(texts, classifier.commitments(texts), strict=True) if yes}
    out: dict[int, list[tuple[re.Match[str], str | None]]] = {}
    for n, m, party in pending:
        if sentences[n].text in kept:
            out.setdefault(n, []).append((m, party))
    return out


def _do_that(
    found: list[ActionItem],
    sentence: Sentence,
    before: Sentence | None,
    reference: date,
    named: Mapping[str, str],
) -> bool:
    """ "I need to update the billing contact, I'll do that before the end of the month": a
    need the speaker then promises with a date is a task, dated by the promise."""
    promise = _DO_THAT.search(sentence.text)
    if promise is None or find_when(sentence.text, promise.end()) is None:
        return False
    for source in (sentence, before):
        if source is None or sentence.utterance - source.utterance > 1:
            continue
        text = source.text[: promise.start()] if source is sentence else source.text
        needs = _matches(_NEED, text)
        if not needs:
            continue
        need = needs[-1]
        item = _item(source, need, named.get(sentence.speaker), sentence.speaker, reference)
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


def _antecedent(transcript: Transcript, item: ActionItem) -> ActionItem:
    """ "I'll submit it when I'm back" after "submit the receipt to us for a refund": the
    task named as the other party said it, when an utterance just before says the same verb
    with an object."""
    pronoun = _PRONOUN_TASK.match(item.what.lower())
    if pronoun is None:
        return item
    verb = pronoun.group("verb")
    at = item.evidence[0].utterance
    for u in reversed(transcript.utterances[max(0, at - 3) : at]):
        said = re.search(
            rf"\b{re.escape(verb)} (?!(?:it|that|this|them|those)\b)(?P<what>.+)", u.text, re.I
        )
        if said:
            clause = _clause(said.group("what"))
            when = find_when(clause)
            what = clause[: when.start()] + clause[when.end() :] if when else clause
            what = _TRAILING.sub("", " ".join(what.split())).strip(" ,")
            if what:
                # The words now come from that utterance too: its span joins the evidence.
                named = Span(u.index, said.start(), said.start("what") + len(clause.rstrip()))
                return replace(item, what=f"{verb} {what}", evidence=(named, *item.evidence))
    return item


_OBJECT = re.compile(
    r"^[a-z-]+(?: (?:up|in|out|back|over))? (?:(?:you|me|us|him|her|them) )?(?P<object>(?:the"
    r"|your|our|a|an|this|that|my) .+)$"
)


def _earlier_object(item: ActionItem, earlier: Sequence[ActionItem]) -> ActionItem:
    """ "I'll email you the autopay form today." … "Return it within five business days.":
    a pronoun task whose verb nobody said with an object takes the thing of the item made
    just before (within three utterances), whoever owns it."""
    pronoun = _PRONOUN_TASK.match(item.what.lower())
    if pronoun is None or not earlier:
        return item
    last = earlier[-1]
    at = item.evidence[0].utterance
    if not 0 <= at - last.evidence[-1].utterance <= 3:
        return item
    thing = _OBJECT.match(last.what)
    if thing is None:
        return item
    # The thing's words are the earlier item's: its spans join the evidence.
    return replace(
        item,
        what=f"{pronoun.group('verb')} {thing.group('object')}",
        evidence=(*last.evidence, *(e for e in item.evidence if e not in last.evidence)),
    )


def _follow_on(found: list[ActionItem], sentence: Sentence, reference: date) -> None:
    """ "I'll mail a replacement card. It should arrive by Friday.": the speaker's next sentence
    dates the promise just made when the promise itself has no date."""
    if not found or not _FOLLOW_ON.match(sentence.text):
        return
    last = found[-1]
    if last.when or last.party != sentence.speaker:
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


_PRONOUN_TASK = re.compile(
    r"^(?P<verb>[a-z-]+(?: (?:up|in|out|back|over))?) (?:it|that|this|them|those|one|both"
    r"|everything|them both|all of it)$"
)


def _dedupe(items: Sequence[ActionItem]) -> tuple[ActionItem, ...]:
    """The first mention of each (owner, task), later repeats adding their evidence. "I'll
    bring it" after "please bring the new card" is the same task: an item whose object is a
    pronoun joins the owner's earlier item with the same verb."""
    merged: dict[tuple[str | None, str], ActionItem] = {}
    for item in items:
        key = (item.owner or item.party, item.what.lower())
        pronoun = _PRONOUN_TASK.match(key[1])
        if pronoun:
            verb = pronoun.group("verb")
            earlier = [k for k in merged if k[0] == key[0] and k[1].startswith(verb + " ")]
            if earlier:
                key = earlier[-1]
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
