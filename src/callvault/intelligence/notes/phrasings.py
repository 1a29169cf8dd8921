"""The phrasings of commitments and requests on calls: which verbs count as tasks, the
shapes of a promise ("I'll…", "let me…", "we're sending…"), a request ("can you…", "please…"),
a third party's promise, and what ends the task's words. Patterns only; actions.py reads
sentences with them."""

from __future__ import annotations

import re

from callvault.intelligence.notes import third_party
from callvault.intelligence.notes.participles import GERUND, PARTICIPLE
from callvault.intelligence.notes.text import TITLES

VERBS = (
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
    r"|double[- ]check|sign up|sign in|log in|try|test|sort|hand (?:back|in|over)"
    # More errands said on calls, and "follow it up" with its object inside
    r"|courier|message|inspect|reissue|reconnect|photograph|measure|follow (?:it|this|that) up"
    # Asked of customers on later halves (fifth-, eighth-, ninth-dev): "please clear the space
    # around the boiler", "can you pop the varifocals back to us", "fill them out by Tuesday"
    r"|clear|pop (?!(?:you|yourself)\b)|fill (?:it|them|this|that) (?:in|out)|unplug|resubmit"
    # fourteenth-dev: "have our electrician swing by Thursday", "stop using the cream tonight"
    r"|swing by|stop by|stop"
    # fifteenth-dev: "I'll line up a certified interpreter", "he'll read through whatever
    # you upload by the eighteenth", "tomorrow I'll shut the line down early"; thirteenth-dev
    # recognised: "I'm going to search the plant this afternoon"
    r"|line up|read (?:through|over)|look over|clean|shut|search"
    # sixteenth-dev: "will meet him at the front desk", "deliver and hang them", "diagnose"
    r"|meet|hang|diagnose)"
)
# "I'll go ahead and cancel it": the same promise, as call centres say it.
ADVERBS = (
    r"(?:(?:also|just|personally|then|definitely|certainly|quickly|first|now|please"
    r"|go ahead and) )*"
)
# Not "need to" / "have to" / "must": "I need to send a wire to my daughter" is why someone
# called, not a follow-up (issue #11: invented items).
MODAL = (
    r"(?:'ll|’ll| will| shall| am going to|'m going to|’m going to| are going to|'re going to"
    r"|’re going to| can| could| promise to|'d be happy to| would be happy to"
    # the recogniser writes "going to" as it is said
    r"|'m gonna|’m gonna| am gonna|'re gonna|’re gonna| are gonna)"
)
# "I'll have the manager call you back": the speaker sees to it that someone else does a
# known task (the causative "have"; "get someone to…" is read as the verb "get").
HAVE_SOMEONE = (
    rf"have (?:someone|somebody|one of our \w+|\[PERSON\]"
    # "our billing team", not "a look and (call you)"
    rf"|(?:the|our|a|an|my) \w+(?: (?!and\b|then\b|to\b|at\b|in\b|for\b)\w+)?)"
    rf"(?: from (?:the |our )?\w+(?: team)?)? {VERBS}"
)
# "What I'll do is send you a new form": the promise, announced.
FIRST = re.compile(
    rf"\b(?P<subj>I|we){MODAL}(?: do(?: now| next| first| for you)? is)? {ADVERBS}"
    rf"(?P<what>(?:{HAVE_SOMEONE}|{VERBS})\b.*)",
    re.I,
)
# "Where should I email the itinerary?": the asker will do it once answered.
WHERE_SHOULD = re.compile(
    rf"\b(?:where|when|how|what time) (?:should|shall|do you want|would you like) (?P<subj>I|we)"
    rf"(?: to)? {ADVERBS}(?P<what>{VERBS}\b.*)",
    re.I,
)
# The rest of a promise the recogniser cut off after "I'll" (one utterance ends "…I'll", the
# speaker's next starts "mail a replacement card…").
DANGLING = re.compile(rf"\b(?:I|we){MODAL}\s*[,.]?\s*$", re.I)
FOLLOW_ON = re.compile(
    r"^\s*(?:and |so )?(?:it|that|they|this|these|those|the \w+|you)(?:'ll| will| should"
    r"| can| could| is going to| are going to| would)\b",
    re.I,
)
BARE = re.compile(rf"^\s*{ADVERBS}(?P<what>{VERBS}\b.*)", re.I)
# "Just return your key fob to reception by the end of the month": an instruction at the
# start of a sentence, with a deadline, is the listener's task. Without one it mostly says how
# to do a task already asked for ("Just reply to the email you got"), as does one whose
# object is a pronoun ("Send them to returns@…"): both left out.
# Words after "that" that make it a pronoun, not a determiner ("send that by Friday").
_NOT_A_THING = r"(?:before|today|tomorrow|tonight|over|back|out)"
IMPERATIVE = re.compile(
    rf"^(?:(?:so|right|okay|ok|and|then|first|first thing|now|oh|yes|yeah|great|also)[,.]?\s+)*"
    # "Go ahead and upload the documents by Friday": the same instruction, softened
    rf"(?:go ahead and )?{ADVERBS}(?P<what>{VERBS}\b(?! (?:it|them|me|him|her|is|are|was|were"
    # "Upload that receipt by Wednesday" (fifth-dev) names its thing; "send that by Friday"
    # does not
    rf"|has|had)\b)(?! (?:that|this|those|these)\b(?! (?!{_NOT_A_THING}\b)[a-z]{{3,}}\b))"
    rf"(?!')(?!-).*)",
    re.I,
)
# "Return it, signed, within five business days": a pronoun object with a deadline in the same
# sentence is still the listener's task (the thing is named earlier; antecedent names it
# where it can, dedupe joins it to the item that named it).
IMPERATIVE_IT = re.compile(
    rf"^(?:(?:so|right|okay|ok|and|then|first|now|oh|yes|yeah|great|also)[,.]?\s+)*"
    rf"{ADVERBS}(?P<what>{VERBS} (?:it|them)\b(?!')(?!-).*)",
    re.I,
)
# "Smart lady, bring photo ID on Wednesday": the same instruction after a short aside or a
# name (fifth-dev: no item); with its own day only (actions.py checks).
# "The doctor left a note: stop using the cream tonight" (fourteenth-dev): after a colon too.
LEAD_IMPERATIVE = re.compile(
    r"^(?:[^,.?!]{1,25},|[^.?!:]{1,60}:)\s+" + IMPERATIVE.pattern.removeprefix("^"), re.I
)
# "If it drops again before Wednesday, restart the router": an instruction after a condition
# is the listener's task for when it happens (no deadline needed: the condition is its "when").
# Not "if you could/want, …": that is a request, which REQUEST reads.
IF_IMPERATIVE = re.compile(
    rf"^(?:(?:so|and|then|okay|ok)[,.]?\s+)*(?:if|once|whenever|should) (?!you (?:could|can"
    rf"|want|would|like|prefer)\b)[^,]{{3,80}}, {ADVERBS}(?P<what>{VERBS}\b(?! (?:it|that|this"
    rf"|them|those|me|him|her|us|is|are|was|were|has|had)\b)(?!')(?!-).*)",
    re.I,
)
# "If you have a photo of the car, upload it by Monday": a condition, then the task with a
# pronoun object, which IF_IMPERATIVE leaves out; with its own day only (fifth-dev).
IF_IMPERATIVE_IT = re.compile(
    rf"^(?:(?:so|and|then|okay|ok)[,.]?\s+)*(?:if|once|whenever) [^,]{{3,80}}, {ADVERBS}"
    rf"(?P<what>{VERBS} (?:it|them)\b(?!')(?!-).*)",
    re.I,
)
# "I'm adding a credit of $25 to your next bill": a change the speaker is making for the other
# party, said as it happens. Only verbs whose result outlives the call (not "I'm checking").
PROGRESSIVE_VERBS = {
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
PROGRESSIVE = re.compile(
    rf"\b(?P<subj>I|we)(?:'m|’m| am|'re|’re| are) {ADVERBS}(?P<what>(?P<verb>"
    rf"{'|'.join(PROGRESSIVE_VERBS)})\b.*)",
    re.I,
)
# "I'll be sending you the forms", "we're going to be shipping it Thursday": the future
# progressive of any task verb is a promise.
FUTURE_PROGRESSIVE = re.compile(
    rf"\b(?P<subj>I|we)(?:'ll|’ll| will| shall|'m going to|’m going to| am going to"
    rf"|'re going to|’re going to| are going to|'m gonna| am gonna|'re gonna| are gonna) be"
    rf" {ADVERBS}(?P<what>(?P<verb>{GERUND})\b.*)",
    re.I,
)
# "I'm sending you the contract this afternoon": the present progressive of sending something
# to someone, with its day (the caller checks), is a promise. Not "calling" ("I'm calling
# about my appointment tomorrow" is why they rang) nor other verbs ("I'm moving next month").
SENDING = (
    r"(?:sending|emailing|mailing|posting|shipping|texting|delivering|bringing|dropping off"
    r"|couriering|dispatching|forwarding|transferring|wiring|paying)"
)
PRESENT_DATED = re.compile(
    rf"\b(?P<subj>I|we)(?:'m|’m| am|'re|’re| are) {ADVERBS}(?P<what>(?P<verb>{SENDING})\b.*)",
    re.I,
)
# "Your refund will be processed within five business days": the thing first, then what will
# be done to it, by the speaker's side (task_words writes it "process your refund").
PASSIVE_FUTURE = re.compile(
    rf"\b(?P<thing>(?:the|your|a|an|our|my) (?:[a-z-]+ ){{0,2}}?[a-z-]+|it)"
    rf" (?:will|'ll|is going to|should) be {ADVERBS}(?P<what>(?P<participle>{PARTICIPLE})\b.*)",
    re.I,
)
# "You'll have the translation done by Friday", "you'll have the new card delivered within
# five days": the speaker's side promises the thing, the listener only receives it
# (tenth-dev, recognised: no item). task_words writes it as the passive's task ("finish the
# translation").
YOU_WILL_HAVE = re.compile(
    rf"\byou(?:'ll|’ll| will) have (?P<thing>(?:the|your|it|them|all)(?: [a-z-]+){{0,3}}?)"
    rf" (?P<what>(?P<participle>{PARTICIPLE})\b.*)",
    re.I,
)
# "You'll have a decision by Friday", "you'll get it by Wednesday": what the speaker's side
# delivers, promised as the listener's receiving it (twenty-first-dev: the reviewer's decision
# and a signed agreement sent back). Only with a day (see `actions`); written "get you …".
# Things sent ("You'll have the whole place to yourself on Friday" is none; "You'll get an
# email from [PERSON]" is EXPECT_FROM's).
_DELIVERED = (
    r"(?:decision|answer|results?|refund|quote|estimate|invoice|statement|report|forms?"
    r"|contract|agreement|letter|card|confirmation|copy|certificate|receipt|package|parcel"
    r"|paperwork|documents?|keys?|cheque|check|payment|deposit|money|funds|update|proposal"
    r"|plan|itinerary|tickets?|samples?|photos?|pictures?|replacement)"
)
YOU_WILL_GET = re.compile(
    r"\byou(?:'ll|’ll| will) (?:have|get|receive) (?P<what>(?:it|them|that|those"
    rf"|(?:the|your|a|an) (?:[a-z-]+ ){{0,2}}?{_DELIVERED})\b(?! from\b).*)",
    re.I,
)
# "It has to be signed before Wednesday, or we can't start" (thirteenth-dev, on recognised
# speech): what must be done to a thing by a day, the listener's task (with its day only).
PASSIVE_NEEDED = re.compile(
    rf"\b(?P<thing>(?:the|your|a|an|our|my|both|all) (?:[a-z-]+ ){{0,2}}?[a-z-]+|it|they)"
    rf" (?:has to|have to|needs to|need to|must) be {ADVERBS}"
    rf"(?P<what>(?P<participle>{PARTICIPLE})\b.*)",
    re.I,
)
LET_ME = re.compile(rf"\blet (?:me|us) {ADVERBS}(?P<what>{VERBS}\b.*)", re.I)
# A request's opening that is a bare condition ("if you call back"), not a softener ("if you
# could").
BARE_IF = re.compile(r"\bif you\W*$", re.I)
# What comes to someone, not what they do: "if you get a fever", "if you get any letters".
HAPPENS_TO = re.compile(r"get (?:a|an|any|some)\b", re.I)
# The second of two choices offered: "…, or will you pick it up?"
OR_BEFORE = re.compile(r"\bor\W*$", re.I)
REQUEST = re.compile(
    rf"\b(?:(?:can|could|would|will) you|you(?:'ll| will)? need to|make sure you|please"
    rf"|if you(?: could| can)?|(?:I|we)(?:'d| would)? like you to|(?:I|we)(?:'ll| will)? need"
    rf" you to|you(?:'ll| will)? (?:want|have) to|you should|you must|don't forget to"
    rf"|remember to|be sure to|do you mind|what (?:I|we)(?:'d| would)? (?:like|need|want) you"
    rf" to do (?:first |now |next )?is"
    # "what you'll need to do is send us a scan", "all you have to do now is sign"
    rf"|(?:what|all) you(?:'ll| will)? (?:need|have|want) to do (?:first |now |next )?is"
    # "I'm going to ask you to sign the form", "I'm going to need you to send a copy"
    rf"|(?:ask|asking) you to|(?:I|we)(?:'m| am|'re| are) (?:going to|gonna) need you to)"
    # "if you could, email it today": the comma the recogniser puts after the softener
    rf",? {ADVERBS}(?P<what>{VERBS}\b.*)",
    re.I,
)
# "What I need from you is the passenger list by Friday": the listener's task, the thing named
# without its verb (fourteenth-dev, four times); `GOT_DONE` tells which verb it goes with.
NEED_FROM = re.compile(
    r"\b(?:(?:what|all|the (?:only|one) thing) (?:I|we)(?:'d| would|'ll| will)? (?:need|want)"
    r" from you(?: now| first| then| next)? is,?(?: for you)?(?: to)?"
    # "We also need both kids' immunization records on the portal by the 11th" (thirteenth-
    # dev): a thing needed by a day, said plainly
    r"|(?:I|we)(?:'ll| will)? (?:also |still )?need"
    r"(?! (?:to|you|it|that|a (?:moment|minute|second))\b))"
    r" (?P<what>[^.?!]+)",
    re.I,
)
DEADLINE = re.compile(r"(?:by|before|within|no later than)\b", re.I)
# "…is that signed and back by Friday": a thing to be got done, else a thing to be sent.
GOT_DONE = re.compile(
    r"\b(?:done|signed|filled (?:in|out)|completed|back|returned|dated|initialled|initialed)\b"
)
NAMED = third_party.named(VERBS, ADVERBS)
# "Could your partner [PERSON] call me Monday?": asked of the other party, done by the person
# they name (fresh-dev), who owns it as a named third party does.
REQUEST_THIRD = re.compile(
    rf"\b(?:can|could|would|will) (?:(?:your|his|her) [a-z]+,? )?(?P<name>\[PERSON\]),?"
    rf" {ADVERBS}(?P<what>{VERBS}\b.*)",
    re.I,
)
# "You can pick them up tomorrow after one": what the listener may do, a task only with its
# day (the caller checks; "you can call us any time" is none). Sixth-dev: no item, and its day
# went to the promise before it.
YOU_CAN = re.compile(rf"\byou can {ADVERBS}(?P<what>{VERBS}\b.*)", re.I)
NAMED_ANY = third_party.named_any(VERBS, ADVERBS)
# "I'll get Priya in the lab to ring you", "we'll have Sam call you": the named person does
# it and owns it, as in "Priya will ring you" (eighth-dev: owned by the speaker, or missed
# when said with "have"). A placeholder keeps the speaker's reading (see `actions`).
# "I'll get [PERSON], our head chef, to call you" (eighth-dev): the role in commas too.
DELEGATED = re.compile(
    # "I'll have our electrician, [PERSON], swing by" (fourteenth-dev): the role first too
    rf"\b(?:I|[Ww]e){MODAL} {ADVERBS}(?:have|get|ask) (?:{third_party.ROLE_PHRASE}, )?"
    rf"(?P<name>[A-Z][\w'-]+|\[PERSON\])"
    rf"(?:, {third_party.ROLE_PHRASE},)?"
    rf"(?: (?:in|from|on) (?:the |our )?\w+(?: team)?)?(?: to)?,? {ADVERBS}(?P<what>{VERBS}\b.*)"
)
NAME_FIRST = third_party.name_first(ADVERBS)
PRONOUN_THIRD = third_party.pronoun(VERBS, ADVERBS)
PRONOUN_ANY = third_party.pronoun(VERBS, ADVERBS, unknown=True)
PRONOUN_REQUEST = third_party.pronoun_request(VERBS, ADVERBS)
EXPECT_FROM = third_party.expect_from()
NEEDS_TO = third_party.needs_to(VERBS, ADVERBS)
ROLE_CAN, NAME_ROLE_CAN = third_party.can_dated(ADVERBS)
# A clause of its own between a task and a date: the date is that clause's.
SUBORDINATE = re.compile(r"\b(?:once|when|if|after|unless|until|as soon as|because)\b", re.I)
ROLE_VISIT = third_party.role_visit(ADVERBS)
NOT_NAMES_WORDS = (
    "I We You It That This There He She They Someone Somebody Everything Nothing Which What Who "
    "And But So Then Yes No Okay Well Also The A An Our Your"
)
NOT_NAMES = frozenset(NOT_NAMES_WORDS.split())
# "Someone from billing will call you": nobody named, but the speaker's side sends them.
SOMEONE = frozenset({"someone", "somebody"})
CLAUSE_END = re.compile(
    # not the point in "$12.50" nor the one after a title ("from Dr. Osei")
    r"[,;:!?]|" + "".join(rf"(?<!\b{t})" for t in sorted(TITLES)) + r"\.(?!\d)"
    r"|\b(?:but|because|so|if|when|while|although|though|unless|or|otherwise)\b"
    # "fill in the form before you come in tomorrow, that would save time": a new clause.
    r"|\b(?:before|after|once|until) (?:you|we|I|they|he|she|it)\b|\bthat(?:'d| would| will)\b",
    re.I,
)
AND = re.compile(rf"\band (?!{VERBS}\b)", re.I)
RANGE_START = re.compile(r"\bbetween [\w:.]+\s*$", re.I)
# A time window said with the date ("tomorrow between two and four"): when, not what.
WINDOW = re.compile(r"\s*\bbetween [\w:.]+ (?:and|to) [\w:.]+(?: (?:am|pm|a\.m\.|p\.m\.))?", re.I)
# In-call chores and small talk: said on every call, never a follow-up task.
IN_CALL = re.compile(
    # "put you through", "put you on hold"; not "put you on the cancellation list" (fresh-dev)
    r"^(?:put you\b(?! on (?:the|our|a) (?:[\w-]+ )?(?:list|waitlist|waiting list|rota))"
    r"|transfer you|get you through|pull up|bring up"
    # "I'll ask you to sign it": the request is the task (REQUEST reads it), not the asking
    r"|ask you to\b"
    r"|check (?:that|this|it) (?:for you )?now"
    r"|get your|get the details|check your (?:details|account)|ask you a few|speak (?:slowly|up)"
    r"|get that (?:for you )?now"
    # Questions asked during the call, answered there and then.
    r"|(?:spell|repeat|read) (?:me )?(?:your|the|that|it)\b(?! (?:by|before|later))"
    r"|take (?:a|your) (?:look|seat|moment)\b"
    # "Got it, I'll update that": the record is changed there and then.
    r"|update (?:that|it|this|them|those)(?: for you)?$"
    # Closing the call or the topic, and explaining: "I'll leave it there then", "we'll get
    # there in the end", "I'll try to explain what happened".
    r"|leave it (?:there|at that)\b|get there\b|try to (?:explain|describe|understand)\b"
    # An idiom, and a person asked for whose task the recogniser lost ("I'll get [PERSON],").
    r"|call it a day\b|(?:get|have|ask) \[PERSON\]$"
    # "I'll note that on the ticket": a remark written down there and then.
    r"|(?:note|make a note of|log|record) (?:that|it|this|down)\b"
    # "I can move it to 5:40": the booking is changed while they talk; what follows the call
    # is the confirmation, an item of its own.
    r"|(?:move|change|switch) (?:it|that|this|you) (?:over )?to\b)",
    re.I,
)
# Checked there and then ("let me confirm your address"), unless a later day is said for it
# ("[PERSON] in accounts will confirm the deposit transfer tomorrow" is a task: twentieth-dev).
CHECKED_NOW = re.compile(
    r"^(?:confirm|verify) (?:me )?(?:your|the|that|it)\b(?! (?:by|before|later))", re.I
)
# The same shapes with any verb but a known one, for the head to decide (strong modals only:
# "I can see the charge" is no promise).
FIRST_ANY = re.compile(
    rf"\b(?P<subj>I|we)(?:'ll|’ll| will| am going to|'m going to|’m going to| are going to"
    rf"|'re going to| promise to) {ADVERBS}(?P<what>(?!{VERBS}\b)[a-z]+\b.*)",
    re.I,
)
REQUEST_ANY = re.compile(
    rf"\b(?:(?:can|could|would) you|please"
    # "what you'll need to do is clear the top of the piano" (ninth-dev: the verb unknown, the
    # request missed): the request's announced forms, as REQUEST reads them with known verbs
    rf"|(?:what|all) you(?:'ll| will)? (?:need|have|want) to do (?:first |now |next )?is"
    rf"|you(?:'ll| will)? need to|make sure you|(?:I|we)(?:'ll| will)? need you to"
    rf"|(?:I|we)(?:'d| would)? like you to) {ADVERBS}(?P<what>(?!{VERBS}\b)[a-z]+\b.*)",
    re.I,
)
# Never a task whatever follows: being, waiting, holding, seeing, needing, trying.
NOT_TASK_VERB = re.compile(
    # "hold on", "hold the line"; not "I'll hold the December payment" (fourth-dev)
    r"(?:be|hold(?! (?:the|your|his|her|their|that|this) (?!line\b|phone\b))|wait|see|need"
    r"|have to|try|think|go ahead|bear|stay|hear|tell me|spell|repeat"
    r"|confirm|say|give me|walk me|describe|remember|believe|assume|admit|keep it|do|like|want"
    # What happens to someone, not what they will do: "I'm going to miss the payment".
    r"|miss|lose|forget|fail|struggle|end up|run out"
    # Feelings: "my colleague will love that" is no task (tenth-dev).
    r"|love|hate|enjoy|appreciate|mind|prefer)\b"
    # "we'll have it ready", "I'll look out for it": a thing already named, already an item.
    r"|\w+(?: \w+){0,2} (?:it|that|this|them|those)(?: \w+)?\s*$",
    re.I,
)
DO_THAT = re.compile(
    r"\b(?:I|we)(?:'ll|’ll| will| can|'m going to| am going to) (?:\w+ )?do (?:that|it|this|so)\b",
    re.I,
)
NEED = re.compile(
    rf"\b(?:I|we) (?:need|have|want|got|ought) to {ADVERBS}(?P<what>{VERBS}\b.*)", re.I
)
# Words that end a task without belonging to it; "and" where the recogniser cut the line.
TRAILING = re.compile(
    r"(?:\s+(?:please|okay|ok|then|now|as well|too|and|or|but|for|on|right))+$", re.I
)
# "let me check" is only a task when it promises something after the call.
FOLLOW_UP = re.compile(
    r"\b(?:get back|call you|ring you|email you|send|follow up|come back|let you know|confirm)\b",
    re.I,
)

VISIT_AS_TASK = re.compile(r"^(?:comes|is coming|be by)\b")

OBJECT = re.compile(
    r"^[a-z-]+(?: (?:up|in|out|back|over))? (?:(?:you|me|us|him|her|them) )?(?P<object>(?:the"
    r"|your|our|a|an|this|that|my) .+)$"
)

# …but "waive it", "refund one", "cancel it" decide something about a thing just discussed:
# they stay.
UNNAMED_TASK = re.compile(
    r"^(?!(?:refund|waive|credit|cancel|approve|process|reverse)\b)[a-z-]+(?: [a-z-]+)?"
    r" (?:it|them|that|this|her|him)(?: (?:up|out|in|back|off|over|on|sorted|done))?$",
    re.I,
)
# A task whose words stop mid-phrase ("bring out of", "send Dr.", "bring it in to") or name
# only the listener ("check you"): the recogniser cut or garbled it, and it names nothing to
# do (eighteenth- to twentieth-dev recognised: six such items invented, none scripted).
CUT_OFF_TASK = re.compile(
    r"(?:\b(?:of|to|for|with|the|a|an|and|or|at|from|Dr|Mr|Mrs|Ms)\.?"
    r"|^[a-z-]+ (?:you|me|us))$",
    re.I,
)
# "Can you make sure the side gate is unlocked?" – "Yeah, I'll make sure it's open."
# (fourteenth-dev): the thing again as a pronoun, said in how it will be left.
MADE_SURE = re.compile(
    r"^(?P<verb>make sure) (?:it|that|this|they|them)(?:'s|’s| is|'re|’re| are| gets?| stays?)"
    r" [a-z-]+$"
)
PRONOUN_TASK = re.compile(
    r"^(?P<verb>[a-z-]+(?: (?:up|in|out|back|over))?) (?:it|that|this|them|those|one|both"
    # "leave it unlocked", "get it signed": a word saying how it is left is no new object
    r"|everything|them both|all of it)(?: (?:unlocked|locked|open|signed|ready|done|on|off))?"
    # "fill them out", "sign it and send it back" (fresh-dev, dev halves: the thing was lost)
    r"(?P<particle> (?:up|in|out|back|over))?(?P<rest> and [a-z-]+ (?:it|them)"
    r"(?: (?:up|in|out|back|over))?)?$"
)
