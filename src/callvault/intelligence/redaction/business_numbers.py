"""Numbers the business states as its own (ADR 0036, stop 28). Where the caller knows which
side is the business (a workspace user talking to a contact), a number that side says first,
in a statement with no question for personal data and no cue of one, is the business's (a
work order, a booking, its own line) even when the recogniser garbled the label ("Goerler
Goerler is 817 223 5946" for "Your work order is…", ninth-dev; "our dress line" for "our
direct line", tenth-dev). What the customer said and the business reads back stays hidden,
and so do a card's and an SSN's shapes, which no business states as its own.

`ReadBackWatch` follows the call for what makes the business's next digits a read-back;
`states_its_own` decides one number; `kept_repeats` uses both."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from callvault.intelligence.redaction.asks import Ask, Asked
from callvault.intelligence.redaction.checksums import luhn_ok
from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.entities import PiiSpan
from callvault.intelligence.redaction.readback import OWN_SHARED, READ_BACK_MS, shares
from callvault.intelligence.redaction.spoken import NumberRun, digits_between
from callvault.intelligence.redaction.tokens import Token
from callvault.intelligence.transcript import Span, Utterance

# Between a business's word and its number: "receipt 401 766", "job number is J 277 061".
_BETWEEN = frozenset(["is", "number", "no", "#", ":", "was", "it's", "reads", "-"])


def after_a_business_word(tokens: list[Token], first: int) -> bool:
    """The number follows one of the words that name a business's own numbers (a BLOCK cue:
    receipt, job, order, reference…), with at most "number is" and a letter between."""
    k = first - 1
    if k >= 0 and tokens[k].is_letter and tokens[k].is_title:
        k -= 1  # "J 277 061": the id's letter
    while k >= 0 and (tokens[k].low in _BETWEEN or tokens[k].text in (".", ",")):
        k -= 1
    return k >= 0 and cue_of(tokens[k].low) is Cue.BLOCK


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
        # Not "we'll call the day before" (a promise, read right after a number read back)
        nxt = words[k + 1 : k + 4]
        return nxt[:1] == ["us"] or (nxt[:1] == ["the"] and nxt[2:3] in (["on"], ["at"]))
    return words[k] in _LINE_WORDS and "our" in words[max(0, k - 3) : k]


@dataclass(frozen=True, slots=True)
class _Said:
    speaker: str
    end_ms: int
    digits: str


class ReadBackWatch:
    """What each speaker said in digits, and since when their next digits read back an
    answer: after their own question for a number, after a personal word they said without
    a number ("a phone for the crew?", the question garbled, fourth-dev), or after the other
    side gave digits that were hidden or said with a personal cue ("My mobile, 9, 1, 20, 48"
    garbled past any pattern). A number said bare ("PL 26 0441 7", a licence) makes none."""

    def __init__(self, speakers: AbstractSet[str]) -> None:
        self.speakers = frozenset(speakers)
        self.said: list[_Said] = []
        self.hid: list[_Said] = []  # digits of what was hidden, by who said them
        self._due: dict[str, int] = {}

    def due(self, speaker: str) -> int | None:
        return self._due.get(speaker)

    def heard(
        self,
        u: Utterance,
        tokens: list[Token],
        asked: Sequence[Asked],
        runs: Sequence[NumberRun],
        *,
        hidden: Sequence[PiiSpan | Span],
        cued: bool,
    ) -> None:
        self.said += [_Said(u.speaker, u.end_ms, r.digits) for r in runs]
        self.hid += [
            _Said(u.speaker, u.end_ms, d)
            for s in hidden
            if len(d := digits_between(tokens, s.start, s.end)) >= OWN_SHARED
        ]
        if runs:  # the first digits said after the question or the answer read it back
            self._due.pop(u.speaker, None)
        # An address's read-back is hidden as the address: no number of the business's.
        if any(a.kind not in (Ask.NONE, Ask.ADDRESS) for a in asked) or (cued and not runs):
            self._due[u.speaker] = u.end_ms
        gave = any(digits_between(tokens, s.start, s.end) for s in hidden) or (
            cued and any(len(r.digits) >= 3 for r in runs)
        )
        if gave:
            for other in self.speakers - {u.speaker}:
                self._due[other] = u.end_ms


# What a read-back opens with; a business naming its own number says what it is first.
_READ_BACK_OPENERS = frozenset(
    ["so", "okay", "ok", "that's", "thats", "that", "is", "it's", "got", "it", "right", "yes",
     "yeah", "and", "i", "have", "let", "me", "read", "back", "repeat", "confirm", "to"]
)  # fmt: skip


def _bare(tokens: list[Token], run: NumberRun) -> bool:
    """The number opens the utterance, with nothing before it but a read-back's opening
    ("802, 865, 0017.", "So that's 612 408 7731", seventeenth-dev: the customer's phone,
    garbled when they said it, read back by the agent and kept as the business's). Only a
    whole phone's digits: not the tail of the business's own line said on after a pause
    (".4.4.2.0, day or night.", tenth-dev)."""
    if len(run.digits) < _WHOLE_PHONE:
        return False
    return all(t.low in _READ_BACK_OPENERS or not t.is_word for t in tokens[: run.first])


_WHOLE_PHONE = 7


def states_its_own(
    u: Utterance,
    tokens: list[Token],
    asked: Sequence[Asked],
    run: NumberRun,
    watch: ReadBackWatch,
) -> bool:
    """The business side says this number first, as a statement that asks for no personal
    data and names none, and not where it reads back an answer (see `ReadBackWatch`; the
    customer's "nine, I'm 1, 20, 48" for a phone, then the agent's "859 551 2148")."""
    if u.text.rstrip().endswith("?") or any(a.kind is not Ask.NONE for a in asked):
        return False
    words = [t.low for t in tokens if t.is_word]
    # Its own line, or a number under a business's word ("welcome reference 709 253 6618"
    # for "your booking reference…", right after the customer gave a card's code) is no
    # read-back whenever it is said.
    own = any(_ours(words, k) for k in range(len(words))) or after_a_business_word(
        tokens, run.first
    )
    due_ms = watch.due(u.speaker)
    if not own and due_ms is not None and u.start_ms - due_ms <= READ_BACK_MS:
        return False
    if not own and _bare(tokens, run):
        return False
    if any(cue_of(w) not in (None, Cue.BLOCK) and not _ours(words, k) for k, w in enumerate(words)):
        return False
    if any(t.low in _PART_OF for t in tokens[max(0, run.first - 3) : run.first]):
        return False  # "ending 8396": the customer's account, confirmed by its end
    digits = run.digits
    if _hid_before(u, digits, watch):
        return False
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
        for s in watch.said
    )


def _hid_before(u: Utterance, digits: str, watch: ReadBackWatch) -> bool:
    """The speaker's own number hidden just before, said again or corrected ("account 831
    007 2549" - "Sorry, 831 007 2649", twenty-first-dev): personal, as it was the first time."""
    return any(
        s.speaker == u.speaker
        and u.start_ms - s.end_ms <= READ_BACK_MS
        and shares(digits, s.digits, OWN_SHARED)
        for s in watch.hid
    )
