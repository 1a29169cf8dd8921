"""Which throttle budget a second-step code is counted under (ADR 0042, second addendum):
authenticator codes a small daily cap, recovery codes none, by the code's shape."""

from __future__ import annotations

from callvault.identity import throttle
from callvault.identity.auth import AuthPolicy
from callvault.identity.mfa.guesses import budget
from callvault.identity.throttle import ThrottlePolicy

USER = "u-1"


def test_authenticator_codes_get_a_smaller_cap_and_recovery_codes_none() -> None:
    policy = AuthPolicy(throttle=ThrottlePolicy(account_cap=100, free_per_pair=4))
    assert policy.totp_throttle.account_cap == 30
    assert policy.recovery_code_throttle.account_cap is None
    # The delays are the passwords' own.
    assert policy.totp_throttle.free_per_pair == policy.recovery_code_throttle.free_per_pair == 4
    # An operator's lower cap for passwords stays the lower one.
    assert AuthPolicy(throttle=ThrottlePolicy(account_cap=12)).totp_throttle.account_cap == 12


def test_a_code_is_counted_by_its_shape() -> None:
    policy = AuthPolicy()
    totp = (throttle.second_step_account(USER), policy.totp_throttle)
    recovery = (throttle.recovery_code_account(USER), policy.recovery_code_throttle)
    assert budget(policy, USER, "123456") == totp
    assert budget(policy, USER, "123 456") == totp
    assert budget(policy, USER, "k7qp-m2xa-9fde-hw4t") == recovery
    assert budget(policy, USER, "K7QPM2XA9FDEHW4T") == recovery
    # Anything shaped like neither (other scripts' digits included) counts as a TOTP guess:
    # it cannot reach the uncapped budget.
    for junk in ("١٢٣٤٥٦", "k7qp-m2xa-9fde-hw4", "password1234567890", "k7qp-m2xa-9fde-hw4\u212a"):
        assert budget(policy, USER, junk) == totp, junk
