"""Long spellings. Six or more letters read one by one ("D -O -B -Y -N -R…", "H -E -A -R -A
-M -A -N") spell a name or an e-mail's first part, whoever's it is and however the recogniser
heard the letters: nothing else on a call is spelled that long except a reference, which its
name announces ("booking reference A B C D E F"). Shorter runs need a cue or a known name
(`person.spelled_names`): "V I P", "A C" and initials are everyday.

Dev halves of three sets: every spelled name or address the recogniser garbled past the
call's names (letters dropped, swapped, a word in front) was left whole."""

from __future__ import annotations

from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.person import mail_next
from callvault.intelligence.redaction.tokens import Token

MIN_LETTERS = 6
_GLUE = frozenset({"-", ",", "."})
_LABEL_REACH = 4  # tokens before the run in which a reference's name is looked for
_VOWELS = frozenset("AEIOUY")


def long_spellings(tokens: list[Token]) -> list[PiiSpan]:
    out: list[PiiSpan] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _capital(tokens[i]):
            i += 1
            continue
        j, letters, last = i, 0, i
        while j < n and (_capital(tokens[j]) or tokens[j].text in _GLUE):
            if _capital(tokens[j]):
                letters, last = letters + 1, j
            j += 1
        if letters >= MIN_LETTERS and not _a_reference(tokens, i):
            kind = EntityType.EMAIL if mail_next(tokens, last + 1) else EntityType.PERSON
            spelled = {t.text for t in tokens[i : last + 1] if _capital(t)}
            if kind is EntityType.PERSON and not spelled & _VOWELS:
                # "D, N, R, D, D, C, C, N,": no name is spelled without a vowel; the
                # recogniser looping on noise writes such runs (twentieth-dev: two PII-free
                # lines of one call got placeholders)
                i = max(j, i + 1)
                continue
            out.append(PiiSpan(kind, tokens[i].start, tokens[last].end))
        i = max(j, i + 1)
    return out


def _capital(t: Token) -> bool:
    """A letter said on its own, as the recogniser writes one: a capital ("a" is a word)."""
    return t.is_letter and t.text.isupper()


def _a_reference(tokens: list[Token], first: int) -> bool:
    """A business's code is announced by its name ("your booking reference is …")."""
    before = tokens[max(0, first - _LABEL_REACH) : first]
    return any(t.is_word and cue_of(t.low) is Cue.BLOCK for t in before)
