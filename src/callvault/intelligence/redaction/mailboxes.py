"""A business's shared mailboxes are no one's personal data: "bookings at thornberry livery
dot com", "info@…", "accounts@…" (tenth-dev: the yard's own booking address was hidden in a
line with no personal data). An address whose local part is only a role or a department is
the business's, said so the customer can write to it; any other local part ("j.okafor",
"ngozi77") may name a person and is hidden."""

from __future__ import annotations

import re

_ROLES = frozenset(
    [
        "info", "information", "hello", "hi", "contact", "contactus", "enquiries", "enquiry",
        "inquiries", "inquiry", "sales", "support", "help", "helpdesk", "service", "services",
        "customerservice", "customercare", "care", "office", "admin", "accounts", "accounting",
        "billing", "invoices", "payments", "finance", "bookings", "booking", "reservations",
        "orders", "returns", "claims", "reception", "frontdesk", "team", "hr", "jobs",
        "careers", "press", "media", "marketing", "noreply", "no-reply", "donotreply",
        "mail", "email", "studio", "shop", "store", "desk", "dispatch", "scheduling",
        "appointments", "membership", "members", "registrations", "admissions", "lettings",
    ]
)  # fmt: skip
_LOCAL = re.compile(r"^\s*(?P<local>.+?)\s*(?:@|\bat\b)", re.I)
_SPOKEN_JOINS = re.compile(r"\s*\b(?:dot|underscore|dash|hyphen)\b\s*|[._\s-]+", re.I)


def business_mailbox(said: str) -> bool:
    """Whether an e-mail address as said or written has a role for its local part only."""
    m = _LOCAL.match(said)
    if m is None:
        return False
    local = _SPOKEN_JOINS.sub("", m.group("local")).lower()
    return local in _ROLES
