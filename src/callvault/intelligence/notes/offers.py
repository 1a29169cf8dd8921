"""An offer the other party accepts is the offerer's task: "Would you like me to email you a
copy?" – "Yes please." and "Would you like it delivered?" – "Yes." The question alone is no
task (the answer may be no), so the match counts only when the other party's next words say
yes; without it, "Shall I send it?" – "No, I have one" stays out."""

from __future__ import annotations

import re

from callvault.intelligence.notes.participles import PARTICIPLE
from callvault.intelligence.notes.phrasings import ADVERBS, VERBS
from callvault.intelligence.notes.text import Sentence
from callvault.intelligence.transcript import Transcript

_ASK = r"(?:would you like|do you want|would you want|would you prefer|do you need)"
# "Would you like me to send you a copy?", "Want me to book it?", "Shall I book it for
# Thursday?" ("want" without "do you" only opening the question: "I want us to sort it out"
# is a wish; "I want it cancelled" is no offer)
ACTIVE = re.compile(
    rf"(?:(?:\b{_ASK}|\byou want|^want) (?:me|us) to|\b(?:shall|should) (?:I|we))"
    rf" {ADVERBS}(?P<what>{VERBS}\b.*)",
    re.I,
)
# "Would you like it delivered?", "Do you want the receipt emailed to you?": the thing, then
# what would be done to it (task_words writes it as "deliver it").
PASSIVE = re.compile(
    rf"\b{_ASK} (?P<thing>it|them|that|this|those|(?:the|your|a|an) [a-z-]+(?: [a-z-]+)?)"
    rf" (?P<what>(?P<participle>{PARTICIPLE})\b.*)",
    re.I,
)
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|please|sure|ok|okay|that would|that'd|sounds good|great|perfect"
    r"|absolutely|definitely|of course|go ahead|lovely|brilliant)\b"
    # "Yeah, no, I'm fine" declines; "Yes, no problem" does not
    r"(?!\W*(?:not\b|no\b(?!\W*(?:problem|worries|bother))))",
    re.I,
)


def accepted(transcript: Transcript, sentence: Sentence) -> bool:
    """Whether the other party's first utterance after the offer's says yes (looking at most
    two utterances on: a recogniser may split the offerer's question)."""
    me = sentence.speaker
    for u in transcript.utterances[sentence.utterance + 1 : sentence.utterance + 3]:
        if u.speaker != me:
            return bool(_YES.match(u.text))
    return False
