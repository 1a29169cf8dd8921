"""Call-centre phrase lexicons, one profile per language (only English ships).

VADER is trained on social media: it sees nothing wrong in "I've been on hold for forty minutes"
and loves "thank you for calling, have a great day". The phrases here carry the weight VADER
misses, and the script patterns mark polite filler that VADER must not see."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety|several|many|few|couple of)"
)
_ORD = r"(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|tenth|hundredth|umpteenth)"
_NOT = r"(?:not|n't|never|no longer)"


@dataclass(frozen=True, slots=True)
class Phrase:
    pattern: re.Pattern[str]
    weight: float  # added to the utterance score; negative for complaints
    negatable: bool = True  # False when the pattern already contains its own negation
    # Read even where a script pattern hid the words as polite filler: sarcasm is said in
    # the filler's own words ("A thousand? Oh, wonderful.")
    over_script: bool = False


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    language: str
    phrases: tuple[Phrase, ...]
    script: tuple[re.Pattern[str], ...]  # polite filler hidden from VADER
    terse: frozenset[str]  # acknowledgements VADER over-reads when said alone
    negators: re.Pattern[str]  # a negator shortly before a phrase flips it
    # Degree words VADER reads as sentiment of their own: "pretty" is +2.2 in its lexicon, so
    # "I'm pretty upset" scored positive (issue #11). Hidden from VADER before another word.
    intensifiers: re.Pattern[str]
    positive_at: float  # label thresholds on the normalised score
    negative_at: float


def _p(pattern: str, weight: float, *, negatable: bool = True, over_script: bool = False) -> Phrase:
    return Phrase(re.compile(pattern, re.IGNORECASE), weight, negatable, over_script)


def _s(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_EN_PHRASES = (
    # Waiting and repeat contacts: the commonest call-centre complaints, invisible to VADER.
    _p(
        rf"\b(?:on hold|waiting|waited|been holding)\b(?: for)?(?: over| almost|"
        rf" nearly| about| like| more than)? {_NUM}(?: \w+)? (?:minutes?|hours?|days?"
        rf"|weeks?|months?)\b",
        -0.55,
    ),
    _p(r"\bkept (?:me )?(?:on hold|waiting)\b", -0.5),
    # Repeat trouble: "the second time this month", "the third billing mistake this year".
    _p(
        rf"\b(?:the )?{_ORD} (?:time|(?:\w+ )?(?:mistake|error|problem|issue|fault|complaint"
        rf"|outage|breakdown)) (?:this (?:week|month|year)|in (?:a row|a week|a month))\b",
        -0.55,
    ),
    _p(
        r"\b(?:nobody|no one|no-one) (?:ever )?(?:told|informed|warned|contacted|updated)"
        r" (?:me|us)\b",
        -0.5,
        negatable=False,
    ),
    _p(
        r"\b(?:cracked|damaged|smashed|shattered|dented|scratched|torn|leaking|faulty"
        r"|defective|(?:the )?wrong (?:item|size|colou?r|order|parts?))\b",
        -0.45,
    ),
    # Sarcasm: "Great, just great."
    _p(r"\b(?:great|wonderful|brilliant|perfect|fantastic)[,.!]? just \w+\b", -0.6),
    # Sarcasm after a price, a day or a count said back as a question, or with what it costs
    # the caller: "Seventy-five? Lovely.", "A thousand? Oh, wonderful.", "Oh great, another
    # trip into town", "There goes my weekend" (the fifth to twelfth sets' customers complain
    # this way more than any other; the words alone read as praise).
    _p(
        r"(?:^|[.!?]\s)(?:\w+[ -]){0,2}\w+\?\s+(?:oh,?\s+)?(?:great|wonderful|lovely"
        r"|brilliant|fantastic|marvellous|marvelous|super|perfect)\b"
        # "Tuesday? Perfect, that works.": the praise is meant
        r"(?![,.!]?\s+(?:that works|works|that'?s (?:fine|good|great|perfect|quick|sooner|fast)"
        r"|see you|thanks?\b|thank you|cheers))",
        -0.7,
        negatable=False,
        over_script=True,
    ),
    _p(
        r"\b(?:great|wonderful|lovely|brilliant|fantastic|perfect)[,.!]? (?:so (?:it|now) "
        r"|nobody|no one)\b",
        -0.6,
        negatable=False,
        over_script=True,
    ),
    _p(
        r"\bthere goes (?:my|our|the)\b|\bjust what (?:i|we|\w+) needed\b|\blove that for"
        r" me\b|\bouch\b|\banother (?:surprise|delay|trip|charge|fee|bill|excuse)\b"
        r"|\b(?:four|three|two|five) more (?:days|weeks) of (?:this|that)\b",
        -0.6,
        negatable=False,
    ),
    # Things that did not happen: the parcel, the engineer, the refund.
    _p(
        r"\b(?:has(?:n'?t| not)|have(?:n'?t| not)|did(?:n'?t| not)|never|still not|still"
        r" hasn'?t|still haven'?t) (?:yet )?(?:arrived|come|turned up|shown up|been delivered"
        r"|been (?:fixed|sorted|resolved|refunded|processed))\b",
        -0.5,
        negatable=False,
    ),
    _p(
        r"\b(?:has(?:n'?t| not)|have(?:n'?t| not)|did(?:n'?t| not)|never|still not) (?:yet )?"
        r"(?:received|got|gotten|had) (?:it|anything|a|an|the|my|our|any)\b",
        -0.45,
        negatable=False,
    ),
    _p(
        rf"\b(?:the )?{_ORD} time (?:i'?m |i am |i'?ve |i have )?(?:call|calling"
        rf"|called|ringing|rung|asking|asked|contacting|explaining)\b",
        -0.65,
    ),
    _p(
        r"\b(?:call(?:ed|ing)?|rung|asked|told you|explained (?:this|it)) (?:\w+"
        r" )?(?:times|over and over|again and again)\b",
        -0.5,
    ),
    _p(
        r"\b(?:nobody|no one|no-one|never) (?:ever )?(?:calls?|called|rang"
        r"|rings?|phoned|gets?|got|emailed|wrote) (?:me |us )?back\b",
        -0.65,
        negatable=False,
    ),
    _p(
        r"\b(?:never|still haven'?t|still have not|didn'?t) (?:heard|hear|got"
        r"|get|received|receive) (?:back|anything|a (?:call|reply|response"
        r"|refund))\b",
        -0.55,
        negatable=False,
    ),
    _p(
        r"\bstill (?:not|isn'?t|is not|doesn'?t|does not|hasn'?t|has not"
        r"|haven'?t|won'?t|can'?t|cannot) (?:been )?(?:working|work|fixed"
        r"|resolved|sorted|arrived|connect|connecting|load|loading|received)\b",
        -0.6,
        negatable=False,
    ),
    _p(
        r"\bstill (?:broken|down|waiting|no (?:refund|answer|reply|signal|service|internet))\b",
        -0.55,
        negatable=False,
    ),
    _p(
        r"\b(?:isn'?t|is not|not|doesn'?t|does not|don'?t|stopped|never) work(?:ing|s|ed)?\b",
        -0.45,
        negatable=False,
    ),
    _p(
        r"\b(?:broken|keeps? (?:dropping|crashing|failing|freezing|cutting out)"
        r"|dropped calls?|no signal|outage)\b",
        -0.4,
    ),
    # Money and leaving.
    _p(
        r"\b(?:i )?(?:want|need|demand|expect|deserve) (?:a |my |the |full"
        r" )*(?:money back|refund)\b",
        -0.6,
    ),
    # A bare "refund" leans negative, but not in a question ("how long does a refund take?").
    _p(r"\brefund\b(?![^.?!]*\?)", -0.2),
    _p(r"\b(?:right now|immediately|at once)\b", -0.15),
    _p(
        r"\b(?:charged (?:me )?twice|double[- ]charged|overcharged|over-charged"
        r"|wrong(?:ly)? (?:charged|billed|bill|charge)|hidden (?:fees?"
        r"|charges?))\b",
        -0.55,
    ),
    _p(
        r"\bcancel(?:l?ing)? (?:my|the|our|this) (?:\w+ )?(?:account"
        r"|subscription|service|contract|plan|membership|order|policy)\b",
        -0.55,
    ),
    _p(
        r"\b(?:switch(?:ing)?|mov(?:e|ing)|go(?:ing)?) (?:to|over to) (?:another"
        r"|a different|your competitor|a competitor)\b",
        -0.5,
    ),
    _p(r"\b(?:close|closing) my account\b", -0.5),
    # Escalation and frustration that VADER under-weights.
    _p(
        r"\b(?:speak|talk) (?:to|with) (?:a|your|the) (?:manager|supervisor"
        r"|someone senior|team leader)\b",
        -0.55,
    ),
    _p(
        r"\b(?:escalate|escalating|formal complaint|make a complaint|file a"
        r" complaint|lodge a complaint|ombudsman|lawyer|solicitor|legal action"
        r"|trading standards)\b",
        -0.55,
    ),
    _p(
        r"\b(?:unacceptable|ridiculous|outrageous|absurd|useless|incompetent|a"
        r" joke|a nightmare|pathetic|disgraceful|appalling)\b",
        -0.45,
    ),
    _p(
        r"\b(?:fed up|sick (?:and tired )?of|had enough|waste of (?:my )?time"
        r"|wasting my time|at my wits'? end|losing my patience)\b",
        -0.55,
    ),
    _p(
        r"\b(?:nobody|no one) (?:seems to |can |will )?(?:help|knows|cares|listens)\b",
        -0.5,
        negatable=False,
    ),
    _p(
        r"\b(?:you|they|someone) (?:promised|said) (?:me )?(?:it|this|that|you|they)? ?would\b",
        -0.3,
    ),
    _p(
        r"\b(?:not|never) (?:happy|satisfied|good enough|acceptable|what i"
        r" (?:ordered|asked for|paid for))\b",
        -0.45,
        negatable=False,
    ),
    # Complaints said calmly on the phone (issue #11): rhetorical questions, things that went
    # wrong again, time lost, promises not kept; VADER sees no sentiment word in any of them.
    _p(
        r"\bwhy (?:wasn'?t|weren'?t|didn'?t|hasn'?t|haven'?t|isn'?t|doesn'?t|won'?t|can'?t"
        r"|couldn'?t|did(?:n'?t)? (?:nobody|no one|anyone|anybody)|has nobody|does nobody"
        r"|do i (?:always|have to keep)|is it always)\b",
        -0.45,
        negatable=False,
    ),
    _p(
        r"\b(?:paying|paid|pay) for (?:nothing|something (?:i|we) (?:didn'?t|don'?t|never)"
        r"|a service (?:i|we) (?:don'?t|didn'?t|never))\b",
        -0.5,
        negatable=False,
    ),
    _p(
        r"\b(?:trying to|tried to|couldn'?t|can'?t|could not|cannot|never) get (?:through"
        r"|hold of (?:anyone|anybody|someone|you))\b",
        -0.45,
        negatable=False,
    ),
    _p(
        r"\b(?:nobody|no one|no-one) (?:ever )?(?:picks? up|picked up|answered|answers"
        r"|replied|replies|got back|gets back)\b",
        -0.5,
        negatable=False,
    ),
    _p(
        r"\byou (?:said|told me|promised(?: me)?) (?:that |this |the same(?: thing)? )?(?:last"
        r" (?:week|time|month)|before|yesterday|already)\b",
        -0.4,
        negatable=False,
    ),
    _p(r"\b(?:can'?t|cannot|could not|couldn'?t) believe\b", -0.4, negatable=False),
    _p(
        r"\bstill nothing\b|\bwhat(?:'s| is| was) the point\b|\b(?:i'?m|i am|we'?re|we are)"
        r" not paying\b|\b(?:just|simply|really) not (?:right|fair|on|okay|ok)\b"
        r"|\b(?:nobody|no one|no-one)(?:'s| is) (?:listening|helping|bothered)\b",
        -0.45,
        negatable=False,
    ),
    _p(
        r"\b(?:and|but) (?:nobody|no one|no-one|they never|you never) (?:did|has|have|came)\b",
        -0.45,
        negatable=False,
    ),
    _p(r"\b(?:and now this|just my luck|of all (?:days|times|weeks))\b", -0.4),
    _p(
        r"\b(?:keeps|kept) happening\b|\b(?:happening|happened|gone wrong|went wrong|broken"
        r"|broke) again\b|\b(?:gone|went) wrong\b",
        -0.45,
    ),
    _p(
        r"\b(?:lost|wasted) (?:a|the|my|half a) (?:whole |full )?(?:day|morning|afternoon"
        r"|evening|week)\b|\btook (?:a|the) day off\b",
        -0.45,
    ),
    _p(
        r"\b(?:your|their|the company'?s) (?:mistake|error|fault|screw-?up)\b|\bmistake on"
        r" (?:your|their) (?:side|end|part)\b",
        -0.45,
    ),
    _p(
        r"\b(?:left|dumped|threw|thrown|chucked) (?:it|them|the \w+) (?:in the rain|outside"
        r"|on the (?:doorstep|porch|step|street|pavement|drive)|over the (?:fence|gate))\b",
        -0.4,
    ),
    _p(r"\b(?:(?:getting|really|so) )?tired of\b", -0.45),
    # Things that happened to the caller: a cancelled flight, a parcel stuck, a bill higher
    # than usual.
    _p(
        r"\b(?:was|were|got|been|has been|have been|is|are) (?:cancell?ed|delayed|overbooked"
        r"|declined|cut off|disconnected|stuck|held up|lost)\b|\b(?:stuck|held up) for\b"
        r"|\b(?:went|gone) missing\b",
        -0.45,
        negatable=False,
    ),
    _p(
        r"\busually (?:it'?s|it is|i pay|we pay|i get|it costs?)(?: only| just)?(?: around| about"
        r"| like)?\b",
        -0.4,
        negatable=False,
    ),
    # Feelings VADER rates mildly ("worried" -1.2 of 4): on a call they are the complaint.
    _p(
        r"\b(?:worried|worrying|stressful|stressed|anxious|nervous|scared|panicking|upset"
        r"|annoyed|annoying|frustrated|frustrating|disappointed|disappointing|angry|furious"
        r"|livid|gutted|embarrassing|embarrassed|rude|shocked|horrible|terrible|awful"
        r"|inconvenient)\b",
        -0.3,
    ),
    # Resolution and satisfaction: stronger than the polite script, so kept out of it.
    _p(
        r"\b(?:that|this|you'?ve|you have|it'?s|it is|it'?s been|that'?s) (?:\w+"
        r" )?(?:solved|fixed|sorted|resolved|working now|works now|working again"
        r"|works again)\b",
        0.5,
    ),
    _p(r"\b(?:works|working) (?:perfectly|fine|great|again|now)\b", 0.45, negatable=False),
    _p(r"\b(?:really|very|so|extremely|super) (?:helpful|patient|kind|quick|fast|clear)\b", 0.5),
    _p(r"\b(?:been|was|were|are|is) (?:a (?:great|huge|real) )?(?:help|helpful)\b", 0.35),
    _p(
        r"\b(?:really|truly|very much|so much) appreciate\b|\bappreciate (?:it"
        r"|that|your help|you) (?:so much|very much|a lot)\b",
        0.45,
    ),
    _p(
        r"\b(?:great|excellent|amazing|fantastic|brilliant|outstanding"
        r"|wonderful) (?:service|support|job|help|experience)\b",
        0.5,
    ),
    _p(
        r"\b(?:exactly what i (?:needed|wanted)|made my day|you'?re a star"
        r"|you'?re a lifesaver|lifesaver)\b",
        0.55,
    ),
    _p(
        r"\b(?:thank you|thanks) (?:so much|very much|a lot|a million|for"
        r" (?:sorting|fixing|solving|resolving|your help))\b",
        0.35,
    ),
    _p(r"\b(?:very|really|so) (?:happy|pleased|satisfied|glad)\b", 0.35),
    # Relief and agreement: how satisfied callers usually say it.
    _p(
        r"\b(?:(?:what|that'?s|that is|such) a relief|relieved|(?:a )?weight off my"
        r" (?:mind|shoulders)|made my (?:day|week)|good to (?:hear|know)|(?:much|so much|a lot"
        r"|way) (?:better|easier|simpler|quicker))\b",
        0.45,
    ),
    _p(
        r"\b(?:sounds (?:good|great|fine|reasonable|fair|perfect|lovely)|that'?s (?:fair"
        r"|reasonable)|fair enough|works (?:for me|well)|that would be (?:great|lovely|perfect"
        r"|brilliant|wonderful|amazing))\b",
        0.3,
    ),
    # A caller's thanks is mild praise ("Will do, thanks"); "thanks for calling" is the
    # agent's script (hidden first) and "I'm fine, thanks" / "no thanks" are filler.
    _p(r"\b(?:thank you|thanks|thankyou|cheers)\b", 0.3, negatable=False),
)

_EN_SCRIPT = (
    # The agent's script is politeness, not sentiment: hidden from VADER, no evidence.
    _s(
        r"\bthank(?:s| you) for (?:calling|holding|waiting|your patience"
        r"|choosing|contacting|getting in touch|calling back)\b(?: \w+)?"
    ),
    _s(
        r"\b(?:have|enjoy) (?:a|the rest of your) (?:(?:great|nice|good|lovely|wonderful|fantastic"
        r"|pleasant) )?(?:day|evening|weekend|afternoon|morning|one)\b"
    ),
    _s(r"\b(?:i )?appreciate your (?:patience|time)\b|\bplease\b"),
    _s(r"\bhow (?:can|may) i (?:help|assist)(?: you)?(?: today)?\b"),
    _s(r"\b(?:is there )?anything else i can (?:help|do|assist)(?: you)?(?: with)?(?: today)?"),
    _s(
        r"\b(?:my pleasure|you'?re (?:very |most )?welcome|happy to help|glad"
        r" (?:i could|to) help|(?:no|not a) problem(?: at all)?|no worries|of"
        r" course|certainly|absolutely)\b"
    ),
    _s(r"\b(?:i'?m )?sorry (?:to hear (?:that|about that)|for the (?:wait|delay|inconvenience))\b"),
    _s(r"\bgood (?:morning|afternoon|evening)\b"),
    # Fillers and requests: "to be honest" is not praise, "I'd like to" not a liking.
    _s(r"\b(?:to be (?:honest|fair)|honestly|(?:i|we)(?: would|'d|’d) like(?: to)?)\b"),
    # Discourse markers VADER scores as sentiment ("yes" +1.7, "well" +1.1, "no" -1.2):
    # opening a turn or a sentence they acknowledge, they do not judge.
    _s(
        r"(?:^|(?<=[.!?] ))(?:(?:yes|yeah|yep|no|nope|okay|ok|sure|right|well|alright|oh|ah"
        r"|um|uh|so|hmm|fine)\b[,.!]?\s*)+"
    ),
    # ... and closing one: "It's in my name, yes."
    _s(r"(?<=, )(?:yes|yeah|no|okay|ok|sure|right|please)(?=[.!?]?$)"),
    _s(
        r"\b(?:as well|(?:feel|felt|feels|looks|sounds|seems) like|if (?:you like|that helps"
        r"|it helps)|i (?:can|could|will|'ll) help"
        r"(?: you)?(?: with that)?|(?:can|could|would) you (?:please )?help(?: me)?)\b"
    ),
    _s(
        r"\b(?:no,? thanks?(?: you)?|(?:i'?m|i am) (?:fine|good|well|ok|okay)[,.]? thanks?(?: you)?"
        r"(?: for asking)?)\b"
    ),
    _s(r"\b(?:please )?bear with me\b|\bone moment(?: please)?\b"),
    _s(r"\bthis call (?:may|will) be recorded\b(?: for [\w ]+)?"),
    _s(r"\b(?:kind regards|best wishes|take care)\b"),
)

_EN_TERSE = frozenset(
    [
        "yes",
        "yeah",
        "yep",
        "yup",
        "no",
        "nope",
        "ok",
        "okay",
        "fine",
        "right",
        "sure",
        "alright",
        "mhm",
        "hmm",
        "uh",
        "um",
        "well",
        "true",
        "correct",
        "please",
        "thanks",
        "perfect",
        "lovely",
    ]
)

ENGLISH = LanguageProfile(
    language="en",
    phrases=_EN_PHRASES,
    script=_EN_SCRIPT,
    terse=_EN_TERSE,
    negators=re.compile(rf"\b{_NOT}\b|n't\b|\bno\b|\bwithout\b|\bdon'?t\b", re.IGNORECASE),
    intensifiers=re.compile(r"\bpretty\b(?= [a-z])", re.IGNORECASE),
    positive_at=0.2,
    negative_at=-0.2,
)

PROFILES: dict[str, LanguageProfile] = {"en": ENGLISH}


def profile_for(language: str) -> LanguageProfile | None:
    """The profile for a BCP 47 tag ("en-GB" uses "en"), or None when none ships."""
    return PROFILES.get(language.strip().lower().replace("_", "-").split("-")[0])
