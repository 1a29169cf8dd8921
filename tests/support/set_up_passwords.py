"""The set-up users' one password, hashed once per test process with the product's own
Argon2id parameters and reused for every user the fixtures make.

Why: every workspace owner and user a test made cost a full Argon2id hash (19 MiB, t=2:
about 0.05 s idle, 0.4 s on the shared 2-core machine), several per test, over a thousand per
run. The product has no setting for a cheaper cost, and none is wanted: the hash stored here
is a real one, made and later verified (at sign-in, through the API) with production
parameters; only its random salt is shared between the set-up users of one process. Hashing
itself is tested with fresh salts in tests/unit/identity/test_passwords.py, and every password
a test chooses or changes through the API is hashed anew."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from unittest import mock

from callvault.identity import passwords

_REAL_HASH = passwords.hash_password


@cache
def _hash_of(password: str) -> str:
    return _REAL_HASH(password)


@contextmanager
def hashed_once(password: str) -> Iterator[None]:
    """While the block runs, hashing `password` returns its one cached hash; any other
    password (a server thread's request, say) is hashed as ever."""

    def hash_password(candidate: str) -> str:
        return _hash_of(password) if candidate == password else _REAL_HASH(candidate)

    with mock.patch.object(passwords, "hash_password", hash_password):
        yield
