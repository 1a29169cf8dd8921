"""What the words just before a number say it is. The same nine digits are an SSN after "my
social is", a routing number after "routing", and nothing to redact after "order number"."""

from __future__ import annotations

from enum import Enum

from callvault.intelligence.redaction.tokens import Token


class Cue(Enum):
    CARD = "card"
    BANK = "bank"
    SSN = "ssn"
    PHONE = "phone"
    BIRTH = "birth"
    BLOCK = "block"  # order ids, prices, codes: the number is not personal data


_WORDS: dict[str, Cue] = {
    **dict.fromkeys(
        [
            "card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc", "cvv",
            "charge",  # "can you charge 4111…": a long number after it is the card
        ],
        Cue.CARD,
    ),
    **dict.fromkeys(
        [
            "account", "acct", "routing", "aba", "bank", "checking", "savings", "iban", "acc",
            "ibin", "iben", "ibn", "eban",  # how the recogniser writes "IBAN"
        ],
        Cue.BANK,
    ),
    **dict.fromkeys(["ssn", "social", "ss"], Cue.SSN),
    **dict.fromkeys(
        [
            "phone", "telephone", "call", "calling", "reach", "cell", "cellphone", "mobile",
            "tel", "fax", "text", "dial", "landline", "callback", "whatsapp", "ring", "number's",
        ],
        Cue.PHONE,
    ),
    **dict.fromkeys(["birth", "born", "dob", "birthday"], Cue.BIRTH),
    **dict.fromkeys(
        [
            "order", "orders", "tracking", "invoice", "reference", "ref", "confirmation",
            "ticket", "case", "claim", "policy", "member", "membership", "serial", "model",
            "part", "item", "sku", "receipt", "transaction", "pin", "zip", "postal", "id",
            "dollars", "dollar", "bucks", "cents", "euros", "pounds", "price", "cost", "total",
            "balance", "employee", "customer", "loyalty", "voucher", "coupon", "promo",
            "booking", "reservation", "shipment", "package", "parcel", "extension", "ext",
            "units", "percent", "items", "pieces", "version", "room", "flight", "gate",
            "invoices", "quote", "batch", "lot", "product", "license", "licence", "seat",
            "page", "step", "year", "years", "minutes", "hours", "days", "weeks", "months",
        ],
        Cue.BLOCK,
    ),
}  # fmt: skip
# "code" depends on the word before it: an area code is a phone number, a sort code a bank
# detail, anything else (promo, verification, zip) is not personal data.
_CODE = {"area": Cue.PHONE, "sort": Cue.BANK, "security": Cue.CARD}
_STOP = frozenset({"?", "!", ";"})
WINDOW = 8


def cues_before(tokens: list[Token], i: int, window: int = WINDOW) -> list[Cue]:
    """Cues among the `window` tokens before token i, nearest first. The scan stops at a
    sentence end or another number, so one number's label does not leak to the next."""
    out: list[Cue] = []
    j = i - 1
    while j >= 0 and i - j <= window:
        t = tokens[j]
        if t.text in _STOP or t.is_digits:
            break
        if t.text == "." and j + 1 < len(tokens) and tokens[j + 1].start > t.end:
            break
        cue = _WORDS.get(t.low)
        if t.low == "code":
            cue = _CODE.get(tokens[j - 1].low, Cue.BLOCK) if j > 0 else Cue.BLOCK
            j -= 1
        elif t.low == "security" and j > 0 and tokens[j - 1].low == "social":
            cue = Cue.SSN
        if cue is not None:
            out.append(cue)
        j -= 1
    return out


def cues_after(tokens: list[Token], last: int, window: int = 3) -> list[Cue]:
    """Units right after a number ("25 dollars", "3 items") mark it as not personal."""
    out: list[Cue] = []
    for t in tokens[last + 1 : last + 1 + window]:
        if t.is_digits or t.text in _STOP:
            break
        cue = _WORDS.get(t.low)
        if cue is Cue.BLOCK:
            out.append(cue)
    return out
