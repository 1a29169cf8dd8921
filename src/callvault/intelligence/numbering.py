"""Facts about phone numbering that both redaction and the leak check rely on. North American
toll-free numbers (800, 833, 844, 855, 866, 877, 888) ring a business, never a person: no
one's private line has one, so a caller reading one out ("call our courier line, eight
hundred, four six two…") gives no personal data away."""

from __future__ import annotations

TOLL_FREE_AREA_CODES = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def toll_free(digits: str) -> bool:
    """Whether the digits are a whole North American toll-free number (1 may lead)."""
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return len(digits) == 10 and digits[:3] in TOLL_FREE_AREA_CODES
