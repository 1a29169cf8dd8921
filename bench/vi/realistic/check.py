"""Consistency of the call set, run before any audio is made: every PII item is NOT found in
what a perfect redactor would leave around it (the same party's nearby utterances with every
PII item replaced), so a leak can only come from the product; every must-survive number IS
found in its own utterance; and the reader gives the expected digits for the spoken forms the
set uses."""

from __future__ import annotations

from script import Parsed, redact_gold
from spoken import Keys, found, read

READS = {
    "Four five three two, nine four five eight": ["45329458"],
    "4532-9458": ["45329458"],
    "one two two, double oh, oh six six one": ["122000661"],
    "March 3rd, 1981": ["31981"],
    "Oh nine twenty-eight": ["0928"],
    "09/28": ["0928"],
    "Eleven slash twenty-nine": ["1129"],
    "two hundred and sixteen dollars forty": ["216", "40"],
    "One thousand two hundred dollars": ["1200"],
    "Twelve oh four Lakeview Avenue": ["1204"],
    "oh good, thanks": [],
    "with 300 and 12 miles": ["312"],
    "between 8 and 12": ["8", "12"],
}


def problems(calls: list[Parsed]) -> list[str]:
    out: list[str] = []
    for text, digits in READS.items():
        if read(text).digits != digits:
            out.append(f"reader: {text!r} gives {read(text).digits}, expected {digits}")
    if found(Keys.of("G O N Z A L E Z"), "G-O-N-Z-A-L-E-Z") == []:
        out.append("reader: spelled letters with hyphens not recognised")
    for p in calls:
        for it in p.items:
            speaker = p.utterances[it.utterance].speaker
            near = [
                u.index
                for u in p.utterances
                if u.speaker == speaker and abs(u.index - it.utterance) <= 2
            ]
            clean = " ".join(redact_gold(p, n) for n in near)
            if it.kind == "pii" and (hits := found(it.keys, clean)):
                out.append(f"{p.call.id}: {it.type} {it.words!r} found after redaction: {hits}")
            if it.kind == "keep" and not found(it.keys, redact_gold(p, it.utterance)):
                out.append(f"{p.call.id}: kept {it.type} {it.words!r} not found in its line")
    return out
