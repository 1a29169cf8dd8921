"""What `callvault init` tells the operator about the first owner: where to sign in in the web
app, with the workspace and email filled in (with --link, the one-time link to choose the
password in the browser carries them too).

The workspace and email travel in the URL's fragment (after `#`): a browser never sends it to
the server, so they reach no access log; the sign-in and set-password pages read it."""

from __future__ import annotations

from callvault.identity.invitations.delivery import prefill


def sign_in_url(base_url: str, workspace: str, email: str) -> str:
    return f"{base_url.rstrip('/')}/sign-in{prefill(workspace, email)}"
