"""How a link reaches its user, and how it is built. There is no mail server by default: the
API returns the link once to the admin, who hands it over. A mail sender is a class with the
same `send` that returns True; plugged in through `InvitationPolicy(sender=…)` in wiring, it
makes the API stop returning links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import urlencode

# The web app's page that reads the token and posts it with the new password.
PAGE_PATH = "/invite/"


def prefill(workspace: str, email: str) -> str:
    """The fragment (after `#`) the web app's sign-in page fills its fields from (the
    set-password page asks `POST /invitations/check` instead, so a link copied without it
    still works). A browser never sends a fragment to the server, so it reaches no log."""
    return "#" + urlencode({"workspace": workspace, "email": email})


@dataclass(frozen=True, slots=True)
class Letter:
    to_email: str
    to_name: str
    purpose: str  # "invite" or "reset"
    url: str
    expires_at: datetime


class InvitationSender(Protocol):
    def send(self, letter: Letter) -> bool:
        """Deliver the link; True when it was sent (then it is shown to nobody)."""
        ...


class HandOver:
    """No mail: the admin who asked for the link gets it back and passes it on."""

    def send(self, letter: Letter) -> bool:
        del letter
        return False


@dataclass(frozen=True, slots=True)
class InvitationPolicy:
    ttl: timedelta = timedelta(hours=72)
    # The address users reach callvault at (CALLVAULT_PUBLIC_URL). Unset, links use the
    # address the admin's request came to: set it before plugging in a mail sender, so that
    # a forged Host header cannot point a mailed link elsewhere.
    public_url: str | None = None
    sender: InvitationSender = field(default_factory=HandOver)

    def url(self, token: str, *, request_url: str, workspace: str, email: str) -> str:
        """The one-time link, carrying the workspace and email the user will sign in with."""
        base = (self.public_url or request_url).rstrip("/")
        return f"{base}{PAGE_PATH}{token}{prefill(workspace, email)}"
