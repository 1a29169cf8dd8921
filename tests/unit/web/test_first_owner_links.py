"""The links `callvault init` prints, and every invitation or reset link, carry the workspace
and email in the fragment (never sent to the server), encoded so that any address survives the
trip into the sign-in form."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from callvault.cli.first_owner import sign_in_url
from callvault.identity.invitations.delivery import InvitationPolicy


def test_sign_in_link_fills_the_form_from_its_fragment() -> None:
    url = sign_in_url("https://127.0.0.1:8443", "acme-co", "o'neil+ops@acme.example.com")
    parts = urlsplit(url)
    assert (parts.path, parts.query) == ("/sign-in", "")  # nothing for the server's logs
    assert parse_qs(parts.fragment) == {
        "workspace": ["acme-co"],
        "email": ["o'neil+ops@acme.example.com"],
    }


def test_set_password_link_keeps_the_token_in_the_path() -> None:
    url = InvitationPolicy().url(
        "cvi_abc", request_url="https://h:8443/", workspace="default", email="nia@example.com"
    )
    parts = urlsplit(url)
    assert (parts.path, parts.query) == ("/invite/cvi_abc", "")
    assert parse_qs(parts.fragment) == {"workspace": ["default"], "email": ["nia@example.com"]}
