"""Signs that Whisper decoded a stretch of speech into a loop rather than into what was said:
text that compresses too well, a word group repeated over and over, and more digits or words
per second than a person can say. A stretch with any of them is decoded again on its own
(see recogniser.py); these checks only point at it."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from callvault.intelligence.transcript import Word

MAX_COMPRESSION = 2.4  # Whisper's own threshold for a repetitive decode
MIN_COMPRESSIBLE_CHARS = 40  # shorter text compresses badly whatever it says
# A card said in groups is one group repeated at most four times ("5454 5454 5454 5454");
# a phrase said three times in a row is a loop far more often than speech.
MAX_SINGLE_REPEATS = 4
MAX_PHRASE_REPEATS = 2
MAX_UNIT = 4  # longest repeated word group looked for
# Digits said one by one run at ~3 a second, in pairs at ~4; above 5.5 a second over a whole
# speech region the recogniser has written digits nobody said (loops, or digits pulled in
# from a neighbouring region). Words: fast speech is ~4.5 a second.
MAX_DIGITS_PER_S = 5.5
MAX_WORDS_PER_S = 6.0
MIN_WORDS_FOR_RATE = 6
MIN_SECONDS = 1.0  # rates are taken over at least this long: padding makes short regions tiny
# What a looped digit run is cut back to: digits said in groups run at up to ~4 a second.
SAID_DIGITS_PER_S = 4.0
# A restart (restart_at): the words read again repeat a block of at least 3 words, and at
# least 2 of them are read again, or 1 after a block of 6 (a whole sentence); a block of 2
# only when read more than once again.
RESTART_PAIR = 2
RESTART_UNIT = 3
RESTART_TAIL = 2
RESTART_LONE_UNIT = 6


def loop_reason(words: Sequence[Word], seconds: float) -> str | None:
    """Why the words decoded for `seconds` of speech look like a loop, or None."""
    if not words:
        return None
    keys = [_key(w.text) for w in words]
    keys = [k for k in keys if k]
    if _longest_repeat(keys, 1) > MAX_SINGLE_REPEATS:
        return "a word repeated over and over"
    if any(_longest_repeat(keys, n) > MAX_PHRASE_REPEATS for n in range(2, MAX_UNIT + 1)):
        return "a word group repeated over and over"
    span = max(seconds, MIN_SECONDS)
    digits = sum(ch.isdigit() for w in words for ch in w.text)
    if digits / span > MAX_DIGITS_PER_S:
        return "more digits per second than speech allows"
    if len(keys) >= MIN_WORDS_FOR_RATE and len(keys) / span > MAX_WORDS_PER_S:
        return "more words per second than speech allows"
    if compression_ratio("".join(w.text for w in words)) > MAX_COMPRESSION:
        return "text compresses like a loop"
    return None


def repeated_runs(words: Sequence[Word]) -> list[tuple[int, int]]:
    """[start, end) word indexes of every over-long repeat in words: run over a whole channel
    it finds a loop that spilled from one speech region into the next."""
    keys = [_key(w.text) for w in words]
    runs: list[tuple[int, int]] = []
    for n in range(1, MAX_UNIT + 1):
        limit = MAX_SINGLE_REPEATS if n == 1 else MAX_PHRASE_REPEATS
        for start in range(len(keys) - n + 1):
            unit = keys[start : start + n]
            if not all(unit) or (n > 1 and len(set(unit)) == 1):
                continue
            reps = 1
            while keys[start + reps * n : start + (reps + 1) * n] == unit:
                reps += 1
            if reps > limit:
                runs.append((start, start + reps * n))
    return runs


def restart_at(texts: Sequence[str]) -> int | None:
    """The index of the word where a decoding starts reading its words again, or None.

    Whisper given a short window goes on past the speech and reads it again: "Great, that's
    $240 in total. Great, that's $240 in", "and the expiry date, and the expiry date". The
    words from the restart to the end repeat, in order, the block of words just before it:
    a block of `RESTART_UNIT`+ words with at least `RESTART_TAIL` of them read again (one
    word after a whole sentence of `RESTART_LONE_UNIT`+ words), or a pair read more than
    once again; the last word may stop part-way (the output's token budget). Blocks of
    digits only ("4111 1111 1111": a card said in groups) or of one word are skipped."""
    keys = [_key(t) for t in texts]
    for i in range(RESTART_PAIR, len(keys)):
        tail = keys[i:]
        for unit in range(RESTART_PAIR, i + 1):
            block = keys[i - unit : i]
            if not all(block) or all(k.isdigit() for k in block) or len(set(block)) == 1:
                continue  # one word over and over is loop_reason's (decoded again)
            if len(tail) < RESTART_TAIL and unit < RESTART_LONE_UNIT:
                continue
            if unit < RESTART_UNIT and len(tail) <= unit:
                continue  # "thank you, thank you" is speech; a pair read 2.5 times is not
            # The last word may stop part-way: the output was cut by its token budget.
            if all(t == block[k % unit] for k, t in enumerate(tail[:-1])) and block[
                (len(tail) - 1) % unit
            ].startswith(tail[-1]):
                return i
    return None


def compression_ratio(text: str) -> float:
    """Bytes of text over bytes compressed (Whisper's measure); 1.0 for short text."""
    data = text.strip().encode()
    if len(data) < MIN_COMPRESSIBLE_CHARS:
        return 1.0
    return len(data) / len(zlib.compress(data))


def collapse_repeats(words: Sequence[Word]) -> list[Word]:
    """words with over-long repeats cut to what speech plausibly holds (a last resort when
    decoding again loops too): single words kept up to MAX_SINGLE_REPEATS times, groups once."""
    out = list(words)
    for n in range(MAX_UNIT, 0, -1):
        keep = MAX_SINGLE_REPEATS if n == 1 else 1
        limit = MAX_SINGLE_REPEATS if n == 1 else MAX_PHRASE_REPEATS
        i = 0
        while i + n <= len(out):
            unit = [_key(w.text) for w in out[i : i + n]]
            if n > 1 and len(set(unit)) == 1:
                i += 1
                continue  # one word repeated: the single-word pass keeps up to four
            reps = 1
            while [_key(w.text) for w in out[i + reps * n : i + (reps + 1) * n]] == unit:
                reps += 1
            if reps > limit and all(unit):
                del out[i + keep * n : i + reps * n]
            i += 1
    return out


def trim_digit_runs(words: Sequence[Word], seconds: float) -> list[Word]:
    """words with digits beyond what `seconds` of speech can hold cut from the end of the
    longest digit runs (a last resort when decoding again loops too): Whisper writes a card
    said in groups as one word of a hundred digits, "4111111…", which no word check sees."""
    out = list(words)
    span = max(seconds, MIN_SECONDS)
    total = sum(ch.isdigit() for w in out for ch in w.text)
    if total <= MAX_DIGITS_PER_S * span:
        return out
    excess = total - max(1, round(SAID_DIGITS_PER_S * span))
    while excess > 0:
        i = max(range(len(out)), key=lambda k: _digit_run(out[k].text)[1])
        start, length = _digit_run(out[i].text)
        if length <= 1:
            break
        cut = min(excess, length - 1)  # never the whole word: its time still holds speech
        text = out[i].text
        out[i] = Word(
            text[: start + length - cut] + text[start + length :],
            out[i].start_ms,
            out[i].end_ms,
            out[i].probability,
        )
        excess -= cut
    return out


def _digit_run(text: str) -> tuple[int, int]:
    """(start, length) of the longest run of digits in text."""
    best = (0, 0)
    i = 0
    while i < len(text):
        if text[i].isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            if j - i > best[1]:
                best = (i, j - i)
            i = j
        else:
            i += 1
    return best


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _longest_repeat(keys: Sequence[str], n: int) -> int:
    """The most consecutive repeats of any n-word group in keys."""
    best = 1
    for start in range(len(keys) - n + 1):
        unit = keys[start : start + n]
        if n > 1 and len(set(unit)) == 1:
            continue  # "5454 5454 5454 5454" is one group said four times, not two pairs
        reps = 1
        while keys[start + reps * n : start + (reps + 1) * n] == unit:
            reps += 1
        best = max(best, reps)
    return best
