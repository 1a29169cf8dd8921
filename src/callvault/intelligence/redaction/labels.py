"""A number's own name: "your rental agreement number is 44 21", "work order no. 5512".

A business names its own numbers with an open class of nouns: every trade has its own (job,
permit, crate, loan file, pickup window…), and three evaluation sets in a row showed that a
list of them never catches the next trade's (ADR 0036, stop 24). Personal data is named by a
closed few words (card, account, social, member, phone, birth, address…). So a number said
as "<word> number" (or no., #, id, code) is named as something other than personal data
unless <word> is one of those few, sounds like one (the recogniser writes "card" as "car"),
or follows one ("account manager number", "security deposit number" stay unnamed: the
conservative reading). A possessive ("the manager's number") is a person's number: a phone.

Never decides alone: callers still hide what only a card or an SSN can be (`named_otherwise`
leaves a Luhn-valid card and a 3-2-4 group to them)."""

from __future__ import annotations

from callvault.intelligence.redaction.checksums import luhn_ok
from callvault.intelligence.redaction.common_names import edit_distance
from callvault.intelligence.redaction.context import Cue, cue_of
from callvault.intelligence.redaction.spoken import NumberRun
from callvault.intelligence.redaction.tokens import Token, back_past

# What names a number: "<word> number 5512", "<word> no. 5512", "<word> # 5512", "<word> id".
_HEADS = frozenset(["number", "numbers", "no", "num", "nr", "#", "id", "code", "ref"])
# Between the head and the digits ("…number is J 551 08", "…number: 44 21").
_BETWEEN = frozenset(
    ["is", "was", "it's", "its", "will", "be", "should", "reads", "shows", "says", ":", "-", "."]
)
_REACH = 6  # tokens from the head to the digits at most
# Words that name personal data besides the context cues' (card, account, social, phone…):
# places, identities and secrets. "pin" and "license" are BLOCK cues there (a PIN pad, a
# licence plate); here they stay personal, the conservative reading.
_PERSONAL = frozenset(
    [
        "security", "address", "house", "home", "street", "apartment", "apt", "unit", "suite",
        "flat", "building", "box", "patient", "tax", "passport", "driver's", "drivers",
        "driver", "license", "licence", "national", "pin", "passcode", "password", "access",
        "gate", "door", "alarm", "contact", "direct", "office", "work", "emergency", "back",
        "customer", "client", "student", "employee", "personal", "identification", "sort",
        "swift", "bic", "group", "health", "medical", "veteran", "frequent", "flyer",
        "flier", "loyalty", "rewards", "reward", "traveler", "traveller", "citizen", "visa",
    ]
)  # fmt: skip
# Words that make "<word> number" no name at all ("your number", "the same number").
_NOT_NAMES = frozenset(
    [
        "the", "a", "an", "your", "my", "our", "their", "his", "her", "its", "this", "that",
        "these", "those", "same", "other", "another", "new", "old", "right", "wrong",
        "correct", "full", "whole", "last", "first", "next", "different", "actual", "long",
        "short", "what", "what's", "which", "and", "or", "is", "it", "it's", "any", "some",
        "each", "every", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "digit", "digits", "main", "best", "good", "only", "that's", "whats",
        "give", "read", "say", "got", "have", "need", "with", "for", "of", "on", "in", "at",
    ]
)  # fmt: skip
_BEFORE_NAME = 3  # words before the name that may make it personal ("account manager")


def _personal(word: str) -> bool:
    """A word that names personal data, or is heard as one (one letter off, of 4+ letters:
    "car"/"cart" for "card", "cel" for "cell", "socia" for "social"). A recogniser drops or
    changes a sound, it does not add one: a longer word is its own ("contract" is not
    "contact", stop 25)."""
    if word in _PERSONAL or _cue_personal(word):
        return True
    return any(
        len(p) >= 4 and len(p) - 1 <= len(word) <= len(p) and edit_distance(word, p) == 1
        for p in _KNOWN
    )


def _cue_personal(word: str) -> bool:
    cue = cue_of(word)
    return cue is not None and cue is not Cue.BLOCK


_KNOWN = tuple(
    sorted(
        _PERSONAL
        | {
            "card", "credit", "debit", "visa", "account", "bank", "checking", "savings",
            "social", "phone", "cell", "mobile", "birth", "routing", "member", "policy",
            "subscriber", "insurance", "postal", "zip", "iban", "medicare", "medicaid",
            "expiry", "expiration",
        }
    )
)  # fmt: skip


_LICENCES = frozenset(["license", "licence", "permit"])
# Whose licence a word before it makes it: a driver's is personal; an office's, a trade's or a
# premises' is the business's ("your office license number is 228 516 9973", tenth-dev: hidden
# as a phone, and its read-back with it).
_PERSONAL_LICENCES = frozenset(
    ["driver's", "drivers", "driver", "driving", "your", "my", "his", "her", "their", "the",
     "a", "fishing", "hunting", "gun", "firearm", "firearms", "pilot's", "marriage"]
)  # fmt: skip


_PREMISES = frozenset(["office", "premises", "business", "shop", "store", "site", "venue"])


def _a_business_licence(tokens: list[Token], at: int) -> bool:
    """A licence or permit named by what it is for ("office license", "trade licence")."""
    if tokens[at].low not in _LICENCES or at == 0:
        return False
    before = tokens[at - 1]
    if not before.is_word or before.low in _PERSONAL_LICENCES:
        return False
    # A personal word before it keeps it personal ("work permit"), except the premises the
    # licence is for ("office license": a coworking member's desk, not a person).
    return before.low in _PREMISES or not _personal(before.low)


def name_at(tokens: list[Token], first: int) -> int | None:
    """The index of the word that names the number starting at token `first` ("agreement"
    in "your rental agreement number is 44 21"), or None when it has no such name."""
    k = first - 1
    # A letter prefix of the number itself ("J 551 08", "RC 559 30").
    if k >= 0 and tokens[k].is_word and len(tokens[k].text) <= 3 and tokens[k].text.isupper():
        k -= 1
    k = back_past(tokens, k + 1, _BETWEEN, _REACH - (first - 1 - k))
    if k < 1 or tokens[k].low not in _HEADS:
        return None
    if tokens[k].low == "no" and not (k + 1 < len(tokens) and tokens[k + 1].text == "."):
        return None  # "no" alone is an answer ("no, 4471"), "no." an abbreviation
    name = tokens[k - 1]
    if not name.is_word or name.low in _NOT_NAMES or name.low.endswith("'s"):
        return None
    return k - 1


def named_otherwise(tokens: list[Token], run: NumberRun) -> bool:
    """Whether the number is named as something that is not personal data ("work order
    number 5512", "your crate number is 17"). Not for what only a card or an SSN can be: a
    Luhn-valid card-length run, or nine digits in 3-2-4 groups."""
    if [len(c.digits) for c in run.chunks] == [3, 2, 4]:
        return False
    at = name_at(tokens, run.first)
    if at is None or (_personal(tokens[at].low) and not _a_business_licence(tokens, at)):
        return False
    # "account manager number", "social worker id": a personal word just before the name
    # (only the cues' own words: "work order number" is a work order's).
    before = [t.low for t in tokens[max(0, at - _BEFORE_NAME) : at] if t.is_word]
    if any(_cue_personal(w) or w == "security" for w in before):
        return False
    return not (13 <= len(run.digits) <= 19 and luhn_ok(run.digits))


# Money: another closed class ("the deposit of 450", "a 300 pet deposit", "$6.64"). An amount
# is short; a card or an account number said after "deposit" or "payment" is not. Left out:
# words that also answer ("Fine, 431", "Tip: …").
_MONEY = frozenset(
    [
        "deposit", "deposits", "payment", "payments", "premium", "installment", "instalment",
        "penalty", "surcharge", "rent", "tuition", "copay", "co-pay", "deductible", "payoff",
        "amount", "discount", "rebate", "fee", "fees", "charge", "charged",
        "cost", "costs", "price", "total", "balance", "refund", "refunded", "owe", "owed",
        "dollars", "dollar", "bucks", "cents", "euros", "pounds", "quid",
    ]
)  # fmt: skip
_MONEY_GLUE = frozenset(["of", "is", "was", "the", "a", "an", "your", "that", "for", "be", "it's"])
_MAX_AMOUNT = 6  # digits ("1,250.75" is 125075)
_CURRENCY = frozenset(["$", "€", "£"])


def said_as_money(tokens: list[Token], run: NumberRun, *, sign: bool = True) -> bool:
    """A short number said as an amount: after a currency sign (unless sign=False: the
    recogniser writes "$6789" for a spoken SSN's last four), after a money word (past "of",
    "is", "the"…), or with a money word among the two words after it."""
    if len(run.digits) > _MAX_AMOUNT:
        return False
    if sign and run.first > 0 and tokens[run.first - 1].text in _CURRENCY:
        return True
    k = back_past(tokens, run.first, _MONEY_GLUE, 3)
    if k >= 0 and tokens[k].low in _MONEY:
        return True
    after = [t for t in tokens[run.last + 1 : run.last + 4] if not t.is_digits][:3]
    words = [t.low for t in after if t.is_word][:2]
    return any(w in _MONEY for w in words)


# Words ending in "s" that are no plural noun: after a number they do not make it a count.
_NOT_PLURALS = frozenset(
    [
        "thanks", "yes", "was", "has", "does", "goes", "is", "his", "hers", "its", "this",
        "plus", "minus", "less", "unless", "always", "perhaps", "as", "us", "ours", "yours",
        "cheers", "sorts", "means", "gets", "says", "needs", "wants", "works", "whereas",
        "besides", "towards", "afterwards", "sometimes", "nevertheless", "regardless",
        "digits", "numbers", "letters", "characters", "ends", "starts", "begins",
    ]
)  # fmt: skip
_MAX_COUNT = 4  # digits of a count of things ("12 students", "1500 leaflets")


def counts_things(tokens: list[Token], run: NumberRun) -> bool:
    """A short number right before a plural noun counts things ("at most 12 students", "17
    bins", "40 guests"): a quantity, not an answer to a question for an identifier. Any
    noun, as every trade counts its own; "thanks", "digits" and the like are none."""
    if len(run.digits) > _MAX_COUNT or run.last + 1 >= len(tokens):
        return False
    if len(run.chunks) > 1 and all(len(c.digits) == 1 for c in run.chunks):
        # Read digit by digit, as no one counts: "Six six oaths" for the last four of a
        # social, "six six oh two" (thirteenth-dev: taken for 66 oaths and left)
        return False
    word = tokens[run.last + 1]
    low = word.low
    return (
        word.is_word
        and word.text.islower()
        and len(low) >= 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "'s"))
        and low not in _NOT_PLURALS
    )


# Words that join a list's items or a range's ends ("120, then 340, and 560", "2 to 4"):
# amounts, quantities and times are listed so, an identifier's groups are not.
LISTING = frozenset(["and", "then", "plus", "or", "to", "of", "by", "at", "for", "per", "from"])
SIGNS = frozenset({"$", "€", "£", ":", "%"})


def signed_or_pointed(tokens: list[Token], run: NumberRun, units: frozenset[str]) -> bool:
    """A number written as a price or a time: a sign before or after it, one of `units`
    right after it, or a point inside it ("10.30", "4.99", "10:45")."""
    before = tokens[run.first - 1].text if run.first > 0 else ""
    after = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
    if before in SIGNS or (after is not None and (after.text in SIGNS or after.low in units)):
        return True
    return any(t.text in (".", ":") for t in tokens[run.first : run.last + 1])
