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
    EXPIRY = "expiry"  # the card's expiry date
    CVV = "cvv"  # the card's security code
    ROUTING = "routing"  # a bank's routing (ABA) number
    MEMBER = "member"  # insurance member, policy or subscriber id
    ZIP = "zip"  # a ZIP code: part of an address
    LAST_FOUR = "last_four"  # "the last four of my social": four digits are the whole answer
    BLOCK = "block"  # order ids, prices, codes: the number is not personal data


# Documents a business issues, by their own numbers (sixth- and eighth-dev: a rental
# agreement's number taken for a member id, a refund slip's for a security code).
DOCUMENTS = (
    "agreement", "contract", "lease", "slip", "docket", "folio", "proof", "authorization",
    "authorisation",
)  # fmt: skip

_WORDS: dict[str, Cue] = {
    **dict.fromkeys(
        [
            "card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc",
            "charge",  # "can you charge 4111…": a long number after it is the card
        ],
        Cue.CARD,
    ),
    **dict.fromkeys(
        [
            "account", "acct", "bank", "checking", "savings", "iban", "acc",
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
    **dict.fromkeys(["birth", "born", "dob", "birthday", "birthdate"], Cue.BIRTH),
    **dict.fromkeys(["routing", "aba", "transit"], Cue.ROUTING),
    **dict.fromkeys(["cvv", "cvc", "csc", "cv2", "cvv2"], Cue.CVV),
    **dict.fromkeys(
        ["expiry", "expiration", "expires", "expire", "expiring", "exp", "expiry's"], Cue.EXPIRY
    ),
    **dict.fromkeys(
        ["member", "membership", "policy", "subscriber", "insurance", "medicare", "medicaid"],
        Cue.MEMBER,
    ),
    **dict.fromkeys(["zip", "zipcode", "postal", "postcode"], Cue.ZIP),
    **dict.fromkeys(
        [
            "order", "orders", "tracking", "invoice", "reference", "ref", "confirmation",
            "ticket", "case", "claim", "serial", "model",
            "part", "item", "sku", "receipt", "transaction", "pin", "id",
            "dollars", "dollar", "bucks", "cents", "euros", "pounds", "price", "cost", "total",
            "balance", "employee", "customer", "loyalty", "voucher", "coupon", "promo",
            "booking", "reservation", "shipment", "package", "parcel", "extension", "ext",
            "units", "percent", "items", "pieces", "version", "room", "flight", "gate",
            "invoices", "quote", "batch", "lot", "product", "license", "licence", "seat",
            "page", "step", "year", "years", "minutes", "hours", "days", "weeks", "months",
            # A business's numbers for its own work (fifth-dev, ADR 0036 stop 23).
            "job", "application", "intake", "statement", "review", "permit", "citation",
            "violation", "estimate", "appointment", "enrollment", "enrolment", "incident",
            "complaint", "dispute", "locker", "zone",
            *DOCUMENTS,
        ],
        Cue.BLOCK,
    ),
}  # fmt: skip


# Words that put an extension after a phone number ("617 550 4816 extension 214", "ext. 2").
EXTENSION_WORDS = frozenset(["extension", "ext", "x"])


def cue_of(word: str) -> Cue | None:
    """What a lower-case word says about a number near it, if anything."""
    return _WORDS.get(word)


# "code" depends on the word before it: an area code is a phone number, a sort code a bank
# detail, a security code the card's, a ZIP code part of an address; anything else (promo,
# verification, discount) is not personal data.
_CODE = {
    "area": Cue.PHONE,
    "sort": Cue.BANK,
    "security": Cue.CVV,
    "cvv": Cue.CVV,
    "digit": Cue.CVV,  # "the three digit code"
    "zip": Cue.ZIP,
    "postal": Cue.ZIP,
}
# An "id" or "number" is a member id after these words ("member id", "policy number"), and a
# person's id in other trades ("your enrollment ID is L C B two oh four…", "donor number",
# fifteenth-dev; "loyalty number", fourteenth-dev). member_ids.py reads ids after them.
ID_OWNERS = frozenset(
    {"member", "membership", "policy", "subscriber", "insurance", "patient"}
    | {"enrollment", "enrolment", "donor", "student", "loyalty", "beneficiary", "participant"}
)
_STOP = frozenset({"?", "!", ";"})
WINDOW = 8
_NEEDS_NEIGHBOURS = frozenset({"code", "id", "security", "back", "last", "account"})
# An account a business keeps for its customer, not one at a bank ("Trade Account 77041",
# eleventh-dev: the brewery's account number was hidden as a bank account).
_BUSINESS_ACCOUNTS = frozenset(
    {"trade", "customer", "store", "wholesale", "loyalty", "rewards", "online", "web", "client"}
)


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
        low = t.low
        cue = _WORDS.get(low)
        if low in _NEEDS_NEIGHBOURS:  # the few words whose meaning depends on the next one
            prev = tokens[j - 1].low if j > 0 else ""
            if low == "code":
                if prev == "-" and j > 1:  # "zip-code", "security-code"
                    j -= 1
                    prev = tokens[j - 1].low
                cue = _CODE.get(prev, Cue.BLOCK)
                j -= 1
            elif low == "id" and prev in ID_OWNERS:
                cue = Cue.MEMBER
                j -= 1
            elif low == "security" and prev == "social":
                cue = Cue.SSN
            elif low == "back" and _code_on_the_back(tokens, j):
                cue = Cue.CVV
            elif low == "last" and j + 1 < len(tokens) and tokens[j + 1].low in ("four", "4"):
                cue = Cue.LAST_FOUR
            elif low == "account" and prev in _BUSINESS_ACCOUNTS:
                cue = Cue.BLOCK
        if cue is not None:
            out.append(cue)
        j -= 1
    return out


def _sentence_end(tokens: list[Token], k: int) -> bool:
    """A full stop with a space after it (not the point of "10.5")."""
    return tokens[k].text == "." and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end)


def _code_on_the_back(tokens: list[Token], j: int) -> bool:
    """ "the code on the back", "the three digits on the back": the card's security code."""
    words = [t.low for t in tokens[max(0, j - 4) : j]]
    return "on" in words and ("code" in words or "digits" in words or "numbers" in words)


def cues_after(tokens: list[Token], last: int, window: int = 3) -> list[Cue]:
    """Units right after a number ("25 dollars", "3 items") mark it as not personal; not
    past the sentence's end ("…my work line 312 744 0916. The extension is…", seventeenth-dev:
    the next sentence's "extension" kept the phone number whole)."""
    out: list[Cue] = []
    for k in range(last + 1, min(len(tokens), last + 1 + window)):
        t = tokens[k]
        if t.is_digits or t.text in _STOP or _sentence_end(tokens, k):
            break
        cue = _WORDS.get(t.low)
        if cue is Cue.BLOCK:
            out.append(cue)
    return out
