"""The shape of a scripted call and its ground truth: utterances, PII items and numbers that
must survive, each tied to its utterance, plus the call's reason, outcome, action items and
sentiment labels. `ground_truth(call)` is the machine-readable form (JSON-ready dict)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from spoken import Keys, read

PII_TYPES = (
    "card_number",
    "card_expiry",
    "card_security_code",
    "ssn",
    "date_of_birth",
    "bank_account",
    "routing_number",
    "iban",
    "member_id",
    "email",
    "phone",
    "address",
    "zip",
    "person_name",
)
SENTIMENTS = {"pos": "positive", "neu": "neutral", "neg": "negative"}
# PII whose value is digits and spelled letters (and a month): no other word of the item
# identifies anyone, so an aside inside it ("four one seven, sorry, four one nine…") is no key.
VALUE_TYPES = frozenset(
    {
        "card_number", "card_expiry", "card_security_code", "ssn", "date_of_birth",
        "bank_account", "routing_number", "iban", "member_id", "phone", "zip",
    }
)  # fmt: skip
CALL_DATE = "2026-11-16"  # a Monday; every call happens that day

Speaker = Literal["agent", "customer"]
_MARK = re.compile(r"\[(?P<pii>[a-z_]+):(?P<pw>[^\]]+)\]|<(?P<keep>[a-z_]+):(?P<kw>[^>]+)>")
_LINE = re.compile(r"^(?P<who>[AC]):\s*(?P<text>.*?)\s*(?:\{(?P<sent>pos|neu|neg)\})?\s*$")


@dataclass(frozen=True)
class Action:
    what: str
    owner: str  # the named person (the agent or the customer)
    due: str | None  # ISO date when a day was said
    due_words: str | None  # how it was said ("Friday", "tomorrow")
    keywords: tuple[str, ...]  # a found item's text must contain one of these


@dataclass(frozen=True)
class CallScript:
    id: str
    trade: str
    company: str
    agent: str  # a workspace user
    customer: str  # a contact
    agent_voice: str  # engine:voice[:…] (see audio.py)
    customer_voice: str
    noise_db: float  # line noise, dB below the speech level
    reason: str
    outcome: str
    actions: list[Action]
    script: str


@dataclass(frozen=True)
class Utterance:
    index: int
    speaker: Speaker
    text: str  # as spoken
    sentiment: str | None  # positive / neutral / negative for labelled customer lines


@dataclass(frozen=True)
class Item:
    kind: Literal["pii", "keep"]
    type: str  # a PII type, or what a kept number is (order, amount, time…)
    words: str  # exactly as spoken
    utterance: int
    keys: Keys
    role: str | None = None  # person_name: agent, customer or other


@dataclass(frozen=True)
class Parsed:
    call: CallScript
    utterances: list[Utterance]
    items: list[Item]

    @property
    def pii(self) -> list[Item]:
        return [i for i in self.items if i.kind == "pii"]

    @property
    def keep(self) -> list[Item]:
        return [i for i in self.items if i.kind == "keep"]


def _role(call: CallScript, words: str) -> str:
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", words)}
    spelled = "".join(read(words).letters)  # "F E double R E I R A" is "ferreira"
    for role, name in (("customer", call.customer), ("agent", call.agent)):
        parts = {p.lower() for p in name.split()}
        if said & parts or (len(spelled) > 2 and spelled in parts):
            return role
    return "other"


def parse(call: CallScript) -> Parsed:
    utterances: list[Utterance] = []
    items: list[Item] = []
    for line in (x.strip() for x in call.script.strip().splitlines()):
        if not line:
            continue
        m = _LINE.match(line)
        if m is None:
            raise ValueError(f"{call.id}: bad line {line!r}")
        index = len(utterances)
        speaker: Speaker = "agent" if m["who"] == "A" else "customer"
        for mark in _MARK.finditer(m["text"]):
            if mark["pii"]:
                if mark["pii"] not in PII_TYPES:
                    raise ValueError(f"{call.id}: unknown PII type {mark['pii']}")
                words = mark["pw"]
                role = _role(call, words) if mark["pii"] == "person_name" else None
                keys = Keys.of(words, months_only=mark["pii"] in VALUE_TYPES)
                items.append(Item("pii", mark["pii"], words, index, keys, role))
            else:
                words = mark["kw"]
                items.append(
                    Item("keep", mark["keep"], words, index, Keys.of(words, numbers_only=True))
                )
        text = _MARK.sub(lambda x: x["pw"] or x["kw"], m["text"])
        sentiment = SENTIMENTS[m["sent"]] if m["sent"] else None
        if sentiment and speaker != "customer":
            raise ValueError(f"{call.id}: sentiment labels are for customer lines")
        utterances.append(Utterance(index, speaker, text, sentiment))
    for it in items:
        if it.keys.empty():
            raise ValueError(f"{call.id}: {it.type} {it.words!r} has nothing to look for")
    return Parsed(call, utterances, items)


def redact_gold(parsed: Parsed, index: int) -> str:
    """The utterance with every PII item replaced by a placeholder: what a perfect redactor
    would leave."""
    line = next(
        x
        for n, x in enumerate(
            y.strip() for y in parsed.call.script.strip().splitlines() if y.strip()
        )
        if n == index
    )
    body = _LINE.match(line)
    assert body is not None
    return _MARK.sub(lambda x: f"[{x['pii'].upper()}]" if x["pii"] else x["kw"], body["text"])


def ground_truth(parsed: Parsed, timing: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """JSON-ready ground truth; timing: each utterance's channel start/end seconds."""
    c = parsed.call
    return {
        "id": c.id,
        "trade": c.trade,
        "company": c.company,
        "date": CALL_DATE,
        "agent": {"name": c.agent, "voice": c.agent_voice},
        "customer": {"name": c.customer, "voice": c.customer_voice},
        "noise_db": c.noise_db,
        "reason": c.reason,
        "outcome": c.outcome,
        "utterances": [
            {
                "index": u.index,
                "speaker": u.speaker,
                "text": u.text,
                "sentiment": u.sentiment,
                **(timing[u.index] if timing else {}),
            }
            for u in parsed.utterances
        ],
        "pii": [_item(i) for i in parsed.pii],
        "must_survive": [_item(i) for i in parsed.keep],
        "action_items": [
            {
                "what": a.what,
                "owner": a.owner,
                "due": a.due,
                "due_words": a.due_words,
                "keywords": list(a.keywords),
            }
            for a in c.actions
        ],
    }


def _item(i: Item) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": i.type,
        "words": i.words,
        "utterance": i.utterance,
        "keys": {
            "digits": list(i.keys.digits),
            "letters": list(i.keys.letters),
            "words": list(i.keys.words),
        },
    }
    if i.role:
        out["role"] = i.role
    return out
