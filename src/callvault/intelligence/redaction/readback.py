"""Read-backs of a number already hidden. An agent repeats what the customer said ("let me
read it back: 5424 0018…"), and the recogniser often hears the read-back worse than the
original (digits lost, words between), so no rule for the number's kind takes it. The
original was hidden, so what repeats enough of its digits is the same number and is hidden
with the same type: a repeat is recognised by its digits, not by its shape."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from callvault.intelligence.redaction.entities import EntityType, PiiSpan
from callvault.intelligence.redaction.grouped import AMOUNT_UNITS, filler_between
from callvault.intelligence.redaction.labels import said_as_money, signed_or_pointed
from callvault.intelligence.redaction.spoken import NumberRun, digits_between, number_runs
from callvault.intelligence.redaction.tokens import Token, tokenize
from callvault.intelligence.transcript import Utterance

READ_BACK_MS = 30_000  # how long after the original a repeat of it is looked for
SHARED = 4  # digits in a row a repeat shares with the original (three match prices by chance)
PIECE = 3  # digits of a further piece of a read-back already recognised
# The speaker's own number said again, most often corrected ("account 831 007 2549" - "Sorry,
# 831 007 2649", twenty-first-dev): a correction changes one digit or two of a long number, so
# it shares this many in a row with it. More than the other party's SHARED, because one's own
# next number may share a few digits by chance (a reference after an account number).
OWN_SHARED = 6
# A number said over several turns is hidden piece by piece ("480," - "480," - "619, 4142"),
# and its read-back runs across the pieces ("480, 619, so 124", nineteenth-dev): the speaker's
# hidden pieces of one type, each said within this long of the last, are also one number.
JOIN_MS = 10_000
_GROUP = 4  # digits of a group said after a read-back


@dataclass(frozen=True, slots=True)
class _Hidden:
    speaker: str
    end_ms: int
    digits: str
    type: EntityType
    letters: str  # its capitals ("IDCWH"), for ids read back


def read_backs(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans for numbers the other party said, hidden, in the last
    READ_BACK_MS, and this party repeats (SHARED digits in a row in common), and for this
    party's own hidden numbers said again or corrected (OWN_SHARED in common)."""
    out: dict[int, list[PiiSpan]] = {}
    hidden: list[_Hidden] = []
    # each speaker's latest hidden number, its pieces joined, and the utterance it ends in
    chain: dict[str, tuple[_Hidden, int]] = {}
    for u in sorted(utterances, key=lambda u: (u.start_ms, u.index)):
        tokens = tokenize(u.text)
        mine = spans.get(u.index, ())
        recent = [h for h in hidden if u.start_ms - h.end_ms <= READ_BACK_MS]
        hits: list[_Hidden] = []
        for run in number_runs(tokens):
            a, b = tokens[run.first].start, tokens[run.last].end
            if len(run.digits) < SHARED or any(s.start < b and a < s.end for s in mine):
                continue
            if said_as_money(tokens, run, sign=False):
                continue  # "415 1205 dollars" (sixteenth-dev): an amount, whatever it shares
            hit = next((h for h in recent if _repeats(run.digits, h, u.speaker)), None)
            code = _code_letters(tokens, run.first)
            if hit is None and code is not None:
                # An id's letters and digits ("CWH903 7721" after "IDCWH903 272 1"): the
                # letters repeated are evidence enough for three digits in common. Two
                # letters in a row suffice: the recogniser mishears one of a read-back's
                # letters as often as its digits ("DWH 903" for "C W H, nine oh three").
                hit = next(
                    (
                        h
                        for h in recent
                        if h.speaker != u.speaker
                        and shares(code.text, h.letters, 2)
                        and shares(run.digits, h.digits, 3)
                    ),
                    None,
                )
            if hit is not None:
                start = code.start if code is not None else a
                out.setdefault(u.index, []).append(PiiSpan(hit.type, start, b))
                hits.append(hit)
        # Once a repeat was heard, the read-back's shorter pieces that are in the same number
        # are it too ("331, heaven, 24615" reading back an IBAN's "…3317 2046 15", sixth-dev).
        # So is a short group right after the read-back, heard differently from the original
        # ("480, 619, so 124" reading back "480 619 0124", nineteenth-dev): nothing but a
        # filler word or two between, and no sign or unit that makes it a price or a time.
        previous: NumberRun | None = None
        for run in number_runs(tokens) if hits else ():
            a, b = tokens[run.first].start, tokens[run.last].end
            taken = [*mine, *out.get(u.index, ())]
            was = previous
            previous = run
            if any(s.start < b and a < s.end for s in taken):
                continue
            hit = next((h for h in hits if run.digits in h.digits), None)
            if hit is not None and len(run.digits) >= PIECE:
                out.setdefault(u.index, []).append(PiiSpan(hit.type, a, b))
                continue
            read = None if was is None else _covering(out.get(u.index, ()), tokens[was.last])
            if (
                read is not None
                and was is not None
                and 2 <= len(run.digits) <= _GROUP
                and filler_between(tokens, was.last + 1, run.first)
                and not signed_or_pointed(tokens, run, AMOUNT_UNITS)
            ):
                out[u.index].append(PiiSpan(read.type, a, b))
        for s in mine:
            digits = digits_between(tokens, s.start, s.end)
            letters = "".join(
                t.text
                for t in tokens
                if s.start <= t.start and t.end <= s.end and t.is_word and t.text.isupper()
            )
            if len(digits) >= SHARED:
                hidden.append(_Hidden(u.speaker, u.end_ms, digits, s.type, letters))
            before, at = chain.get(u.speaker, (None, -1))
            if (
                digits
                and before is not None
                and at != u.index  # pieces of one number are said in turns, not in one line
                and before.type is s.type
                and u.start_ms - before.end_ms <= JOIN_MS
            ):
                joined = _Hidden(u.speaker, u.end_ms, before.digits + digits, s.type, letters)
                if len(joined.digits) >= SHARED and len(before.digits) < len(joined.digits):
                    hidden.append(joined)
                chain[u.speaker] = (joined, u.index)
            elif digits:
                chain[u.speaker] = (_Hidden(u.speaker, u.end_ms, digits, s.type, letters), u.index)
    return out


def _covering(spans: Sequence[PiiSpan], t: Token) -> PiiSpan | None:
    return next((s for s in spans if s.start <= t.start < s.end), None)


# The other direction: the first saying was split or garbled past every rule, the repeat
# was hidden ("six, one," … "two," then the agent's "So 612 804 3331").
BEFORE_MS = 15_000  # how long before the hidden repeat the first saying is looked for
GAP_MS = 5_000  # at most this long between two pieces of one first saying
LONG = 7  # digits of the hidden number: phone, card, account, routing, SSN, ids
SHARED_BEFORE = 3  # digits of it the pieces must make, in order


def said_before(
    utterances: Sequence[Utterance], spans: Mapping[int, Sequence[PiiSpan]]
) -> dict[int, list[PiiSpan]]:
    """Utterance index -> spans for the other party's digits, said in the BEFORE_MS before a
    long number was hidden in this party's words, that are a piece of it: one run or runs of
    consecutive utterances (pauses under GAP_MS) whose digits together, in order, appear in
    the hidden number (SHARED_BEFORE digits at least)."""
    ordered = sorted(utterances, key=lambda u: (u.start_ms, u.index))
    tokens = [tokenize(u.text) for u in ordered]
    pieces = [_pieces(u, t, spans.get(u.index, ())) for u, t in zip(ordered, tokens, strict=True)]
    out: dict[int, list[PiiSpan]] = {}
    for k, u in enumerate(ordered):
        for number, kind in _hidden_numbers(tokens[k], spans.get(u.index, ())):
            before = [
                p
                for v, found in zip(ordered[:k], pieces[:k], strict=True)
                if v.speaker != u.speaker and u.start_ms - v.start_ms <= BEFORE_MS
                for p in found
            ]
            for p in _matching(before, number):
                out.setdefault(p.index, []).append(PiiSpan(kind, p.start, p.end))
    return out


@dataclass(frozen=True, slots=True)
class _Piece:
    index: int  # the utterance's
    digits: str
    start: int  # characters in its text
    end: int
    end_ms: int


def _pieces(u: Utterance, tokens: list[Token], hidden: Sequence[PiiSpan]) -> list[_Piece]:
    out = []
    for run in number_runs(tokens):
        a, b = tokens[run.first].start, tokens[run.last].end
        if said_as_money(tokens, run):
            continue  # "$6.64": no piece of a card, whatever digits it shares with one
        if not any(s.start < b and a < s.end for s in hidden):
            out.append(_Piece(u.index, run.digits, a, b, u.end_ms))
    return out


def _hidden_numbers(tokens: list[Token], hidden: Sequence[PiiSpan]) -> list[tuple[str, EntityType]]:
    numbers = [(digits_between(tokens, s.start, s.end), s.type) for s in hidden]
    return [(digits, kind) for digits, kind in numbers if len(digits) >= LONG]


def _matching(pieces: list[_Piece], number: str) -> list[_Piece]:
    """The pieces of every stretch of consecutive pieces (pauses under GAP_MS) whose digits,
    joined, are SHARED_BEFORE or more digits in a row of the number."""
    out: list[_Piece] = []
    for i in range(len(pieces)):
        joined = ""
        for j in range(i, len(pieces)):
            if j > i and pieces[j].end_ms - pieces[j - 1].end_ms > GAP_MS:
                break
            joined += pieces[j].digits
            if joined not in number:
                break
            if len(joined) >= SHARED_BEFORE:
                out += [p for p in pieces[i : j + 1] if p not in out]
    return out


def _code_letters(tokens: list[Token], first: int) -> Token | None:
    """The capitals before a number ("CWH" in "CWH903", or "CWH 903": the recogniser
    glues or splits them as it likes), three to six of them."""
    if first == 0:
        return None
    t = tokens[first - 1]
    ok = t.is_word and t.text.isupper() and 3 <= len(t.text) <= 6
    return t if ok else None


def _repeats(digits: str, h: _Hidden, speaker: str) -> bool:
    return shares(digits, h.digits, OWN_SHARED if h.speaker == speaker else SHARED)


def shares(digits: str, original: str, n: int) -> bool:
    """`digits` has `n` digits in a row that stand in a row in `original`."""
    return any(digits[i : i + n] in original for i in range(len(digits) - n + 1))
