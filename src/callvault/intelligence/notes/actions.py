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

from callvault.intelligence.notes import offers, third_party
from callvault.intelligence.notes import phrasings as ph
from callvault.intelligence.notes import references as r
from callvault.intelligence.notes import task_words as w
from callvault.intelligence.notes.commitment import CommitmentClassifier
from callvault.intelligence.notes.dates import find_when
from callvault.intelligence.notes.models import ActionItem
from callvault.intelligence.notes.text import Sentence
from callvault.intelligence.transcript import Span, Transcript

_PRONOUNS = (ph.PRONOUN_THIRD, ph.PRONOUN_ANY, ph.PRONOUN_REQUEST)


def _other_speaker(transcript: Transcript, index: int) -> str | None:
    """The nearest party other than utterance `index`'s speaker, looking back first."""
    me = transcript.utterances[index].speaker
    before = [u.speaker for u in transcript.utterances[:index] if u.speaker != me]
    if before:
        return before[-1]
    after = [u.speaker for u in transcript.utterances[index + 1 :] if u.speaker != me]
    return after[0] if after else None


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
        if before is not None and ph.DANGLING.search(before.text):
            bare = ph.BARE.match(sentence.text)
            if bare:
                candidates.append((bare, sentence.speaker))
        for m in w.matches(ph.DELEGATED, sentence.text):
            # Owned by the name (read before FIRST's "get Priya to…"); a redacted name by the
            # speaker's side, pointing at the placeholder as a role's task does.
            if m.group("name") == third_party.PLACEHOLDER:
                candidates.append((m, sentence.speaker))
            elif m.group("name") not in ph.NOT_NAMES:
                candidates.append((m, None))
        for m in w.matches(ph.FIRST, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in w.matches(ph.WHERE_SHOULD, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in w.matches(ph.LET_ME, sentence.text):
            candidates.append((m, sentence.speaker))
        if not sentence.text.endswith("?"):  # "It'll be refunded by Friday?" asks
            for m in w.matches(ph.PASSIVE_FUTURE, sentence.text):
                candidates.append((m, sentence.speaker))
            for m in [
                *w.matches(ph.YOU_WILL_HAVE, sentence.text),
                *w.matches(ph.YOU_WILL_GET, sentence.text),
            ]:
                if find_when(sentence.text, m.start("what")) is not None:
                    candidates.append((m, sentence.speaker))
            for m in w.matches(ph.PASSIVE_NEEDED, sentence.text):
                if find_when(sentence.text, m.start("what")) is not None:
                    candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.PROGRESSIVE, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in w.matches(ph.FUTURE_PROGRESSIVE, sentence.text):
            candidates.append((m, sentence.speaker))
        for m in w.matches(ph.PRESENT_DATED, sentence.text):
            if find_when(sentence.text, m.start("what")) is not None:
                candidates.append((m, sentence.speaker))
        for m in [
            *w.matches(offers.ACTIVE, sentence.text),
            *w.matches(offers.PASSIVE, sentence.text),
        ]:
            if offers.accepted(transcript, sentence):
                candidates.append((m, sentence.speaker))
        conditional = ph.IF_IMPERATIVE.match(sentence.text)
        if conditional:
            candidates.append((conditional, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.REQUEST, sentence.text):
            bare_if = ph.BARE_IF.search(m.group(0)[: m.start("what") - m.start()])
            if bare_if and (
                find_when(sentence.text, m.start("what")) is None
                or ph.HAPPENS_TO.match(m.group("what"))
            ):
                # "if you call back, quote the ticket": a condition, not a request; "if you
                # post it by Friday" asks for it by then (eighth-dev), but "if you get a
                # fever before Thursday" is what may happen (fourteenth-dev).
                continue
            if sentence.text.endswith("?") and ph.OR_BEFORE.search(sentence.text, 0, m.start()):
                continue  # "Should we mail it, or will you pick it up?": a choice offered
            candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.NEED_FROM, sentence.text):
            # only with a day, its own or one offered next ("What I need from you is your
            # postcode" asks for it now); a plain "we need" only with a deadline ("We need
            # banners for a conference next week" is why someone called)
            following = sentences[n + 1] if n + 1 < len(sentences) else None
            when = find_when(sentence.text, m.start("what"))
            if not m.group(0).lower().startswith(("what", "all", "the")) and not (
                when is not None and ph.DEADLINE.match(when.group())
            ):
                continue
            if when is not None or (
                following is not None
                and following.utterance - sentence.utterance <= 1
                and r.asks_a_day(following)
            ):
                candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.EXPECT_FROM, sentence.text):
            name = m.group("name")
            if name == third_party.PLACEHOLDER or not name[:1].isupper() or " " in name:
                candidates.append((m, sentence.speaker))  # the speaker's side sends them
            elif _known_person(name, known):
                candidates.append((m, None))
        for m in w.matches(ph.NEEDS_TO, sentence.text):
            if find_when(sentence.text, m.start("what")) is not None:
                candidates.append((m, None))  # owned by the name behind the placeholder
        for m in w.matches(ph.YOU_CAN, sentence.text):
            conditional = ph.SUBORDINATE.search(sentence.text, 0, m.start())
            if not conditional and find_when(sentence.text, m.start("what")) is not None:
                candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.REQUEST_THIRD, sentence.text):
            candidates.append((m, _other_speaker(transcript, sentence.utterance)))
        imperative = ph.IMPERATIVE.match(sentence.text) or ph.IMPERATIVE_IT.match(sentence.text)
        if imperative is None:
            # after an aside or a condition: only with a day of its own, after the verb
            led = ph.LEAD_IMPERATIVE.match(sentence.text) or ph.IF_IMPERATIVE_IT.match(
                sentence.text
            )
            if led is not None and find_when(sentence.text, led.start("what")) is not None:
                imperative = led
        if (
            imperative
            and find_when(sentence.text) is not None
            and not (before is not None and ph.DANGLING.search(before.text))
        ):
            candidates.append((imperative, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.NAMED, sentence.text):
            name = m.group("name")
            if name in ph.NOT_NAMES and name.lower() not in ph.SOMEONE:
                continue
            # "the engineer", "someone from billing"; a redacted name ("[PERSON] will ring
            # you"): the speaker's side owes it, the item pointing at the placeholder.
            by_role = not name[:1].isupper() or " " in name or name.lower() in ph.SOMEONE
            if name == third_party.PLACEHOLDER and third_party.team_is_role(m.group("team")):
                continue  # "[PERSON] from our claims team will…": the team's reading
            if by_role or name == third_party.PLACEHOLDER:
                # "An adjuster will call you": the company's promise, made by the speaker,
                # who owes that it happens.
                candidates.append((m, sentence.speaker))
            elif m.group("team") or m.group("of") or _known_person(name, known):
                candidates.append((m, None))
        for m in [
            *w.matches(ph.NAME_FIRST, sentence.text),
            *w.matches(ph.ROLE_VISIT, sentence.text),
            *w.matches(ph.ROLE_CAN, sentence.text),
            *w.matches(ph.NAME_ROLE_CAN, sentence.text),
        ]:
            # "[PERSON], our plumber, comes tomorrow morning", "Our plumber comes tomorrow
            # morning", "our foreman can tarp it tomorrow": a visit or a slot the speaker's
            # side booked; only with its own date, which is what makes it an appointment
            # ("the driver can take it once you've paid by Friday" dates the payment).
            when = find_when(sentence.text, m.start("what"))
            if (
                when is not None
                and not sentence.text.endswith("?")
                and not ph.SUBORDINATE.search(sentence.text, m.start("what"), when.start())
            ):
                candidates.append((m, sentence.speaker))
        pronouns: dict[int, Span] = {}  # a pronoun's item: where its person was named
        for m in w.matches(ph.PRONOUN_THIRD, sentence.text):
            person = third_party.mentioned(sentences, n, m.start("pronoun"))
            if person is not None:
                candidates.append((m, sentence.speaker))
                pronouns[m.start()] = person
        asked = sentence.text.endswith("?")
        for m in w.matches(ph.PRONOUN_REQUEST, sentence.text) if asked else ():
            # asked of someone on the listener's side ("Could she send those by Tuesday?"):
            # theirs, the person named where the pronoun points, else the listener who was asked;
            # "Can he post it, or scan it?" asks which, not for a task (tenth-dev)
            if ", or " in sentence.text[m.start("what") :]:
                continue
            candidates.append((m, _other_speaker(transcript, sentence.utterance)))
            person = third_party.mentioned(sentences, n, m.start("pronoun"))
            if person is not None:
                pronouns[m.start()] = person
        for m in [m for m, _ in learned.get(n, ()) if m.re is ph.PRONOUN_ANY]:
            person = third_party.mentioned(sentences, n, m.start("pronoun"))
            if person is not None:
                pronouns[m.start()] = person
        taken: list[tuple[int, int]] = []
        for m, party in sorted(candidates, key=lambda c: c[0].start()):
            end = m.start("what") + len(w.task_clause(m.group("what")))
            if any(m.start("what") < b and end > a for a, b in taken):
                continue  # "I can" inside "can you…" and the like: first reading wins
            if party is not None:
                owner = named.get(party)
            elif "name" in m.re.groupindex and m.group("name") != third_party.PLACEHOLDER:
                owner = m.group("name")  # "Sam from our network team will…"
            else:  # a request with nobody else on the source (a voicemail): its listener
                owner = None
            # A role acts for the speaker's side: the item says who will do it.
            role = w.role_of(m) if party is not None else None
            person = pronouns.get(m.start()) if m.re in _PRONOUNS else None
            if person is not None:
                role = third_party.PLACEHOLDER  # "he'll ring you": "have [PERSON] ring you"
            item = w.item_of(sentence, m, owner, party, reference_date, doer=role)
            item = r.then_day(item, sentences, n, reference_date) if item else None
            if item is not None and person is not None:
                item = replace(item, owner_said=person)
            elif item is not None and m.re is ph.NEEDS_TO:
                said = third_party.placeholder(m, sentence, None)
                item = replace(item, owner_said=said)
            elif item is not None and role is not None:
                said = third_party.placeholder(m, sentence, sentences[n - 1] if n else None)
                item = replace(item, owner_said=said) if said else item
            if item is not None:
                found.append(item)
                # "I'll get [PERSON], our chef, to call you": the asking is part of the task,
                # so "get [PERSON]" is no second one
                taken.append((m.start() if m.re is ph.DELEGATED else m.start("what"), end))
        if not candidates and not r.do_that(found, sentence, before, reference_date, named):
            r.follow_on(found, sentence, reference_date)
    speakers = [u.speaker for u in transcript.utterances]
    named_items: list[ActionItem] = []
    for item in r.dedupe(found, speakers):
        resolved = r.earlier_object(r.antecedent(transcript, item), named_items)
        named_items.append(r.sent_thing(transcript, resolved))
    # "take them out", "ask her": a thing or person never named, on no day, tells the reader
    # nothing to do (dev halves' inventions on recognised speech)
    return tuple(
        i
        for i in r.dedupe(named_items, speakers)
        if i.when or not (ph.UNNAMED_TASK.match(i.what) or ph.CUT_OFF_TASK.search(i.what))
    )


def _learned(
    transcript: Transcript, sentences: Sequence[Sentence], classifier: CommitmentClassifier | None
) -> dict[int, list[tuple[re.Match[str], str | None]]]:
    """Promises ("I'll …", "we're going to …", "our fitter will …") and requests ("can you
    …", "please …") with a verb the rules do not know, kept where the head reads the
    sentence as one: one batch of sentences per call, none when every verb is known."""
    if classifier is None:
        return {}
    pending: list[tuple[int, re.Match[str], str | None]] = []
    for n, sentence in enumerate(sentences):
        for m in w.matches(ph.FIRST_ANY, sentence.text):
            if ph.DELEGATED.match(sentence.text, m.start()):
                continue  # "I'm going to have [PERSON] in compliance approve it": the rules'
            pending.append((n, m, sentence.speaker))
        for m in w.matches(ph.REQUEST_ANY, sentence.text):
            pending.append((n, m, _other_speaker(transcript, sentence.utterance)))
        for m in w.matches(ph.NAMED_ANY, sentence.text):
            # A role's or a redacted name's promise: the speaker's side owes it.
            pending.append((n, m, sentence.speaker))
        for m in w.matches(ph.PRONOUN_ANY, sentence.text):
            # "He'll evaluate them": only where the person was named just before (`actions`)
            if third_party.mentioned(sentences, n, m.start("pronoun")) is not None:
                pending.append((n, m, sentence.speaker))
    pending = [
        (n, m, p)
        for n, m, p in pending
        if not ph.NOT_TASK_VERB.match(w.task_clause(m.group("what")))
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
