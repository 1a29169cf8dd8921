"""MFA input and output shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, StrictBool, StringConstraints

from callvault.core.inputs import Input
from callvault.identity.schemas import Password

# A TOTP code (`123456`, `123 456`) or a recovery code (`k7qp-m2xa-9fde-hw4t`).
Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=6, max_length=32)]
Challenge = Annotated[str, StringConstraints(strip_whitespace=True, min_length=20, max_length=80)]


class PasswordIn(Input):
    password: Password
    """Your password, again: a stolen session alone must not change your sign-in."""


class MfaStartIn(Input):
    password: Password
    """Your password, again: a stolen session alone must not change your sign-in."""
    code: Code | None = None
    """Only when two-step sign-in is already on (replacing the phone): a code from the
    current authenticator app, or one of your recovery codes (then used up)."""


class MfaCodeIn(Input):
    code: Code
    """The 6-digit code your authenticator app shows now."""


class MfaStatusOut(BaseModel):
    enabled: bool
    """Two-step sign-in is on: a password alone does not sign you in."""
    pending: bool
    """An enrolment was started and not yet confirmed with a code."""
    required: bool
    """Your workspace requires two-step sign-in (it cannot be turned off)."""
    recovery_codes_left: int
    """Unused recovery codes."""


class MfaEnrolmentOut(BaseModel):
    """What an authenticator app needs: scan the URI as a QR code, or type the secret."""

    otpauth_uri: str
    secret: str
    """The secret in base32, for typing into the app by hand."""
    qr_rows: list[str]
    """The URI's QR code, one string per row of modules (`1` dark, `0` light), without the
    quiet zone: for drawing it (the web app does)."""


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str]
    """Ten codes, each good for one sign-in without your phone. Shown this once: keep them
    somewhere safe."""


class SecondStepIn(Input):
    challenge: Challenge
    """The challenge the password step answered with."""
    code: Code
    """A code from your authenticator app, or one of your recovery codes."""


class SecondStepOut(BaseModel):
    """The password was right and two-step sign-in is on: no session yet. Send the
    challenge with a code to the second step (`…/sign-in/second-step`) within minutes."""

    second_step: Literal["totp"] = "totp"
    challenge: str
    expires_at: datetime


class MfaPolicyIn(Input):
    required: StrictBool
    """Every member must turn on two-step sign-in; until they do, their sessions open only
    the enrolment."""
    password: Password | None = None
    """Your password, again: needed to stop requiring it (a hijacked session alone must not
    lift the protection); requiring it needs none."""


class MfaResetIn(Input):
    password: Password
    """Your own password, again: a hijacked session alone must not strip a member's second
    factor."""


class MfaPolicyOut(BaseModel):
    required: bool
