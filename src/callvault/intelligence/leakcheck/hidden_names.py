"""Names the redaction hid, looked for again in the rest of the call. A word the redacted
text shows as "[PERSON]" in one line and as itself in another is a name left there: a
listener who heard it hidden once knows whose it is. The leak check takes the redaction's
decisions (which words it hid as names), never its rules, and reads the whole call for them
(seventeenth-dev: "Beto" hidden in one line was left, unflagged, in the line before).

Only rare, capitalised words: a common word the recogniser wrote for another ("Curry" for
"sorry") and the redaction hid is not looked for everywhere it recurs."""

from __future__ import annotations

from difflib import SequenceMatcher

from callvault.intelligence.leakcheck.census import NOT_PEOPLE
from callvault.intelligence.transcript import Transcript
from callvault.intelligence.wordcounts import rarer_than

RARE = 500  # as the leak check's other looks count a word English hardly uses
_PUNCT = ".,;:!?\"'()"


def hidden_names(original: Transcript, redacted: Transcript) -> list[str]:
    """The words (lower case) of the original transcript that the redacted one replaced by a
    person placeholder, where each is a rare capitalised word."""
    after = {u.index: u.text.split() for u in redacted.utterances}
    out: set[str] = set()
    for u in original.utterances:
        said, shown = u.text.split(), after.get(u.index, [])
        matcher = SequenceMatcher(None, said, shown, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace" or not any(w.startswith("[PERSON]") for w in shown[j1:j2]):
                continue
            out.update(w for w in (_name(x) for x in said[i1:i2]) if w)
    return sorted(out)


def _name(word: str) -> str | None:
    body = word.strip(_PUNCT).removesuffix("'s")
    low = body.lower()
    if len(body) < 3 or not body.isalpha() or not body[0].isupper():
        return None
    return low if low not in NOT_PEOPLE and rarer_than(low, RARE) else None
