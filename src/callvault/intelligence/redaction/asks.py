"""Questions that make the answer personal data. When one party asks "what is the code on the
back?", "and your date of birth?" or "the last four of your social?", the other party's next
words are the answer, whatever they sound like and however the recogniser split them; the
answerer need not repeat the label ("one two three"). This module only finds the asking
phrases and what they ask for; `conversation` decides which words answer them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.entities import EntityType
from callvault.intelligence.redaction.tokens import Token, glued


class Ask(Enum):
    CARD = EntityType.CARD_NUMBER
    EXPIRY = EntityType.CARD_EXPIRY
    CVV = EntityType.CARD_SECURITY_CODE
    SSN = EntityType.SSN
    BIRTH = EntityType.DATE_OF_BIRTH
    BANK = EntityType.BANK_ACCOUNT
    ROUTING = EntityType.ROUTING_NUMBER
    MEMBER = EntityType.MEMBER_ID
    ADDRESS = EntityType.ADDRESS
    PHONE = EntityType.PHONE
    NONE = None  # a question about something that is not personal data (an order number)


def _phrases(kind: Ask, text: str) -> list[tuple[tuple[str, ...], Ask]]:
    return [(tuple(p.split()), kind) for p in text.split("|")]


# Word sequences (lower-case tokens) that ask for, or announce, an item. Longer phrases are
# tried first, so "card verification" is the security code, not the card.
_TABLE: list[tuple[tuple[str, ...], Ask]] = sorted(
    _phrases(
        Ask.CVV,
        "code on the back|digits on the back|numbers on the back|back of the card|security code|"
        "cvv|cvc|csc|cv2|cvv2|three digit code|four digit code|card verification|"
        "verification value|on the back|three digits|3 digits|three digit|"
        "code on the back of the card|digits on the back of the card|on the back of the card|"
        # "And the security code?" heard as "is the code" (fourth-dev): longer phrases for
        # other codes ("zip code", "promo code", "discount code") are tried first.
        "the code",
    )
    + _phrases(
        Ask.EXPIRY,
        "expiry|expiration|expires|expire|expiring|exp|expiry date|valid thru|valid through|"
        "good thru|good through|expiry's",
    )
    + _phrases(
        Ask.SSN,
        "social security|ssn|your social|my social|the social|last four of your social|"
        "social's|socials",
    )
    + _phrases(
        Ask.BIRTH,
        # "The campers' names and birthdays." (thirteenth-dev: the answer's date was left)
        "date of birth|birth date|birthdate|dob|d o b|born|birthday|birthdays|dates of birth|"
        # "date of birth" as the recogniser hears it ("her day to birth", fourteenth-dev)
        "day of birth|day to birth|date to birth|date at birth|date a birth",
    )
    + _phrases(
        Ask.CARD,
        "card number|credit card|debit card|number on the card|long number|visa|mastercard|"
        "amex|american express|discover card|card's number|by card|your card|the card|"
        "card details|card deposit|deposit on the card|deposit by card|"
        # "Shall I charge a card?" (sixteenth-dev); not "a card" alone, which is also mailed,
        # nor the payer's own "on a card, please", which announces the card it reads out
        "charge a card|which card|"
        # A card to secure a booking: "I'll need a card to hold the visit" (sixteenth-dev:
        # the digits read next were left)
        "need a card|card to hold|card to secure|card to reserve|card to guarantee",
    )
    + _phrases(
        Ask.BANK,
        "account number|bank account|checking account|savings account|iban|account's|"
        # "IBAN" as the recogniser writes it ("The I -Ben.", ninth-dev); not "i ban", which
        # is English.
        "i ben|eye ban|"
        # … and "Your IBAN?" heard "where I bond." and "have you or I bond?" (nineteenth-dev,
        # twice). "I bond with…" opens a question too, and only the next digits are hidden.
        "i bond|"
        # A payout paid into the bank: what comes next is its routing and account numbers.
        "direct deposit|bank transfer|wire transfer|deposit it into|pay it into",
    )
    + _phrases(
        Ask.ROUTING,
        "routing|aba|transit number|"
        # An Australian bank-state-branch number, and as the recogniser wrote it
        # (twentieth-dev: "your BSC." before the BSB was read out).
        "bsb|bsc|"
        # A UK sort code, and as the recogniser wrote it ("Your short code,", twentieth-dev)
        "sort code|short code",
    )
    + _phrases(
        Ask.MEMBER,
        "member id|member number|membership number|policy number|policy id|subscriber id|"
        "insurance id|patient id|group number|medicare number|medicaid number|insurance|"
        "new member|member is|"
        # Airline and store programmes: the number names the person as well as an insurer's.
        "frequent flyer|frequent flier|flyer number|loyalty number|rewards number|"
        "loyalty card number|rewards card number",
    )
    + _phrases(
        Ask.ADDRESS,
        "address|street address|billing address|home address|mailing address|"
        "shipping address|where do you live|zip|zip code|postal code|postcode|eircode|"
        # Where a delivery goes ("Where should it go?", twentieth-dev: the Austrian street,
        # number and postcode said next were left)
        "where should it go|where should we send|where shall we send|where do we send|"
        "where should we deliver|where shall we deliver|where should it be delivered|"
        # "We're still posting your notices to the unit. Where should they go?"
        # (twenty-first-dev: the new street and suburb were left)
        "where should they go|where should they be sent|where should we post|"
        "where should we mail|where do we post|where do we mail",
    )
    + _phrases(
        Ask.PHONE,
        "phone number|callback number|call back number|best number|number to reach|"
        "cell number|mobile number|telephone number|phone's|"
        # "And the mobile on the account." (twelfth-dev: the answer's digits were left)
        "your mobile|mobile on|your cell|cell phone|mobile phone|your landline|the landline|"
        "mobile's|cell's|"
        # Someone else's: "Can I have her mobile, in case he can't find it?" (thirteenth-dev)
        "her mobile|his mobile|her cell|his cell|their mobile|her number|his number|"
        "their number|"
        # "Is there a number for her for that morning?" (seventeenth-dev: the answer and the
        # agent's read-back were left)
        "number for her|number for him|number for them|number for you|number for your|"
        # "And a mobile for cancellations." (nineteenth-dev, heard "and a mobile Fairweather
        # cancellation": the answer over two turns was left)
        "and a mobile|and a cell",
    )
    + _phrases(
        Ask.NONE,
        "order number|order id|tracking|ticket|confirmation|reference|case number|invoice|"
        "claim number|how much|amount|total|extension|what time|model number|serial number|"
        "email address|mail address|ip address|web address|promo code|discount code|"
        # The business's own paper: what follows is no answer to a card question still open
        # ("set your receipt of 6.62 of 1.9" after the expiry and code, tenth-dev).
        "receipt number|receipt of|receipt is|receipt reads",
    ),
    key=lambda p: -len(p[0]),
)
_FIRST: dict[str, list[tuple[tuple[str, ...], Ask]]] = {}
for _words, _kind in _TABLE:
    _FIRST.setdefault(_words[0], []).append((_words, _kind))


# Phrases that ask nothing when these words follow: a rule's code ("the code of practice",
# "the code for the side gate") and routing as a verb ("routing the hose out the window",
# "routing your call"): eighth-dev, where each made the next digits an answer.
_OBJECTS = frozenset(
    ["the", "a", "an", "it", "them", "this", "that", "your", "my", "our", "his", "her", "calls"]
)
# "Card" naming another thing: "by the card table" (tenth-dev: the customer's next digits,
# an office licence number they wrote down, were hidden as a security code and an expiry),
# a card game, card stock, a card machine that reads the card so nobody says it.
_CARD_THINGS = frozenset(
    [
        "table", "tables", "game", "games", "stock", "shop", "trick", "tricks", "holder",
        "holders", "index", "catalogue", "catalog", "deck", "party", "players", "room",
        "machine", "reader", "terminal", "sharp", "sharps",
    ]
)  # fmt: skip
# A birthday being celebrated, not asked for: "can we bring a birthday cake?", "book a
# birthday for my sister" (eleventh-dev: the times and prices in the answer were hidden as a
# date of birth).
_PARTY_THINGS = frozenset(
    [
        "cake", "cakes", "party", "parties", "present", "presents", "gift", "gifts", "card",
        "cards", "celebration", "dinner", "lunch", "meal", "treat", "surprise", "song",
        "balloons", "candles", "bash", "trip", "booking", "package", "voucher", "for",
    ]
)  # fmt: skip
_NOT_ASKING_BEFORE: dict[tuple[str, ...], frozenset[str]] = {
    ("birthday",): _PARTY_THINGS,
    ("birthdays",): _PARTY_THINGS,
    ("the", "code"): frozenset(["of", "for", "to"]),
    ("routing",): _OBJECTS | {"call"},
    ("the", "card"): _CARD_THINGS,
    ("your", "card"): _CARD_THINGS,
}


@dataclass(frozen=True, slots=True)
class Asked:
    kind: Ask
    first: int  # token indices of the phrase
    last: int


def asks_in(tokens: list[Token]) -> list[Asked]:
    """Every asking phrase in the tokens, left to right, longest match at each position.
    Hyphens glued between words are looked through: recognisers write "date-of-birth" and
    "zip-code" as often as the words apart."""
    keep = [k for k, t in enumerate(tokens) if not _joining_hyphen(tokens, k)]
    words = [tokens[k].low for k in keep]
    out: list[Asked] = []
    i = 0
    while i < len(words):
        hit = next(
            ((w, k) for w, k in _FIRST.get(words[i], ()) if tuple(words[i : i + len(w)]) == w),
            None,
        )
        if (
            hit is not None
            and words[i + len(hit[0]) : i + len(hit[0]) + 1]
            and (words[i + len(hit[0])] in _NOT_ASKING_BEFORE.get(hit[0], ()))
        ):
            hit = None
        if hit is None:
            # Not just after a known phrase: "(your) social security number" is asked already.
            after_phrase = out and out[-1].last >= keep[max(0, i - 2)]
            if not after_phrase and _some_number(words, i):
                out.append(Asked(Ask.MEMBER, keep[i - 1], keep[i]))
            elif not after_phrase and (
                _number_to_call(words, i) or _number_for_someone(tokens, keep, i)
            ):
                out.append(Asked(Ask.PHONE, keep[i], keep[i]))
            i += 1
            continue
        out.append(Asked(hit[1], keep[i], keep[i + len(hit[0]) - 1]))
        i += len(hit[0])
    return out


# Words before "number" or "id" that do not name what the number is ("your number", "the
# right number", "a new ID"); words `context` already gives a cue (phone, order …) are not
# repeated here.
_NOT_A_NAME = frozenset(
    [
        "the", "a", "an", "your", "my", "his", "her", "their", "our", "its", "this", "that",
        "these", "those", "what", "which", "whose", "any", "same", "right", "wrong",
        "correct", "full", "whole", "new", "old", "other", "another", "different", "good",
        "best", "main", "that's", "it's", "is", "was", "of", "and", "or", "to", "for", "with",
        "by", "on", "in", "at", "from", "as", "contact", "home", "work", "office", "direct",
        "toll", "free",
        # Things, not people: a prescription, a unit, a bill, a part keep their numbers.
        "prescription", "rx", "refill", "unit", "apartment", "suite", "house", "building",
        "floor", "bill", "check", "cheque", "job", "purchase", "return", "rma", "delivery",
        "shipping", "container", "platform", "route", "bus", "train", "table",
        # A document shown, not a number asked for ("bring a photo ID", sixteenth-dev).
        "photo", "picture", "valid",
        # Which of several, not whose: "a fourth number" ("and the quote number" as heard,
        # fourteenth-dev: the quote number answered was hidden as a member id)
        "first", "second", "third", "fourth", "fifth", "last", "next", "previous", "another",
    ]
)  # fmt: skip


def _some_number(words: list[str], i: int) -> bool:
    """ "<something> number" or "<something> ID" that the table does not know ("passport
    number", "frequent flyer number" heard as "dire number", "student ID"): an identifier
    of the person unless its word says otherwise (an order, a flight, a room: `context`'s
    BLOCK words), so its answer is taken as a member id would be (letters and digits)."""
    if words[i] not in ("number", "id") or i == 0:
        return False
    word = words[i - 1].removesuffix("'s").removesuffix("’s")  # "the patient's number"
    if len(word) < 3 or not word.isalpha() or word in _NOT_A_NAME:
        return False
    return cue_of(word) in (None, Cue.MEMBER)


_CALLING = frozenset(["call", "reach", "text", "ring"])


def _number_to_call(words: list[str], i: int) -> bool:
    """ "the number the technician can call", "a number we can reach you on": a phone asked
    for in words apart (sixteenth-dev: the answer's digits were left)."""
    return words[i] == "number" and bool(_CALLING & set(words[i + 1 : i + 5]))


_FOR_SOMEONE = frozenset(["her", "him", "them", "you", "your", "yourself"])


def _number_for_someone(tokens: list[Token], keep: list[int], i: int) -> bool:
    """ "Can I get a number for Helen?", "a good number for her": a phone asked for a person
    (seventeenth-dev: the wife's mobile, said and read back, was left). Not "a number for the
    claim": the word after "for" is a person's name or a pronoun for one."""
    if tokens[keep[i]].low != "number" or i < 1 or i + 2 >= len(keep):
        return False
    if tokens[keep[i - 1]].low not in ("a", "good", "best", "contact"):
        return False
    person = tokens[keep[i + 2]]
    return tokens[keep[i + 1]].low == "for" and (
        person.low in _FOR_SOMEONE or (person.is_title and person.low not in ("the", "a"))
    )


def _joining_hyphen(tokens: list[Token], k: int) -> bool:
    """A hyphen inside a phrase: glued on both sides ("date-of-birth"), or glued to the next
    word only, which is how Whisper writes a word it continues ("The I -Ben.")."""
    t = tokens[k]
    return (
        t.text == "-"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].is_word
        and tokens[k + 1].is_word
        and glued(t, tokens[k + 1])
    )
