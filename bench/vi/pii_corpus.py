"""A labelled corpus of call-centre sentences for the PII detector: for every entity type,
written and spoken variants from several templates with random valid values (Luhn-valid cards,
mod-97-valid IBANs, issuable SSNs), plus at least as many PII-free distractors full of numbers
(order ids that fail Luhn, prices, times, quantities, dates without birth context).

    from pii_corpus import corpus, KNOWN_NAMES
    items = corpus(n_per_type=40, seed=1)

Deterministic for a seed. Sentences are natural and speakable, so the audio benchmark can
synthesise them; gold spans are character offsets into `text`."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from speech import MONTHS, cardinal, ordinal, say_digits, spell, year

FORMS = ("written", "spoken")
TYPES = (
    "card_number", "bank_account", "ssn", "phone", "email", "date_of_birth", "address", "person",
)  # fmt: skip
FIRST = [
    "John",
    "Sarah",
    "Michael",
    "Emily",
    "David",
    "Priya",
    "Carlos",
    "Aisha",
    "Wei",
    "Olivia",
    "James",
    "Fatima",
    "Daniel",
    "Grace",
    "Mohammed",
    "Hannah",
    "Lucas",
    "Chloe",
    "Ethan",
    "Sofia",
    "Liam",
    "Maya",
    "Noah",
    "Elena",
    "Omar",
    "Zoe",
]
LAST = [
    "Miller",
    "Johnson",
    "Garcia",
    "Nguyen",
    "Patel",
    "Smith",
    "Okafor",
    "Rossi",
    "Kowalski",
    "Chen",
    "Anderson",
    "Murphy",
    "Fischer",
    "Haddad",
    "Lindqvist",
    "Romero",
    "Tanaka",
    "Brennan",
    "Dubois",
    "Walsh",
    "Moreno",
    "Kim",
]
# The workspace's users and contacts, given to the detector as known names.
KNOWN_NAMES = tuple(f"{f} {s}" for f, s in zip(FIRST[:12], LAST[:12], strict=True))
STREETS = [
    "Elm",
    "Oak",
    "Maple",
    "Baker",
    "Amphitheatre",
    "Sunset",
    "Lincoln",
    "Washington",
    "Cedar",
    "Highland",
    "Park",
    "Lake",
    "Pine",
    "Ridge",
    "Harbor",
    "Chestnut",
]
STREET_TYPES = [
    "Street",
    "Avenue",
    "Road",
    "Boulevard",
    "Lane",
    "Drive",
    "Parkway",
    "Court",
    "Way",
    "Place",
]
CITIES = [
    ("Mountain View", "CA"), ("Austin", "TX"), ("Portland", "OR"), ("Denver", "CO"),
    ("Boston", "MA"), ("Chicago", "IL"), ("Springfield", "Illinois"), ("Seattle", "Washington"),
]  # fmt: skip
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "company.co.uk", "acme.io", "hotmail.com"]


@dataclass(frozen=True, slots=True)
class GoldSpan:
    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    text: str
    spans: tuple[GoldSpan, ...]
    form: str  # "written" or "spoken"
    kind: str  # the entity type the sentence was made for, or "none" for a distractor


def fill(template: str, values: list[tuple[str, str]], form: str, kind: str) -> LabelledSentence:
    """Template with "{}" holes filled by (type, value); a type "" is a value that is no PII."""
    text, spans = "", []
    parts = template.split("{}")
    for part, (kind_of, value) in zip(parts, values, strict=False):
        text += part
        if kind_of:
            spans.append(GoldSpan(kind_of, len(text), len(text) + len(value)))
        text += value
    text += parts[-1]
    return LabelledSentence(text, tuple(spans), form, kind)


# ---- values ----------------------------------------------------------------------------------


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> list[str]:
    """A Luhn-valid card number in its printed groups."""
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("6011", 16), ("37", 15)])
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn_digit(body)
    if length == 15:
        return [number[:4], number[4:10], number[10:]]
    return [number[k : k + 4] for k in range(0, 16, 4)]


def not_card(rng: random.Random, n: int) -> str:
    """n digits that fail Luhn (an order or tracking number)."""
    body = digits(rng, n - 1)
    good = luhn_digit(body)
    return body + rng.choice([d for d in string.digits if d != good])


def iban(rng: random.Random) -> str:
    country, bban = rng.choice(
        [
            (
                "GB",
                "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(rng, 14),
            ),
            ("DE", digits(rng, 18)),
            ("NL", "".join(rng.choice("ABNRIGS") for _ in range(4)) + digits(rng, 10)),
            ("FR", digits(rng, 23)),
            ("ES", digits(rng, 20)),
        ]
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def us_phone(rng: random.Random) -> str:
    return f"{rng.randint(2, 9)}{digits(rng, 2)}{rng.randint(2, 9)}{digits(rng, 2)}{digits(rng, 4)}"


def name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


Maker = Callable[[random.Random, str], LabelledSentence]


# ---- PII sentences -------------------------------------------------------------------------


def make_card(rng: random.Random, form: str) -> LabelledSentence:
    groups = card(rng)
    if form == "written":
        value = rng.choice([" ", "-", " ", ""]).join(groups)
    else:
        value = say_digits(groups, rng)
    template = rng.choice(
        [
            "Sure, my card number is {}.",
            "The Visa card I want to use is {}, expiring next year.",
            "Okay, it's {}.",
            "Can you charge {} please?",
            "The long number on the front of the card is {}.",
            "Yeah so it's a Mastercard, {}, and the name on it is the same.",
            "I'd like to pay with {} today.",
        ]
    )
    return fill(template, [("card_number", value)], form, "card_number")


def make_bank(rng: random.Random, form: str) -> LabelledSentence:
    if rng.random() < 0.45:
        code = iban(rng)
        if form == "written":
            value = " ".join(code[k : k + 4] for k in range(0, len(code), 4))
            value = value if rng.random() < 0.7 else code
        else:
            # Letters spelled, digits said in groups of four.
            chunks = [code[k : k + 4] for k in range(0, len(code), 4)]
            value = ", ".join(spell(c) if any(ch.isalpha() for ch in c) else
                              say_digits([c], rng) for c in chunks)  # fmt: skip
        template = rng.choice(
            [
                "My IBAN is {}.",
                "Please send the refund to {}, that's my bank in Europe.",
                "The IBAN for the transfer is {}, thank you.",
                "It's {}, the account in my name.",
            ]
        )
        return fill(template, [("bank_account", value)], form, "bank_account")
    routing = rng.random() < 0.4
    number = digits(rng, 9) if routing else digits(rng, rng.randint(8, 12))
    groups = [number[k : k + 3] for k in range(0, len(number), 3)]
    value = number if form == "written" else say_digits(groups, rng)
    template = rng.choice(
        ["The routing number is {}.", "Routing number {}, for the direct deposit.",
         "And the bank's routing number, {}."]
        if routing
        else ["My account number is {}.", "The checking account is {}, at the credit union.",
              "Sure, the bank account number is {}.", "You can debit account number {}."]
    )  # fmt: skip
    kind = "routing_number" if routing else "bank_account"
    return fill(template, [(kind, value)], form, "bank_account")


def make_ssn(rng: random.Random, form: str) -> LabelledSentence:
    number = ssn(rng)
    groups = [number[:3], number[3:5], number[5:]]
    if form == "written":
        value = "-".join(groups)
        template = rng.choice(
            [
                "My social security number is {}.",
                "It's {}, the SSN on file.",
                "Sure, {}.",
                "For verification my social is {}.",
                "The number you need is {} I think.",
            ]
        )
    else:
        value = say_digits(groups, rng)
        template = rng.choice(
            [
                "My social security number is {}.",
                "Social is {}.",
                "The SSN would be {}.",
                "For the last part, my social security number, it's {}.",
            ]
        )
    return fill(template, [("ssn", value)], form, "ssn")


def make_phone(rng: random.Random, form: str) -> LabelledSentence:
    international = rng.random() < 0.2
    if international:
        groups = ["44", "20", digits(rng, 4), digits(rng, 4)]
        value = "+" + " ".join(groups) if form == "written" else "plus " + say_digits(groups, rng)
    else:
        number = us_phone(rng)
        groups = [number[:3], number[3:6], number[6:]]
        if form == "written":
            value = rng.choice(
                [
                    f"{groups[0]}-{groups[1]}-{groups[2]}",
                    f"({groups[0]}) {groups[1]}-{groups[2]}",
                    f"{groups[0]}.{groups[1]}.{groups[2]}",
                    f"+1 {groups[0]} {groups[1]} {groups[2]}",
                    f"+1 ({groups[0]}) {groups[1]}-{groups[2]}",
                ]
            )
        else:
            value = say_digits(groups, rng)
            if rng.random() < 0.25:
                value = "area code " + value
    template = rng.choice(
        [
            "You can reach me at {}.",
            "My cell is {}.",
            "Call me back on {} after five.",
            "The best number is {}.",
            "It's {}, that's my mobile.",
            "Yeah, {} is the number.",
            "My phone number is {}.",
        ]
    )
    return fill(template, [("phone", value)], form, "phone")


def make_email(rng: random.Random, form: str) -> LabelledSentence:
    first, last = name(rng)
    f, s, domain = first.lower(), last.lower(), rng.choice(DOMAINS)
    style = rng.choice(["dot", "underscore", "initial", "plain"])
    if form == "written":
        local = {"dot": f"{f}.{s}", "underscore": f"{f}_{s}", "initial": f"{f[0]}{s}",
                 "plain": f"{f}{rng.randint(1, 99)}"}[style]  # fmt: skip
        value = f"{local}@{domain}"
    else:
        said = {
            "dot": f"{f} dot {s}",
            "underscore": f"{f} underscore {s}",
            "initial": f"{f[0]} {s}",
            "plain": f"{f} {cardinal(rng.randint(10, 99))}",
        }
        local = said[style]
        value = f"{local} at {domain.replace('.', ' dot ')}"
    template = rng.choice(
        [
            "My email is {}.",
            "Send it to {} please.",
            "The email address on the account is {}.",
            "Sure, it's {}.",
            "You can email me at {} anytime.",
        ]
    )
    return fill(template, [("email", value)], form, "email")


def make_dob(rng: random.Random, form: str) -> LabelledSentence:
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[m - 1]
    if form == "written":
        suffix = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        value = rng.choice(
            [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{month} {d}{suffix}, {y}",
             f"{month} {d}, {y}", f"{d} {month} {y}"]
        )  # fmt: skip
    else:
        value = rng.choice(
            [f"the {ordinal(d)} of {month} {year(y)}", f"{month} {ordinal(d)}, {year(y)}",
             f"{month} the {ordinal(d)}, {year(y)}"]
        )  # fmt: skip
    template = rng.choice(
        [
            "My date of birth is {}.",
            "I was born on {}.",
            "Date of birth, {}.",
            "DOB is {}.",
            "My birthday is {}, if you need it.",
            "For security, I was born {}.",
        ]
    )
    return fill(template, [("date_of_birth", value)], form, "date_of_birth")


def make_address(rng: random.Random, form: str) -> LabelledSentence:
    house = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    street = f"{rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    city, state = rng.choice(CITIES)
    zip_code = digits(rng, 5)
    unit = rng.randint(1, 12)
    if form == "written":
        number = str(house) + ("B" if rng.random() < 0.1 else "")
        value = rng.choice(
            [f"{number} {street}", f"{number} {street}, Apt {unit}",
             f"{number} {street}, {city}, {state} {zip_code}", f"{number} {street}, Suite {unit}"]
        )  # fmt: skip
    else:
        said = cardinal(house) if rng.random() < 0.7 else say_digits([str(house)], rng)
        value = rng.choice(
            [f"{said} {street}", f"{said} {street}, apartment {cardinal(unit)}",
             f"{said} {street}, {city}"]
        )  # fmt: skip
        if value.endswith(city):
            value = value[: -len(city) - 2]  # a bare city without state is not labelled
            template_tail = f", {city}"
        else:
            template_tail = ""
        template = rng.choice(
            ["I live at {}" + template_tail + ".", "The address is {}" + template_tail + ".",
             "Ship it to {}" + template_tail + " please.", "We moved to {}" + template_tail + "."]
        )  # fmt: skip
        return fill(template, [("address", value)], form, "address")
    template = rng.choice(
        ["I live at {}.", "The billing address is {}.", "Please ship it to {}.",
         "Our new address is {}, we moved last month."]
    )  # fmt: skip
    return fill(template, [("address", value)], form, "address")


def make_person(rng: random.Random, form: str) -> LabelledSentence:
    first, last = name(rng)
    if form == "spoken" and rng.random() < 0.5:
        known = rng.choice(KNOWN_NAMES)
        template = rng.choice(
            ["I spoke with {} last week about this.", "Can you put me through to {}?",
             "{} said she would call me back.", "Is {} available today?"]
        )  # fmt: skip
        return fill(template, [("person", known)], form, "person")
    title = rng.choice(["Mr.", "Ms.", "Mrs.", "Dr."]) if form == "written" else "Mister"
    options = [
        ("My name is {}.", f"{first} {last}"),
        ("Hi, this is {} from the billing team.", first),
        ("Hi, this is {} calling about my order.", f"{first} {last}"),
        ("I need to speak with " + title + " {} please.", last),
        ("Yes, my name's {}.", f"{first} {last}"),
    ]
    template, value = rng.choice(options)
    return fill(template, [("person", value)], form, "person")


MAKERS: dict[str, Maker] = {
    "card_number": make_card,
    "bank_account": make_bank,
    "ssn": make_ssn,
    "phone": make_phone,
    "email": make_email,
    "date_of_birth": make_dob,
    "address": make_address,
    "person": make_person,
}


# ---- distractors: numbers that are not personal data -----------------------------------------


def make_distractor(rng: random.Random, form: str) -> LabelledSentence:
    spoken = form == "spoken"
    order = not_card(rng, rng.choice([8, 10, 12, 16]))
    order_said = say_digits([order[k : k + 4] for k in range(0, len(order), 4)], rng)
    price = rng.randint(5, 999)
    cents = rng.randint(1, 99)
    hour, minute = rng.randint(1, 12), rng.choice([15, 30, 45])
    month, day = rng.choice(MONTHS), rng.randint(1, 28)
    qty = rng.randint(2, 9)
    yr = rng.randint(2015, 2025)
    options_written = [
        f"My order number is {order}, it hasn't arrived.",
        f"The tracking number they gave me was {order}.",
        f"Reference {order[:8]} on the invoice.",
        f"That comes to ${price}.{cents:02d} with tax.",
        f"Your total today is ${price}.{cents:02d}.",
        f"Can we do the call at {hour}:{minute} tomorrow?",
        f"I ordered {qty} of them but only {qty - 1} came.",
        f"The delivery was scheduled for {month} {day}, {yr}.",
        f"I called on {rng.randint(1, 12)}/{day}/{yr} and nobody answered.",
        f"We've been customers since {yr}, about {rng.randint(2, 9)} years now.",
        f"The case number is {order[:10]}, can you check it?",
        f"It's about {price} units per month, give or take.",
        f"Extension {rng.randint(1000, 9999)} is the support desk.",
        f"The promo code was SAVE{rng.randint(10, 50)} but it didn't apply.",
        f"We're on Main Street, next to the {rng.choice(['bank', 'pharmacy', 'post office'])}.",
        f"Model {rng.randint(100, 999)}X was replaced by the {rng.randint(100, 999)}.",
        f"Room {rng.randint(100, 999)}, second floor, at {hour}:{minute}.",
        f"The confirmation is {order}, I have it here.",
    ]
    options_spoken = [
        f"My order number is {order_said}, it hasn't arrived.",
        f"The tracking number is {order_said}.",
        f"That comes to {cardinal(price)} dollars and {cardinal(cents)} cents.",
        f"It was {cardinal(price)} ninety nine, I think.",
        f"Can we talk at {cardinal(hour)} {cardinal(minute)} tomorrow?",
        f"See you at {cardinal(hour)} thirty then.",
        f"Maybe {cardinal(qty)} or {cardinal(qty + 1)} boxes, I'm not sure.",
        f"The delivery was on {month} {ordinal(day)}.",
        f"We opened the ticket on the {ordinal(day)} of {month}.",
        f"I've been with you for {cardinal(rng.randint(2, 20))} years now.",
        f"Press {cardinal(rng.randint(1, 9))} for billing, then {cardinal(rng.randint(1, 9))}.",
        f"The case number is {order_said}.",
        f"Back in {cardinal(yr)} we had the same problem.",
        f"One of the {cardinal(qty)} items was broken.",
        f"It's about {cardinal(price)} a month.",
        f"Give me {cardinal(qty)} minutes and I'll call you back.",
        "We're on Main Street, right by the station.",
    ]
    text = rng.choice(options_spoken if spoken else options_written)
    return LabelledSentence(text, (), form, "none")


def corpus(n_per_type: int, seed: int) -> list[LabelledSentence]:
    """n_per_type sentences per entity type and form, plus as many distractors per form as all
    the entity sentences of that form together. Deterministic for a seed."""
    rng = random.Random(seed)
    items: list[LabelledSentence] = []
    for form in FORMS:
        for kind in TYPES:
            items += [MAKERS[kind](rng, form) for _ in range(n_per_type)]
        items += [make_distractor(rng, form) for _ in range(n_per_type * len(TYPES))]
    return items


if __name__ == "__main__":
    for item in corpus(2, 0):
        marks = ", ".join(f"{s.type}={item.text[s.start : s.end]!r}" for s in item.spans)
        print(f"[{item.form}/{item.kind}] {item.text}  -> {marks}")
