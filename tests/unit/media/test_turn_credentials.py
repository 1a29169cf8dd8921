"""Time-limited TURN credentials (coturn's use-auth-secret): the scheme's exact bytes (checked
against `openssl dgst -sha1 -hmac`), their lifetime, bad input, and how the settings choose
them over a fixed username/credential."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from callvault.core.settings import Settings
from callvault.media.config import ice_servers
from callvault.media.turn import turn_credential


def test_the_credential_is_the_base64_hmac_sha1_of_expiry_and_user() -> None:
    made = turn_credential("s3cret", "alice", ttl_seconds=700_000_000, now=1_000_000_000)
    assert made.username == "1700000000:alice"
    # echo -n "1700000000:alice" | openssl dgst -sha1 -hmac s3cret -binary | base64
    assert made.credential == "TtElzSjT0GdnTQ9xdcRNxx96yQs="
    assert made.expires_at == 1_700_000_000
    assert made.credential not in repr(made)


@pytest.mark.parametrize(
    ("secret", "user", "ttl"), [("", "alice", 60), ("s", "", 60), ("s", "a:b", 60), ("s", "a", 0)]
)
def test_bad_input_is_refused(secret: str, user: str, ttl: int) -> None:
    with pytest.raises(ValueError, match="TURN"):
        turn_credential(secret, user, ttl_seconds=ttl)


def test_a_turn_secret_gives_each_user_a_credential_of_its_own(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        media_ice_servers=("stun:127.0.0.1:3478", "turn:127.0.0.1:3478"),
        media_turn_username="fixed",
        media_turn_credential=SecretStr("fixed-credential"),
        media_turn_secret=SecretStr("shared"),
        media_turn_ttl_seconds=600,
    )
    stun, turn = ice_servers(settings, user="alice")
    assert stun.urls == ("stun:127.0.0.1:3478",) and stun.username is None
    assert turn.urls == ("turn:127.0.0.1:3478",)
    assert turn.username is not None and turn.username.endswith(":alice")
    assert (
        turn.credential
        == turn_credential(
            "shared", "alice", ttl_seconds=600, now=int(turn.username.split(":")[0]) - 600
        ).credential
    )
    engine = ice_servers(settings)[1]  # the engine's own
    assert engine.username is not None and engine.username.endswith(":callvault-media")
    assert "shared" not in repr(settings)
