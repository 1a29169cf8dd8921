"""What `callvault init` tells the operator about the first owner: where to sign in in the web
app, with the workspace and email filled in, and (with --link) a one-time link to choose the
password in the browser instead of a generated one.

The workspace and email travel in the URL's fragment (after `#`): a browser never sends it to
the server, so they reach no access log; the sign-in and set-password pages read it."""

from __future__ import annotations

from urllib.parse import urlencode


def prefill(workspace: str, email: str) -> str:
    """The fragment the web app's sign-in and set-password pages fill their fields from."""
    return "#" + urlencode({"workspace": workspace, "email": email})


def sign_in_url(base_url: str, workspace: str, email: str) -> str:
    return f"{base_url.rstrip('/')}/sign-in{prefill(workspace, email)}"


def set_password_url(link: str, workspace: str, email: str) -> str:
    """The one-time link, carrying the sign-in details for the page that follows it."""
    return f"{link}{prefill(workspace, email)}"
