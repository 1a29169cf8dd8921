"""How long a new API token may live (ADR 0041).

A bearer secret that never expires stays usable for as long as a copy of it sits in some
integration's configuration, a log or a backup; a bounded lifetime retires a forgotten one on
its own. Tokens stored before this rule (with no expiry) keep working: they are shown as
"never" so their owners replace them, but no stored data is changed.
"""

from __future__ import annotations

MIN_DAYS = 1
# A year, whatever the year: an integration renewed once a year never falls a day short.
MAX_DAYS = 366
# What a caller that names no lifetime gets (the page proposes it too): a forgotten token is
# gone within a quarter; an integration that should run longer asks for up to a year.
DEFAULT_DAYS = 90

MUST_EXPIRE = (
    f"API tokens must expire: give expires_in_days from {MIN_DAYS} to {MAX_DAYS}. A token"
    " that never expires stays usable wherever a copy of it is kept."
)
NOT_WHOLE_DAYS = (
    f"expires_in_days is a whole number of days, {MIN_DAYS} to {MAX_DAYS}, written as a JSON"
    " number: not text, not true or false, not a fraction."
)
OUT_OF_RANGE = (
    f"An API token lives {MIN_DAYS} to {MAX_DAYS} days: give expires_in_days in that range"
    " and make a new token before it expires."
)


def problem(days: object) -> str | None:
    """Why a requested lifetime is refused, or None when it is allowed."""
    if days is None:
        return MUST_EXPIRE
    # Exactly an integer: lax parsing would take `true` for 1 day and `"30"` for 30, and a
    # client that sent either did not say what it meant.
    if not isinstance(days, int) or isinstance(days, bool):
        return NOT_WHOLE_DAYS
    if not MIN_DAYS <= days <= MAX_DAYS:
        return OUT_OF_RANGE
    return None
