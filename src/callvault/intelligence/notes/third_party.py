"""A task owned by someone who is not on the line: "our adjuster, Dana, will call you",
"a technician [PERSON] will come Wednesday", "[PERSON], our plumber, comes tomorrow morning".

Five shapes, each ending in what that person will do:
- a known name or a name with its team: "Sam from our network team will call";
- a role, its name optionally beside it, with or without commas ("our driver [PERSON] will");
- the name first, the role after it in commas, and a plain present-tense visit ("comes",
  "is coming") with a date: the way a booked visit is announced;
- the role alone opening the sentence with that plain visit ("Our plumber comes tomorrow
  morning"): what is left when the recogniser ends a sentence after the name;
- a role or a redacted name that "can" do something, with a date (the caller checks): "[PERSON]
  on our dispatch desk can book the truck for the eleventh", "[PERSON], our foreman, can
  tarp it tomorrow afternoon" offer a slot the business holds.
The name may be a redaction placeholder; the caller of these patterns decides who owns it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from callvault.intelligence.notes.text import Sentence
from callvault.intelligence.transcript import Span

PLACEHOLDER = "[PERSON]"

# Who visits or acts for the business. A role makes the sentence the company's promise,
# which the speaker owes (the caller of these patterns assigns it to the speaker).
ROLES = (
    r"(?:engineer|technician|courier|driver|team|manager|supervisor|colleague|specialist"
    r"|billing team|support team|adjuster|inspector|nurse|doctor|agent|representative|rep"
    r"|advisor|adviser|claims team|fitter|installer|surveyor|locksmith|plumber|electrician"
    r"|repairer|contractor|assessor|partner|pharmacist|lab|warehouse|office|department"
    r"|builder|mechanic|garage|landlord|vet"
    # People a business sends or puts on the case in other trades (ninth-dev: "our tutor,
    # [PERSON], will ring you tomorrow" was no item).
    r"|tutor|teacher|instructor|coach|trainer|carer|caregiver|cleaner|crew|crew lead|foreman"
    r"|dispatcher|paralegal|counsellor|counselor|accountant|coordinator|consultant|therapist"
    r"|receptionist|case manager|caseworker|tuner|tailor|groomer|stylist|detailer|valeter"
    # eighth-, tenth-, eleventh-dev: "our head chef", "our dockmaster", "our farrier"
    r"|chef|cook|dockmaster|farrier|underwriter|preparer|hygienist|dentist|optician|sweep"
    # The customer's own people act for them the same way: "my daughter, [PERSON], will drop
    # him off" (eleventh-dev: no item).
    r"|daughter|son|husband|wife|mum|mom|mother|dad|father|brother|sister|neighbour|neighbor"
    # thirteenth-dev: "My fiancé [PERSON] has it, he'll forward it to you tomorrow"
    r"|fiancé|fiancée|fiance|fiancee|boyfriend|girlfriend|grandson|granddaughter|niece"
    r"|nephew|aunt|uncle|cousin|roommate|flatmate"
    # sixteenth-dev: "Our on-call tech today is [PERSON]. He'll be out to you…"
    r"|tech)"
)
# One word may qualify the role: "a financial counselor", "your account manager", "our head
# chef" (fifth-dev, sixth-dev, eighth-dev: such promises were no item).
_ROLE = (
    # the recogniser may capitalise a title ("our Vault Manager, [PERSON], will", fifteenth-dev)
    rf"(?:(?i:(?:the|an|a|our|your|my)(?: [a-z-]+)? {ROLES})"
    # "[PERSON], one of our assessors, will phone you" (twelfth-dev)
    rf"|(?i:one of (?:our|the))(?: [a-z]+)? {ROLES}s?)"
)
ROLE_PHRASE = _ROLE
# A name beside the role: a placeholder or capitalised words, in commas or not.
# (a placeholder may keep a fragment of the name the recogniser wrote apart: "[PERSON] -Ez")
_BESIDE = r"(?:,? (?P<beside>\[PERSON\](?: -\w+)?|[A-Z][\w'-]*(?: [A-Z][\w'-]*)?),?)?"
# Someone on the way is the task, said without "will": "comes tomorrow", "is coming out".
VISIT = (
    r"(?:come|comes|is coming|come out|comes out|is coming out|come by|comes by|visit"
    # "He'll be out to you this afternoon", "he'll be at your door tomorrow at eight"
    # (sixteenth-dev: both visits were no item)
    r"|be out to (?:you|your)|be at your (?:door|house|home|place|property|office)"
    # "[PERSON] will be by Tuesday afternoon", "my roommate will be home Thursday to let them
    # in" (eighteenth-dev, thirteenth-dev): being there on a day is the task
    r"|(?:be there|be by|be home)"
    r"(?= (?:on|at|by|between|tomorrow|today|tonight|this|first|in the"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b))"
)


# Where a named person works: "from our network team", "in facilities", "on our dispatch desk".
TEAM = r"(?:from|in|on) (?:the |our |your )?[A-Za-z]+(?: (?:team|desk))?"


_TEAM_ROLE = re.compile(rf"{_ROLE}$")


def team_is_role(team: str | None) -> bool:
    """ "from our claims team" ends in a role, which `named` reads on its own; "on our
    dispatch desk" does not, so the name's reading is the only one."""
    return team is not None and _TEAM_ROLE.search(team) is not None


def named(verbs: str, adverbs: str) -> re.Pattern[str]:
    """Role or name (a redacted one too), then "will" (or the like) and a known verb. A name
    may have its role in commas after it ("[PERSON], our paralegal, will ring you") or its
    team ("[PERSON] in facilities will…")."""
    return re.compile(
        rf"(?:\b|(?<![\w\]]))(?P<name>[A-Z][a-z]+|\[PERSON\]|(?i:someone|somebody)|{_ROLE})"
        rf"{_BESIDE}(?:, (?P<of>{_ROLE}),)?"
        # "[PERSON] and his crew will come in tomorrow night" (fifteenth-dev)
        rf"(?: and (?:his|her|their|the) (?:crew|team))?"
        # "our clinical liaison, [PERSON], will ring her nurse": a role the list lacks, so
        # the name is read alone, its comma before "will" (fifteenth-dev)
        rf"(?P<team> {TEAM})?(?:(?<=\[PERSON\]),)? (?:will|'ll|is going to"
        rf"|is gonna) {adverbs}(?P<what>(?:{verbs}|{VISIT})\b.*)"
    )


def named_any(verbs: str, adverbs: str) -> re.Pattern[str]:
    """A role or a redacted name, then "will" and a verb the rules do not know ("our
    foreman will tarp the roof tomorrow afternoon"): for the commitment head to decide, as
    the speaker's own promises with such verbs are. Not "can": "so the driver can take the
    table away" says what a promise makes possible (dev: an invented item)."""
    return re.compile(
        rf"(?:^|(?<=[\s,]))(?P<name>\[PERSON\]|{_ROLE}){_BESIDE}(?:, (?P<of>{_ROLE}))?"
        rf"(?: {TEAM})?,? (?:will|'ll|is going to)"
        rf" {adverbs}(?P<what>(?!(?:{verbs}|{VISIT})\b)[a-z]+\b.*)"
    )


def name_first(adverbs: str) -> re.Pattern[str]:
    """ "[PERSON], our plumber, comes tomorrow morning": the name, the role in commas, then
    a visit. Kept only with a date (the caller checks): "Dana, our adjuster, comes in
    handy" names no visit."""
    return re.compile(
        rf"(?:^|\b|(?<=\s))(?P<name>\[PERSON\]|[A-Z][a-z]+), (?P<role>{_ROLE}),"
        rf" (?:will |'ll |is going to )?{adverbs}(?P<what>{VISIT}\b.*)"
    )


def role_visit(adverbs: str) -> re.Pattern[str]:
    """ "Our plumber comes tomorrow morning", "The technician is coming out Thursday": a role
    opening the sentence, then a present-tense visit without "will". Kept only with a date,
    as for name_first (the caller checks): "The engineer comes across as helpful" is none."""
    return re.compile(
        rf"^(?:(?i:so|and|okay|ok|right|then|also)[,.]? )*(?P<role>{_ROLE}){_BESIDE}"
        rf" {adverbs}(?P<what>(?:comes|is coming)(?: out| by| round| over)?\b.*)"
    )


def can_dated(adverbs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role (its name beside it) or a redacted name that "can" do something, and the name
    first with its role in commas. Kept only with a date after the verb, which the caller
    checks: "so the driver can take the table away" says what a promise makes possible,
    "[PERSON] can do her on the fifteenth" books a slot."""
    team = r"(?: (?:in|on|from) (?:the |our )?[a-z]+(?: [a-z]+)?(?: desk| team)?)?"
    return (
        re.compile(
            rf"(?:^|(?<=[\s,]))(?P<name>\[PERSON\]|{_ROLE}){_BESIDE}{team},? can"
            rf" {adverbs}(?P<what>[a-z]+\b.*)"
        ),
        re.compile(
            rf"(?:^|(?<=[\s,]))(?P<name>\[PERSON\]|[A-Z][a-z]+), (?P<role>{_ROLE}), can"
            rf" {adverbs}(?P<what>[a-z]+\b.*)"
        ),
    )


# "Expect a call from Doctor [PERSON] first thing Monday": that person calls the listener.
CONTACT_KINDS = {
    "call": "call",
    "phone call": "call",
    "ring": "ring",
    "text": "text",
    "email": "email",
    "e-mail": "email",
    "visit": "visit",
}


def expect_from() -> re.Pattern[str]:
    """ "Expect a call from [PERSON] about half an hour before he arrives", "you'll get an
    email from our surveyor": the contact is the named person's task; `what` is what follows
    the name (its date, what it is about)."""
    kinds = "|".join(sorted(CONTACT_KINDS, key=len, reverse=True))
    return re.compile(
        rf"\b(?i:expect|you'll get|you will get|you'll receive|you will receive|you'll have)"
        rf" (?i:a|an) (?P<kind>{kinds}) from (?:(?:Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) )?"
        # "from us" / "from me": the speaker's side sends it (fourteenth-dev)
        rf"(?P<name>\[PERSON\]|{_ROLE}|[A-Z][a-z]+|us|me)(?:, {_ROLE},)?(?P<what>.*)"
    )


def needs_to(verbs: str, adverbs: str) -> re.Pattern[str]:
    """ "[PERSON] needs to sign it and send it back by Tuesday": a redacted person who must
    do something (kept only with a date: the caller checks), whoever's side they are on."""
    return re.compile(
        rf"(?:^|(?<=[\s,]))(?P<name>\[PERSON\])(?:, {_ROLE},)? (?:needs|has|will need|will have)"
        rf" to {adverbs}(?P<what>{verbs}\b.*)"
    )


def pronoun(verbs: str, adverbs: str, *, unknown: bool = False) -> re.Pattern[str]:
    """ "He'll ring you the day before", "but she'll send the report Monday", "Mr. [PERSON]
    said he'll have it poured by the eighteenth": a third person named just before, by a
    role or a title (see `mentioned`), promised by pronoun. `unknown`: only a verb the rules
    do not know ("he'll evaluate them"), for the commitment head to decide."""
    task = rf"(?!(?:{verbs}|{VISIT})\b)[a-z]+\b" if unknown else rf"(?:{verbs}|{VISIT})\b"
    return re.compile(
        rf"(?:^(?:(?i:and|so|then|okay|ok|great|sure|yes|right)[,.]? )*|, (?:but |and |so )?"
        # what the person said they would do is their promise, reported (seventeenth-dev)
        rf"|\b(?:said|says|told (?:me|us)|promised)(?: that)? )"
        # "he'd" only as reported speech ("He said he'd call you tomorrow", eighteenth-dev);
        # "she needs to sign it before the fifteenth" (eighteenth-dev) is hers to do too
        rf"(?P<pronoun>[Hh]e|[Ss]he)(?:'ll|’ll| will| is going to|(?:(?<=d [Hh]e)|(?<=d [Ss]he))'d"
        rf"| needs to| has to) {adverbs}"
        rf"(?P<what>{task}.*)"
    )


def pronoun_request(verbs: str, adverbs: str) -> re.Pattern[str]:
    """ "Could she also fill out the intake forms before Tuesday?", "Can he pick them up on
    Friday?": a task asked of a third person named just before, through the party on the line
    (twenty-first-dev: a wife, a daughter, a brother). Read only in a question; the person
    owns it, as "she'll fill them out" would make it hers."""
    return re.compile(
        rf"\b(?i:can|could|would|will) (?P<pronoun>[Hh]e|[Ss]he) {adverbs}"
        rf"(?P<what>(?:{verbs}|{VISIT})\b.*)"
    )


# The person a role names: "our crew lead will be [PERSON]", "our farrier, [PERSON]",
# "[PERSON], our paralegal", "[PERSON] in billing".
_MENTION = re.compile(
    # "Dr. [PERSON] wants to go over the results. She'll call you…" (thirteenth-dev)
    # "Your file is with [PERSON], and he'll read it by the eighteenth" (fifteenth-dev)
    # "…group with [PERSON]. He'll meet them at the car park" (twentieth-dev)
    rf"(?:{_ROLE}|\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss)\.?|\b(?:is )?with)"
    rf"(?: (?:today|tonight|tomorrow))?(?: (?:will be|is))?,?"
    rf" (?P<after>\[PERSON\])"
    # "I'm assigning [PERSON] from Triangle Comfort Heating. He'll…" (sixteenth-dev)
    rf"|(?P<before>\[PERSON\])(?:, {_ROLE}| (?:in|on|from) (?:the |our )?[A-Za-z]+)"
    # "[PERSON] wants to go over them with you himself. He'll call you" (fourteenth-dev; the
    # title was redacted with the name): a name spoken of in the third person is nobody on
    # the line
    rf"|(?P<subject>\[PERSON\])(?= (?:wants|will|is|has|had|needs|said|asked|was|left|does"
    rf"|did|can|should|would|must"
    # "[PERSON] leads the May group, and he'll e-mail you…" (twentieth-dev): any verb said
    # of them in the present
    rf"|[a-z]+[^s\W]s)\b|'s (?:going|coming|asked|got|been|on)\b)"
    # "What's her name?" – "[PERSON]. She'll call you Friday": a name given on its own
    rf"|^(?P<alone>\[PERSON\])[.!]?$"
    # "your social worker, [PERSON]", "our accounting clerk, [PERSON]": a name in apposition
    # says who the person is, whatever the role (eighteenth-dev: roles the list lacks)
    rf"|\b(?i:our|your|my|his|her|their) (?:[a-z-]+ ){{0,2}}[a-z-]+, (?P<apposed>\[PERSON\])"
    # … and the name first: "I'll pass that to [PERSON], our bookkeeper, and she'll…"
    rf"|(?P<first>\[PERSON\]), (?i:our|your|my|his|her|their) (?:[a-z-]+ ){{0,2}}[a-z-]+,"
)
# How far back a pronoun looks for its person: this sentence and the three before it.
PRONOUN_REACH = 3


def mentioned(sentences: Sequence[Sentence], n: int, upto: int) -> Span | None:
    """Where the person a pronoun in sentence `n` (before character `upto`) stands for was
    named: the latest role-bearing placeholder in reach, or None (then nobody is guessed)."""
    for k in range(n, max(-1, n - PRONOUN_REACH - 1), -1):
        sentence = sentences[k]
        text = sentence.text[:upto] if k == n else sentence.text
        found = list(_MENTION.finditer(text))
        if found:
            last = found[-1]
            group = next(
                g
                for g in ("after", "before", "subject", "alone", "apposed", "first")
                if last.group(g)
            )
            at = sentence.start + last.start(group)
            return Span(sentence.utterance, at, at + len(PLACEHOLDER))
    return None


_OF_TEAM = re.compile(r"\[PERSON\],? from $")


def placeholder(m: re.Match[str], sentence: Sentence, before: Sentence | None) -> Span | None:
    """Where the redacted name of the person a role match names was said: beside the role
    ("our driver [PERSON] will…"), first ("[PERSON], our plumber, comes…", "[PERSON] from our
    claims team will…"), or as the sentence just before in the same utterance when the
    recogniser ended one after the name ("[PERSON]. Our plumber comes tomorrow morning.")."""
    for group in ("beside", "name"):
        if group in m.re.groupindex and m.group(group) == PLACEHOLDER:
            return Span(
                sentence.utterance, sentence.start + m.start(group), sentence.start + m.end(group)
            )
    # "[PERSON] from our claims team will call you": the team is the role, the name before it
    of_team = _OF_TEAM.search(sentence.text[: m.start()])
    if of_team:
        at = sentence.start + of_team.start()
        return Span(sentence.utterance, at, at + len(PLACEHOLDER))
    if (
        before is not None
        and before.utterance == sentence.utterance
        and before.text.rstrip(".,") == PLACEHOLDER
        and not sentence.text[: m.start()].strip()
    ):
        return Span(before.utterance, before.start, before.start + len(PLACEHOLDER))
    return None
