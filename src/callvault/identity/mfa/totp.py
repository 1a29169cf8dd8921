"""Time-based one-time passwords (RFC 6238) as authenticator apps expect them: a 160-bit
secret, HMAC-SHA-1, 6 digits, 30-second steps. pyotp does the arithmetic; this module adds
the step a code matched, which the replay check needs (service.py)."""

from __future__ import annotations

import hmac
import re
from datetime import datetime

import pyotp

DIGITS = 6
PERIOD = 30
SECRET_BYTES = 20  # 160 bits: RFC 4226's recommended length for HMAC-SHA-1
SKEW_STEPS = 1  # a phone's clock a step behind or ahead still works
ISSUER = "callvault"
_CODE = re.compile(r"[0-9]{6}")  # ASCII only: `\d` takes Arabic-Indic, full-width...


def new_secret() -> str:
    """A random secret, base32 (what the otpauth URI carries and people type in)."""
    return pyotp.random_base32(length=SECRET_BYTES * 8 // 5)


def provisioning_uri(secret: str, *, account: str, workspace_name: str) -> str:
    """The otpauth:// URI a QR code carries. The issuer names the workspace, so a person in
    several workspaces can tell the entries apart."""
    issuer = f"{ISSUER} ({workspace_name})" if workspace_name else ISSUER
    # pyotp quotes the label and issuer itself; a colon in the issuer would split the label.
    return pyotp.TOTP(secret, digits=DIGITS, interval=PERIOD).provisioning_uri(
        name=account, issuer_name=issuer.replace(":", " ")
    )


def normalise(code: str) -> str | None:
    """ASCII digits only (apps show `123 456`); None when it cannot be a code. Other
    scripts' digits (`١٢٣٤٥٦`, `１２３４５６`) are not codes: they fail like a wrong code,
    and never reach `hmac.compare_digest` (which refuses non-ASCII strings)."""
    if not code.isascii():
        return None
    digits = re.sub(r"[\s-]", "", code, flags=re.ASCII)
    return digits if _CODE.fullmatch(digits) else None


def step_of(at: datetime) -> int:
    return int(at.timestamp()) // PERIOD


def matching_step(secret: str, code: str, *, at: datetime) -> int | None:
    """The time step within the allowed skew whose code this is, or None. Every candidate
    is compared in constant time."""
    digits = normalise(code)
    if digits is None:
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=PERIOD)
    now = step_of(at)
    found = None
    for step in range(now - SKEW_STEPS, now + SKEW_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), digits):
            found = step
    return found
