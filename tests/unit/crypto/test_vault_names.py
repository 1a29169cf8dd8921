"""KMS refs as transit key names: accepted by transit, reversible, and never shared between
two refs or two installations."""

from __future__ import annotations

import re

import pytest

from callvault.crypto.vault_names import (
    decode_ref,
    encode_ref,
    key_name,
    purpose_key_name,
    tombstone_name,
    validate_prefix,
)

# Transit's key-name pattern (framework.GenericNameRegex).
TRANSIT_NAME = re.compile(r"\w(([\w.-]+)?\w)?")
REFS = ["system", "ws:0190f0a0-0000-7000-8000-000000000001", "a_3a", "a:", "a.b", "a-", "a_2d"]


def test_names_are_transit_names_and_reversible() -> None:
    for ref in REFS:
        name = key_name("callvault", ref)
        assert TRANSIT_NAME.fullmatch(name), name
        assert decode_ref(name.removeprefix("callvault.k.")) == ref
    assert key_name("callvault", REFS[1]) == "callvault.k.ws_3a0190f0a0-0000-7000-8000-000000000001"
    assert tombstone_name("callvault", "system") == "callvault.t.system"


def test_no_two_refs_or_installations_share_a_name() -> None:
    names = {key_name(p, r) for p in ("callvault", "callvault-eu", "c") for r in REFS}
    names |= {tombstone_name(p, r) for p in ("callvault", "callvault-eu", "c") for r in REFS}
    assert len(names) == 2 * 3 * len(REFS)
    assert len({encode_ref(r) for r in REFS}) == len(REFS)


def test_bad_prefixes_and_refs_are_refused() -> None:
    for prefix in ("", "a.b", "a_b", "-a", "x" * 33):
        with pytest.raises(ValueError, match="invalid Vault key prefix"):
            validate_prefix(prefix)
    with pytest.raises(ValueError, match="invalid KMS key ref"):
        encode_ref("ws:../x/")


def test_the_anchor_key_is_a_name_of_its_own() -> None:
    name = purpose_key_name("callvault", "anchor")
    assert name == "callvault.anchor" and TRANSIT_NAME.fullmatch(name)
    others = {
        n(p, r)
        for p in ("callvault", "callvault-eu")
        for r in REFS
        for n in (key_name, tombstone_name)
    }
    assert name not in others and purpose_key_name("callvault-eu", "anchor") not in others
    with pytest.raises(ValueError, match="unknown key purpose"):
        purpose_key_name("callvault", "k")
