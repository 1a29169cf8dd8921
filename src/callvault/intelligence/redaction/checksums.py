"""Check digits and number-plan rules that separate real identifiers from random digits."""

from __future__ import annotations

# IBAN length per country (ISO 13616 registry); an IBAN is only tried at its country's length.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if k % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_prefix_ok(digits: str) -> bool:
    """Issuer ranges in use (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay): long
    numbers starting 0, 1, 7, 8 or 9 are account or order numbers, never cards."""
    return digits[0] in "23456"


def iban_ok(code: str) -> bool:
    """`code` upper-case alphanumeric without spaces: right length and mod-97 remainder 1."""
    if IBAN_LENGTHS.get(code[:2]) != len(code) or not code[2:4].isdigit():
        return False
    moved = code[4:] + code[:4]
    total = 0
    for ch in moved:
        total = (total * (100 if ch.isalpha() else 10) + int(ch, 36)) % 97
    return total == 1


def ssn_ok(digits: str) -> bool:
    """Never-issued areas (000, 666, 900-999), group 00 and serial 0000 are not SSNs."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
    )


def nanp_ok(digits: str) -> bool:
    """A ten-digit North American number: area code and exchange start 2-9."""
    return len(digits) == 10 and digits[0] not in "01" and digits[3] not in "01"


def aba_ok(digits: str) -> bool:
    """A US routing (ABA) number: nine digits, weights 3-7-1, the first two a Federal Reserve
    range (00-12, 21-32, 61-72, 80)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    head = int(digits[:2])
    if not (head <= 12 or 21 <= head <= 32 or 61 <= head <= 72 or head == 80):
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0
