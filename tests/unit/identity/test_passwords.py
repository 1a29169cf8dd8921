from __future__ import annotations

import pytest

from callvault.identity import passwords
from callvault.identity.passwords import WeakPassword


def test_hash_is_argon2id_with_owasp_parameters_and_salted() -> None:
    a, b = (
        passwords.hash_password("same password here"),
        passwords.hash_password("same password here"),
    )
    assert a.startswith("$argon2id$") and "m=19456,t=2,p=1" in a
    assert a != b  # per-hash random salt
    assert passwords.verify_password(a, "same password here")
    assert not passwords.verify_password(a, "same password herE")
    assert not passwords.verify_password(None, "anything at all")
    assert not passwords.verify_password("not-a-hash", "anything at all")


def test_unicode_is_normalised() -> None:
    stored = passwords.hash_password("caf\u00e9 au lait!")  # precomposed é
    assert passwords.verify_password(stored, "cafe\u0301 au lait!")  # e + combining accent


@pytest.mark.parametrize("pw", ["1234567", "password", "iloveyou1", "qwertyuiop", "PASSWORD1"])
def test_short_or_common_rejected(pw: str) -> None:
    with pytest.raises(WeakPassword):
        passwords.check_policy(pw)


def test_context_words_rejected() -> None:
    with pytest.raises(WeakPassword):
        passwords.check_policy("jsmith2024", context_words=("jsmith",))
    passwords.check_policy("jsmith likes long walks", context_words=("jsmith",))


def test_sixty_four_characters_allowed() -> None:
    passwords.check_policy("a very long passphrase " * 3 + "ok!")


def test_needs_rehash_detects_old_parameters() -> None:
    from argon2 import PasswordHasher

    old = PasswordHasher(time_cost=1, memory_cost=8192).hash("whatever it is")
    assert passwords.needs_rehash(old)
    assert not passwords.needs_rehash(passwords.hash_password("whatever it is"))
