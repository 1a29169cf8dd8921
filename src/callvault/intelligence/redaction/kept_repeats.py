"""Repeats of a number the business named as its own. The agent says "your job number is J
277 061" (kept: a job number names no person), the customer writes it down saying "277,
061." — and the repeat, said right after a card's security code, was hidden as an expiry
(sixth-dev, twice; fifth- and ninth-dev alike). A number that repeats a named, kept number
is that number: the repeat keeps it too. `read_backs` is the same idea the other way round
(a repeat of a hidden number is hidden).

Only what the repeat's own words cannot make personal: a span goes back only when all its
digits, four or more, appear in a row in a number said in the last READ_BACK_MS and left
there under a name of its own ("job number", "receipt": `labels.named_otherwise` or a BLOCK
cue right before it), and the repeat itself holds no cue for personal data ("my card is …"
keeps the hiding).

A number the business states is its own too (ADR 0036, stop 28): where the caller knows which
side is the business (a workspace user talking to a contact), a number that side says first,
in a statement with no question for personal data and no cue of one, is the business's
(a work order, a booking, its own line) even when the recogniser garbled the label ("Goerler
Goerler is 817 223 5946" for "Your work order is…", ninth-dev; "our dress line" for "our
direct line", tenth-dev). What the customer said before and the business reads back stays
hidden, and so do a card's and an SSN's shapes, which no business states as its own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from callvault.intelligence.redaction.asks import Ask, asks_in
from callvault.intelligence.redaction.checksums import luhn_ok
from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.labels import named_otherwise
from callvault.intelligence.redaction.readback import READ_BACK_MS
from callvault.intelligence.redaction.spoken import NumberRun, digits_between, number_runs
from callvault.intelligence.redaction.tokens import Token, tokenize
from callvault.intelligence.transcript import Utterance

MIN_DIGITS = 4
# Spans a business's number may have been taken for; names, e-mails and addresses are
# never a number's repeat.
_NUMBERS = frozenset(
    [
        EntityType.CARD_EXPIRY,
        EntityType.CARD_SECURITY_CODE,
        EntityType.PHONE,
        EntityType.MEMBER_ID,
        EntityType.BANK_ACCOUNT,
        EntityType.DATE_OF_BIRTH,
    ]
)


# Between a business's word and its number: "receipt 401 766", "job number is J 277 061".
_BETWEEN = frozenset(["is", "number", "no", "#", ":", "was", "it's", "reads", "-"])


def _after_a_business_word(tokens: list[Token], first: int) -> bool:
    """The number follows one of the words that name a business's own numbers (a BLOCK cue:
    receipt, job, order, reference…), with at most "number is" and a letter between."""
    k = first - 1
    if k >= 0 and tokens[k].is_letter and tokens[k].is_title:
        k -= 1  # "J 277 061": the id's letter
    while k >= 0 and (tokens[k].low in _BETWEEN or tokens[k].text in (".", ",")):
        k -= 1
    return k >= 0 and cue_of(tokens[k].low) is Cue.BLOCK


@dataclass(frozen=True, slots=True)
class _Kept:
    end_ms: int
    digits: str


@dataclass(frozen=True, slots=True)
class _Said:
    speaker: str
    end_ms: int
    digits: str


def _repeats(digits: str, kept: _Kept) -> bool:
    """The repeat's digits in a row in the kept number, or (five or more) the kept number's
    in the repeat: a statement the recogniser cut in two ("38261 and 1401") is repeated
    whole ("382 617 4401")."""
    return digits in kept.digits or (len(kept.digits) >= 5 and kept.digits in digits)


# Words that confirm a part of someone's number ("ending 8396", "the last four 2231").
_PART_OF = frozenset(["ending", "ends", "last", "final"])


_LINE_WORDS = frozenset(
    ["line", "number", "phone", "cell", "mobile", "hotline", "helpline", "switchboard", "desk"]
)


_CALL_US = frozenset(["ring", "call", "phone", "text"])


def _ours(words: list[str], k: int) -> bool:
    """A line the business says is its own: "our direct line", "our main number" ("our
    dress line is 5.1, so 8.9.3.4.4.2.0", tenth-dev), "ring the yard on…" (eleventh-dev)."""
    if words[k] in _CALL_US:  # "ring us on…", "call the yard on…": where to reach the business
        return k + 1 < len(words) and words[k + 1] in ("us", "the")
    return words[k] in _LINE_WORDS and "our" in words[max(0, k - 3) : k]


def _asks_personal(tokens: list[Token]) -> bool:
    return any(a.kind is not Ask.NONE for a in asks_in(tokens))


def _asks_a_number(tokens: list[Token]) -> bool:
    """A question whose answer is read back as digits (an address's read-back is no number
    of the business's either way: it is hidden as the address)."""
    return any(a.kind not in (Ask.NONE, Ask.ADDRESS) for a in asks_in(tokens))


def _states_its_own(
    u: Utterance, tokens: list[Token], run: NumberRun, said: list[_Said], due_ms: int | None
) -> bool:
    """The business side says this number first, as a statement that asks for no personal
    data and names none, and not where it reads back an answer: its first digits after its
    own question for a number, or after a number of the other side's that is hidden (the
    customer's "nine, I'm 1, 20, 48" for a phone, then the agent's "859 551 2148")."""
    if u.text.rstrip().endswith("?") or _asks_personal(tokens):
        return False
    words = [t.low for t in tokens if t.is_word]
    # Its own line, or a number under a business's word ("welcome reference 709 253 6618"
    # for "your booking reference…", right after the customer gave a card's code) is no
    # read-back whenever it is said.
    own = any(_ours(words, k) for k in range(len(words))) or _after_a_business_word(
        tokens, run.first
    )
    if not own and due_ms is not None and u.start_ms - due_ms <= READ_BACK_MS:
        return False
    if any(cue_of(w) not in (None, Cue.BLOCK) and not _ours(words, k) for k, w in enumerate(words)):
        return False
    if any(t.low in _PART_OF for t in tokens[max(0, run.first - 3) : run.first]):
        return False  # "ending 8396": the customer's account, confirmed by its end
    digits = run.digits
    if [len(c.digits) for c in run.chunks] == [3, 2, 4] or (
        13 <= len(digits) <= 19 and luhn_ok(digits)
    ):
        return False  # an SSN's or a card's shape
    # Not a read-back, even one the recogniser garbled in part: no four digits in a row of it
    # were said by the other side just before (three gave false matches: a card's fifteen
    # digits hold most three-digit groups).
    fours = {digits[k : k + 4] for k in range(len(digits) - 3)}
    return not any(
        s.speaker != u.speaker
        and u.start_ms - s.end_ms <= READ_BACK_MS
        and any(t in s.digits for t in fours)
        for s in said
    )


def repeats_of_kept(
    utterances: Sequence[Utterance],
    spans: Mapping[int, Sequence[PiiSpan]],
    business: AbstractSet[str] = frozenset(),
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> its spans that repeat a kept, named number or are a number the
    business (its speaker labels) stated as its own (to be left out)."""
    out: dict[int, list[PiiSpan]] = {}
    kept: list[_Kept] = []
    said: list[_Said] = []
    # speaker -> since when their next digits read back an answer: after their own question
    # for a number, or after the other side said a number that is hidden
    due: dict[str, int] = {}
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        mine = spans.get(u.index, ())
        recent = [k for k in kept if u.start_ms - k.end_ms <= READ_BACK_MS]
        cued = any(cue_of(t.low) not in (None, Cue.BLOCK) for t in tokens if t.is_word)
        runs = number_runs(tokens)
        for s in mine:
            digits = digits_between(tokens, s.start, s.end)
            if (
                s.type in _NUMBERS
                and not cued
                and len(digits) >= MIN_DIGITS
                and any(_repeats(digits, k) for k in recent)
            ):
                out.setdefault(u.index, []).append(s)
        for run in runs:
            a, b = tokens[run.first].start, tokens[run.last].end
            if len(run.digits) < MIN_DIGITS:
                continue
            over = [s for s in mine if s.start < b and a < s.end]
            if u.speaker in business and _states_its_own(u, tokens, run, said, due.get(u.speaker)):
                if all(s.type in _NUMBERS for s in over):
                    taken = out.setdefault(u.index, [])
                    taken += [s for s in over if s not in taken]
                    kept.append(_Kept(u.end_ms, run.digits))
                continue
            if over:
                continue
            if named_otherwise(tokens, run) or _after_a_business_word(tokens, run.first):
                kept.append(_Kept(u.end_ms, run.digits))
        said += [_Said(u.speaker, u.end_ms, r.digits) for r in runs]
        if runs:  # the first digits said after the question or the answer read it back
            due.pop(u.speaker, None)
        if _asks_a_number(tokens) or (cued and not runs):
            # its own question, or a personal word said without a number ("a phone for the
            # crew?", the question garbled, fourth-dev): its next digits read the answer back
            due[u.speaker] = u.end_ms
        # The other side's next digits read back what was hidden here, or what this speaker
        # named as theirs ("My mobile, 9, 1, 20, 48" garbled past any pattern); not a number
        # said bare ("PL 26 0441 7", a licence, then the agent's "ring the yard on 0113…").
        gave = any(digits_between(tokens, s.start, s.end) for s in mine) or (
            cued and any(len(r.digits) >= 3 for r in runs)
        )
        if gave:
            for other in {x.speaker for x in utterances} - {u.speaker}:
                due[other] = u.end_ms
    return out
